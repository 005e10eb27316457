using System;
using System.Text.Json;

namespace PrivacyAnalyzers
{
    /// <summary>A type whose generated <c>Mask()</c> returns a copy desensitized for display.</summary>
    public interface IMaskable<out T>
    {
        /// <summary>A copy with every personal member masked per its <see cref="MaskAttribute"/> or category default.</summary>
        T Mask();
    }

    /// <summary>A type whose generated <c>Anonymize(key)</c> returns a de-identified copy.</summary>
    public interface IAnonymizable<out T>
    {
        /// <summary>A copy with every personal member de-identified per its <see cref="AnonymizeAttribute"/>; deterministic for a key.</summary>
        T Anonymize(PseudonymKey key);
    }

    /// <summary>A type whose generated <c>WritePersonalData</c> exports its personal information (access and copy requests).</summary>
    public interface IPersonalDataExport
    {
        /// <summary>Writes the instance's personal information, with category labels, as one JSON object.</summary>
        void WritePersonalData(Utf8JsonWriter writer);
    }

    /// <summary>A type with a <see cref="RetainForAttribute"/> whose period starts from one of its members.</summary>
    public interface IRetainedData
    {
        /// <summary>When the retention period ends; <c>null</c> while the start member has no value.</summary>
        DateTimeOffset? GetRetentionExpiry();
    }
}
