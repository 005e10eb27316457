using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>The purpose code declares with <c>[Purpose("...")]</c>: on the member, else on its type or an enclosing type.</summary>
    public static class DeclaredPurposes
    {
        public const string AttributeName = "PrivacyAnalyzers.PurposeAttribute";

        // Types nested deeper than this are broken code.
        private const int MaxDepth = 32;

        /// <summary>The purpose declared for <paramref name="owner"/> (an accessor counts its property's), or <c>null</c>.</summary>
        public static string? Of(ISymbol owner, INamedTypeSymbol purposeAttribute)
        {
            if (Declared(owner, purposeAttribute) is { } own)
            {
                return own;
            }

            if (owner is IMethodSymbol { AssociatedSymbol: { } associated } && Declared(associated, purposeAttribute) is { } ofProperty)
            {
                return ofProperty;
            }

            var type = owner as INamedTypeSymbol ?? owner.ContainingType;
            for (var depth = 0; type is not null && depth < MaxDepth; depth++)
            {
                if (Declared(type, purposeAttribute) is { } ofType)
                {
                    return ofType;
                }

                type = type.ContainingType;
            }

            return null;
        }

        private static string? Declared(ISymbol symbol, INamedTypeSymbol purposeAttribute)
            => PrivacySymbols.Find(symbol, purposeAttribute) is { ConstructorArguments: { Length: 1 } arguments } && arguments[0].Value is string id && id.Trim().Length > 0
                ? id
                : null;
    }
}
