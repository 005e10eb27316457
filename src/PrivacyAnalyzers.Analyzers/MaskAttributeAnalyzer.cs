using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>PRIV101: [Mask] on a member that is neither a string nor a collection of strings, where it has no effect.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MaskAttributeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.MaskOnNonString);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols?.Mask is null)
                {
                    return;
                }

                var state = new State(symbols.Mask, new ValueTypes(start.Compilation));
                start.RegisterSymbolAction(
                    symbolContext => AttributedSymbols.ForEachSite(symbolContext.Symbol, (symbolContext, state), static (site, s) => AnalyzeSite(site, s.symbolContext, s.state)),
                    AttributedSymbols.Kinds);
            });
        }

        private static void AnalyzeSite(AttributeSite site, SymbolAnalysisContext context, State state)
        {
            if (site.ValueType is null || PrivacyModelReader.IsIncomplete(site.ValueType))
            {
                return;
            }

            foreach (var attribute in site.Attributes)
            {
                // An attribute whose constructor does not bind is the compiler's error.
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, state.MaskAttribute) || attribute.AttributeConstructor is null)
                {
                    continue;
                }

                if (ValueTypes.IsString(site.ValueType)
                    || state.ValueTypes.IsStringCollection(site.ValueType)
                    || AttributeReaders.ReadMask(attribute).Style == MaskStyle.None)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.MaskOnNonString,
                    AttributeLocations.OfAttribute(attribute, site.Symbol, context.CancellationToken),
                    site.Symbol.Name,
                    site.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            }
        }

        private sealed class State
        {
            public State(INamedTypeSymbol maskAttribute, ValueTypes valueTypes)
            {
                MaskAttribute = maskAttribute;
                ValueTypes = valueTypes;
            }

            public INamedTypeSymbol MaskAttribute { get; }

            public ValueTypes ValueTypes { get; }
        }
    }
}
