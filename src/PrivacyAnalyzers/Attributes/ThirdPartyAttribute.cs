using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a method, type or interface that hands data to an outside recipient named in the privacy policy.
    /// Personal information passed to it must be approved for that recipient.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
    public sealed class ThirdPartyAttribute : Attribute
    {
        /// <param name="recipient">The recipient's name as declared in the policy file, e.g. <c>"WeChat Pay"</c>.</param>
        public ThirdPartyAttribute(string recipient)
        {
            Recipient = recipient;
        }

        /// <summary>The recipient's name as declared in the policy file.</summary>
        public string Recipient { get; }
    }
}
