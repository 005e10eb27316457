using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV105: a [PersonalInfo] category key that is neither a DataCategory constant nor declared with
    /// [assembly: DataCategoryDefinition]. Empty keys are PRIV107's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CategoryKeyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property holding the suggested key, for the code fix.</summary>
        public const string SuggestionProperty = "Suggestion";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.UnknownCategory);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols is null || KnownCategories.TryCreate(start.Compilation, symbols) is not { } known)
                {
                    return;
                }

                var state = new State(symbols.PersonalInfo, known);
                start.RegisterSymbolAction(
                    symbolContext => AttributedSymbols.ForEachSite(symbolContext.Symbol, (symbolContext, state), static (site, s) => AnalyzeSite(site, s.symbolContext, s.state)),
                    AttributedSymbols.Kinds);
            });
        }

        private static void AnalyzeSite(AttributeSite site, SymbolAnalysisContext context, State state)
        {
            foreach (var attribute in site.Attributes)
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, state.PersonalInfoAttribute)
                    || attribute.ConstructorArguments.Length != 1
                    || attribute.ConstructorArguments[0].Value is not string category
                    || category.Trim().Length == 0
                    || state.Known.Contains(category))
                {
                    continue;
                }

                var suggestion = state.Known.Suggest(category);
                var properties = suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.UnknownCategory,
                    AttributeLocations.OfConstructorArgument(attribute, 0, site.Symbol, context.CancellationToken),
                    properties,
                    category,
                    site.Symbol.Name,
                    suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?"));
            }
        }

        private sealed class State
        {
            public State(INamedTypeSymbol personalInfoAttribute, KnownCategories known)
            {
                PersonalInfoAttribute = personalInfoAttribute;
                Known = known;
            }

            public INamedTypeSymbol PersonalInfoAttribute { get; }

            public KnownCategories Known { get; }
        }
    }
}
