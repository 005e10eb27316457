using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>The runtime's attribute types in one compilation, looked up once. <c>null</c> when the runtime is not referenced.</summary>
    public sealed class PrivacySymbols
    {
        private PrivacySymbols(Compilation compilation, INamedTypeSymbol personalInfo)
        {
            PersonalInfo = personalInfo;
            Mask = compilation.GetTypeByMetadataName(AttributeNames.Mask);
            Anonymize = compilation.GetTypeByMetadataName(AttributeNames.Anonymize);
            RetainFor = compilation.GetTypeByMetadataName(AttributeNames.RetainFor);
            ThirdParty = compilation.GetTypeByMetadataName(AttributeNames.ThirdParty);
            DataSubjectId = compilation.GetTypeByMetadataName(AttributeNames.DataSubjectId);
            DataCategoryDefinition = compilation.GetTypeByMetadataName(AttributeNames.DataCategoryDefinition);
            DataCategory = compilation.GetTypeByMetadataName(AttributeNames.DataCategory);
        }

        public INamedTypeSymbol PersonalInfo { get; }
        public INamedTypeSymbol? Mask { get; }
        public INamedTypeSymbol? Anonymize { get; }
        public INamedTypeSymbol? RetainFor { get; }
        public INamedTypeSymbol? ThirdParty { get; }
        public INamedTypeSymbol? DataSubjectId { get; }
        public INamedTypeSymbol? DataCategoryDefinition { get; }
        public INamedTypeSymbol? DataCategory { get; }

        /// <summary>The symbols of <paramref name="compilation"/>, or <c>null</c> when it does not reference PrivacyAnalyzers.</summary>
        public static PrivacySymbols? TryCreate(Compilation compilation)
        {
            var personalInfo = compilation.GetTypeByMetadataName(AttributeNames.PersonalInfo);
            return personalInfo is null ? null : new PrivacySymbols(compilation, personalInfo);
        }

        /// <summary>The first attribute of <paramref name="symbol"/> whose class is <paramref name="attributeType"/>.</summary>
        public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return null;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return attribute;
                }
            }

            return null;
        }
    }
}
