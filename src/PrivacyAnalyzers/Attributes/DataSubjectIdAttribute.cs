using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks the member that identifies the person the data is about (the key for access, copy and deletion requests).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class DataSubjectIdAttribute : Attribute
    {
    }
}
