using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV106: an [Anonymize] strategy the generated Anonymize(key) cannot apply to the member's type, so the member
    /// is silently suppressed instead. A missing BucketSize is PRIV107's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AnonymizeAttributeAnalyzer : DiagnosticAnalyzer
    {
        private const string SuppressedInstead = "; the member is suppressed instead";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.AnonymizationNotApplicable);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols?.Anonymize is null)
                {
                    return;
                }

                var state = new State(symbols.Anonymize, new ValueTypes(start.Compilation));
                start.RegisterSymbolAction(
                    symbolContext => AnalyzeMember(symbolContext, state),
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }

        private static void AnalyzeMember(SymbolAnalysisContext context, State state)
        {
            var member = context.Symbol;
            var memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            var attribute = PrivacySymbols.Find(member, state.AnonymizeAttribute);
            if (memberType is null || attribute?.AttributeConstructor is null || PrivacyModelReader.IsIncomplete(memberType))
            {
                return;
            }

            var anonymize = AttributeReaders.ReadAnonymize(attribute);
            if (Problem(anonymize, memberType, state.ValueTypes) is not { } problem)
            {
                return;
            }

            var written = anonymize.To == Generalization.Auto
                ? anonymize.Strategy.ToString()
                : anonymize.Strategy + ", To = " + anonymize.To;
            context.ReportDiagnostic(Diagnostic.Create(
                RuleCatalog.AnonymizationNotApplicable,
                AttributeLocations.OfAttribute(attribute, member, context.CancellationToken),
                written,
                member.Name,
                memberType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                problem));
        }

        /// <summary>Why the strategy does not fit, or <c>null</c> when the generator applies it as written.</summary>
        private static string? Problem(AnonymizeData anonymize, ITypeSymbol type, ValueTypes valueTypes)
        {
            switch (anonymize.Strategy)
            {
                case AnonymizeStrategy.Pseudonymize:
                    return ValueTypes.IsString(type) || valueTypes.IsGuid(type) || ValueTypes.IsInt64(type)
                        ? null
                        : "Pseudonymize applies to string, Guid and long" + SuppressedInstead;
                case AnonymizeStrategy.Generalize:
                    return GeneralizeProblem(anonymize.To, type, valueTypes);
                case AnonymizeStrategy.Suppress:
                case AnonymizeStrategy.Keep:
                    return null;
                default:
                    return "the strategy is not one of Suppress, Pseudonymize, Generalize or Keep" + SuppressedInstead;
            }
        }

        private static string? GeneralizeProblem(Generalization to, ITypeSymbol type, ValueTypes valueTypes)
        {
            if (valueTypes.IsDate(type))
            {
                return to == Generalization.Auto || to == Generalization.Year || to == Generalization.Month
                    ? null
                    : "dates generalize to Year or Month" + SuppressedInstead;
            }

            if (PrivacyModelReader.IsBucketNumber(type))
            {
                return to == Generalization.Auto || to == Generalization.Bucket
                    ? null
                    : "numbers generalize to Bucket" + SuppressedInstead;
            }

            if (ValueTypes.IsString(type))
            {
                return to == Generalization.Auto || to == Generalization.IPv4Network
                    ? null
                    : "strings generalize to IPv4Network" + SuppressedInstead;
            }

            return "Generalize applies to DateTime, DateTimeOffset, int, long, decimal, double and IPv4 strings" + SuppressedInstead;
        }

        private sealed class State
        {
            public State(INamedTypeSymbol anonymizeAttribute, ValueTypes valueTypes)
            {
                AnonymizeAttribute = anonymizeAttribute;
                ValueTypes = valueTypes;
            }

            public INamedTypeSymbol AnonymizeAttribute { get; }

            public ValueTypes ValueTypes { get; }
        }
    }
}
