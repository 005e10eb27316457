using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Flow
{
    /// <summary>
    /// PRIV010: a public or internal method whose summary says its return value carries a personal value it reads, when
    /// the signature does not say so. Referencing projects see only metadata; <c>[return: PersonalInfo]</c> carries the
    /// classification there. Objects of types that hold personal information are not reported: their type says it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalReturnAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property of PRIV010: the category the return value carries, which the code fix writes.</summary>
        public const string CategoryProperty = "Category";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.PersonalReturnNotDeclared);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // The fix writes [PersonalInfo]: without the runtime there is nothing to declare with.
                if (PrivacySymbols.TryCreate(start.Compilation) is null || PersonalDataFlow.TryCreate(start.Compilation) is not { } flow)
                {
                    return;
                }

                flow.UseOptions(start.Options);
                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, flow), SymbolKind.Method);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, PersonalDataFlow flow)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.MethodKind != MethodKind.Ordinary || method.IsOverride || method.ReturnsVoid || method.IsImplicitlyDeclared
                || !IsVisibleOutside(method) || method.Locations.IsEmpty || !method.Locations[0].IsInSource
                || flow.Sources.ForSymbol(method) is not null
                || flow.Sources.ForObjectOf(ResultType(method.ReturnType), context.CancellationToken) is not null
                || method.ReturnType.SpecialType == SpecialType.System_Boolean
                || flow.Summaries.Summarizable(method) is not { } summarized)
            {
                return;
            }

            if (PersonalTaint.Values(flow.Summaries.Of(summarized, context.CancellationToken).Returns) is not { } returned)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, returned.Category);
            context.ReportDiagnostic(Diagnostic.Create(
                RuleCatalog.PersonalReturnNotDeclared, method.Locations[0], properties, method.ContainingType?.Name + "." + method.Name, returned.Member, returned.Category));
        }

        /// <summary>The value an awaited <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> gives; the type itself otherwise.</summary>
        private static ITypeSymbol ResultType(ITypeSymbol type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
                ? task.TypeArguments[0]
                : type;

        /// <summary>True when another project can call the method: it and its containing types are public, protected or internal.</summary>
        private static bool IsVisibleOutside(ISymbol symbol)
        {
            for (var current = symbol; current is not null && current.Kind != SymbolKind.Namespace; current = current.ContainingSymbol)
            {
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.NotApplicable)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
