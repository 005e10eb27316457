using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV102: [RetainFor] without a positive period. PRIV103: [RetainFor(From = ...)] that does not name a
    /// DateTime or DateTimeOffset member of the type, so no expiry can be computed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetentionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.RetentionPeriodInvalid, RuleCatalog.RetentionFromInvalid);

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

                var state = new State(symbols.RetainFor, new ValueTypes(start.Compilation));
                start.RegisterSymbolAction(
                    symbolContext => AnalyzeSymbol(symbolContext, state),
                    SymbolKind.NamedType,
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, State state)
        {
            var symbol = context.Symbol;
            var attribute = PrivacySymbols.Find(symbol, state.RetainForAttribute);
            if (attribute is null)
            {
                return;
            }

            var retention = AttributeReaders.ReadRetention(attribute);
            if (PeriodProblem(attribute, retention) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.RetentionPeriodInvalid,
                    AttributeLocations.OfAttribute(attribute, symbol, context.CancellationToken),
                    symbol.Name,
                    problem));
            }

            var owner = symbol as INamedTypeSymbol ?? symbol.ContainingType;
            if (retention.From is { } from && owner is not null && FromProblem(owner, from, state.ValueTypes) is { } fromProblem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.RetentionFromInvalid,
                    AttributeLocations.OfNamedArgument(attribute, "From", symbol, context.CancellationToken),
                    symbol.Name,
                    from,
                    fromProblem));
            }
        }

        /// <summary>Why the period is not usable, or <c>null</c> when it is positive.</summary>
        private static string? PeriodProblem(AttributeData attribute, RetentionData retention)
        {
            var anyPeriodWritten = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Years" || named.Key == "Months" || named.Key == "Days")
                {
                    if (named.Value.Kind == TypedConstantKind.Error)
                    {
                        // A value that does not bind is the compiler's error; judging the period now would only add noise.
                        return null;
                    }

                    anyPeriodWritten = true;
                }
            }

            if (!anyPeriodWritten)
            {
                return "sets no period";
            }

            if (retention.Years < 0)
            {
                return Negative("Years", retention.Years);
            }

            if (retention.Months < 0)
            {
                return Negative("Months", retention.Months);
            }

            if (retention.Days < 0)
            {
                return Negative("Days", retention.Days);
            }

            return (long)retention.Years + retention.Months + retention.Days == 0 ? "has a period of zero" : null;
        }

        private static string Negative(string name, int value)
            => "has a negative period (" + name + " = " + value.ToString(CultureInfo.InvariantCulture) + ")";

        /// <summary>Why <paramref name="from"/> does not name a date member of <paramref name="owner"/>, or <c>null</c> when it does.</summary>
        private static string? FromProblem(INamedTypeSymbol owner, string from, ValueTypes valueTypes)
        {
            for (var type = owner; type is not null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(from))
                {
                    var memberType = member switch
                    {
                        IPropertySymbol { IsIndexer: false } property => property.Type,
                        IFieldSymbol field => field.Type,
                        _ => null,
                    };

                    if (memberType is null)
                    {
                        continue;
                    }

                    if (member.IsStatic)
                    {
                        return "is static; the expiry is computed from an instance member";
                    }

                    if (PrivacyModelReader.IsIncomplete(memberType) || valueTypes.IsDate(memberType))
                    {
                        return null;
                    }

                    return "is of type '" + memberType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "', not DateTime or DateTimeOffset";
                }
            }

            return "names no property or field of '" + owner.ToDisplayString(DisplayFormats.TypeName) + "'";
        }

        private sealed class State
        {
            public State(INamedTypeSymbol retainForAttribute, ValueTypes valueTypes)
            {
                RetainForAttribute = retainForAttribute;
                ValueTypes = valueTypes;
            }

            public INamedTypeSymbol RetainForAttribute { get; }

            public ValueTypes ValueTypes { get; }
        }
    }
}
