using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a method whose return value no longer carries the personal information passed to it, such as a project's
    /// own masking or tokenizing helper. The privacy flow rules (PRIV001, PRIV003, PRIV005) stop tracking a value once it
    /// has gone through such a method.
    /// </summary>
    /// <remarks>
    /// Mark only methods that really desensitize their input. An unkeyed hash (SHA-256 of a phone number, GetHashCode)
    /// is not a sanitizer: the input space is small enough to reverse it, and it stays a stable identifier of the person.
    /// </remarks>
    /// <example><code>[Sanitizer] public static string Tokenize(string value) => vault.Store(value);</code></example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class SanitizerAttribute : Attribute
    {
    }
}
