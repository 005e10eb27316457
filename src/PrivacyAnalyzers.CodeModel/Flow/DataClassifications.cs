using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// Microsoft.Extensions.Compliance's data classification attributes in one compilation: subclasses of
    /// <c>DataClassificationAttribute</c> classify data, except <c>NoDataClassificationAttribute</c>, which says there is none.
    /// </summary>
    public sealed class DataClassifications
    {
        private const string DataClassificationAttributeName = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
        private const string NoDataClassificationAttributeName = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";

        private readonly INamedTypeSymbol? _dataClassification;
        private readonly INamedTypeSymbol? _noDataClassification;

        public DataClassifications(Compilation compilation)
        {
            _dataClassification = compilation.GetTypeByMetadataName(DataClassificationAttributeName);
            _noDataClassification = compilation.GetTypeByMetadataName(NoDataClassificationAttributeName);
        }

        /// <summary>True when the compilation references Microsoft's data classification.</summary>
        public bool IsAvailable => _dataClassification is not null;

        /// <summary>True for a subclass of <c>DataClassificationAttribute</c> other than <c>NoDataClassificationAttribute</c> and its subclasses.</summary>
        public bool Classifies(INamedTypeSymbol? attributeClass)
        {
            if (_dataClassification is null || attributeClass is null)
            {
                return false;
            }

            for (var current = attributeClass; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _noDataClassification))
                {
                    return false;
                }

                if (SymbolEqualityComparer.Default.Equals(current, _dataClassification))
                {
                    return !SymbolEqualityComparer.Default.Equals(attributeClass, _dataClassification);
                }
            }

            return false;
        }

        /// <summary>The first classifying attribute on <paramref name="symbol"/>, or <c>null</c>.</summary>
        public INamedTypeSymbol? FindOn(ISymbol symbol)
        {
            if (_dataClassification is null)
            {
                return null;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (Classifies(attribute.AttributeClass))
                {
                    return attribute.AttributeClass;
                }
            }

            return null;
        }

        /// <summary>
        /// The classifying attribute on <paramref name="member"/> or, for a property synthesized from a positional record
        /// parameter, on that parameter; <c>null</c> when neither has one.
        /// </summary>
        public INamedTypeSymbol? FindOnMember(ISymbol member)
            => FindOn(member) ?? (PrivacyAttributes.PositionalParameter(member) is { } parameter ? FindOn(parameter) : null);
    }
}
