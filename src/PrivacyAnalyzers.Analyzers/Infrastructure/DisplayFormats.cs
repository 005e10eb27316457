using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>How messages name symbols.</summary>
    internal static class DisplayFormats
    {
        /// <summary>A type with its containing types and type parameters, without namespace: <c>Outer.Customer&lt;T&gt;</c>.</summary>
        public static readonly SymbolDisplayFormat TypeName = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);
    }
}
