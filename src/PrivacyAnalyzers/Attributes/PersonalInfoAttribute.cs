using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks personal information. On a member, parameter or return value it classifies that value;
    /// on a type it means every instance of the type is personal information of the category.
    /// </summary>
    /// <example><code>[PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Mobile { get; set; }</code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue
        | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PersonalInfoAttribute : Attribute
    {
        /// <param name="category">A dotted category key compatible with fideslang, such as <c>user.contact.phone_number</c>; see <see cref="DataCategory"/>.</param>
        public PersonalInfoAttribute(string category)
        {
            Category = category;
        }

        /// <summary>The dotted category key. A parent key covers its children.</summary>
        public string Category { get; }

        /// <summary>
        /// Sensitive personal information (IDs, financial accounts, precise location, biometrics, minors).
        /// Categories under those roots are sensitive even when this is <c>false</c>.
        /// </summary>
        public bool Sensitive { get; set; }

        /// <summary>The purposes the data was collected for, as named in the privacy policy (e.g. <c>"account"</c>, <c>"payment"</c>).</summary>
        public string[]? Purposes { get; set; }
    }
}
