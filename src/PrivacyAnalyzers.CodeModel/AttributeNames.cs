namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>Metadata names of the attributes in the PrivacyAnalyzers runtime assembly.</summary>
    public static class AttributeNames
    {
        public const string PersonalInfo = "PrivacyAnalyzers.PersonalInfoAttribute";
        public const string Mask = "PrivacyAnalyzers.MaskAttribute";
        public const string Anonymize = "PrivacyAnalyzers.AnonymizeAttribute";
        public const string RetainFor = "PrivacyAnalyzers.RetainForAttribute";
        public const string ThirdParty = "PrivacyAnalyzers.ThirdPartyAttribute";
        public const string DataSubjectId = "PrivacyAnalyzers.DataSubjectIdAttribute";
        public const string DataCategoryDefinition = "PrivacyAnalyzers.DataCategoryDefinitionAttribute";
        public const string DataCategory = "PrivacyAnalyzers.DataCategory";
    }
}
