using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// PRIV006: a [PersonalInfo] property or field (positional record parameters included), or a type marked
    /// [PersonalInfo] as a whole, with no [RetainFor] on itself, its type or a base type.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoRetentionPeriodAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.NoRetentionPeriod);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols?.RetainFor is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext => AnalyzeSymbol(symbolContext, symbols),
                    SymbolKind.NamedType,
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, PrivacySymbols symbols)
        {
            var symbol = context.Symbol;
            if (symbol is INamedTypeSymbol type)
            {
                if (type.TypeKind is TypeKind.Class or TypeKind.Struct
                    && PrivacySymbols.Find(type, symbols.PersonalInfo) is { } typeAttribute
                    && !HasRetention(type, symbols.RetainFor))
                {
                    Report(context, type, typeAttribute, type.ToDisplayString(DisplayFormats.TypeName));
                }

                // The compiler's properties of positional parameters are declared by the record, so they are checked with it.
                if (type.IsRecord)
                {
                    foreach (var member in type.GetMembers())
                    {
                        if (PrivacyAttributes.PositionalParameter(member) is not null)
                        {
                            AnalyzeMember(context, member, type, symbols);
                        }
                    }
                }

                return;
            }

            var owner = symbol.ContainingType;
            if (owner is not null && !symbol.IsImplicitlyDeclared && PrivacyAttributes.PositionalParameter(symbol) is null)
            {
                AnalyzeMember(context, symbol, owner, symbols);
            }
        }

        private static void AnalyzeMember(SymbolAnalysisContext context, ISymbol symbol, INamedTypeSymbol owner, PrivacySymbols symbols)
        {
            // Interface members hold no data; their implementations do.
            if (owner.TypeKind == TypeKind.Interface
                || symbol is IPropertySymbol { IsIndexer: true }
                || symbol is IFieldSymbol { IsConst: true })
            {
                return;
            }

            var attribute = PrivacyAttributes.FindOnMember(symbol, symbols.PersonalInfo);
            if (attribute is null
                || PrivacyAttributes.FindOnMember(symbol, symbols.RetainFor) is not null
                || HasRetention(owner, symbols.RetainFor))
            {
                return;
            }

            Report(context, symbol, attribute, owner.ToDisplayString(DisplayFormats.TypeName) + "." + symbol.Name);
        }

        private static void Report(SymbolAnalysisContext context, ISymbol symbol, AttributeData attribute, string name)
        {
            var category = AttributeReaders.ReadPersonalInfo(attribute).Category;

            // A category that is missing or does not bind is the compiler's or PRIV105's to report.
            if (category.Length == 0 || symbol.Locations.Length == 0)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.NoRetentionPeriod, symbol.Locations[0], name, category));
        }

        /// <summary>True when <paramref name="type"/> or one of its base types carries [RetainFor].</summary>
        private static bool HasRetention(INamedTypeSymbol type, INamedTypeSymbol? retainFor)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (PrivacySymbols.Find(current, retainFor) is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
