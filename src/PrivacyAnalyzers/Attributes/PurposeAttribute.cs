using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Declares what a method, constructor, property or type is for, as a purpose id of the privacy policy
    /// (<c>"payment"</c>, <c>"recommendation"</c>). Personal information it uses must have been collected for that
    /// purpose: a member whose <see cref="PersonalInfoAttribute.Purposes"/> does not name it is reported. A declaration
    /// on a member replaces the one on its type.
    /// </summary>
    /// <example><code>[Purpose("recommendation")] public IReadOnlyList&lt;Product&gt; Suggest(Account account) { ... }</code></example>
    [AttributeUsage(
        AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property
        | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PurposeAttribute : Attribute
    {
        /// <param name="purpose">The id of a purpose declared in the privacy policy file.</param>
        public PurposeAttribute(string purpose)
        {
            Purpose = purpose;
        }

        /// <summary>The id of a purpose declared in the privacy policy file.</summary>
        public string Purpose { get; }
    }
}
