using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// PRIV200–PRIV204: problems of the privacy policy file — not JSON, an invalid entry, an unknown category key, an
    /// undeclared purpose or recipient, a repeated recipient, purpose or retention category — each reported at its line
    /// and column.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            RuleCatalog.PolicyMalformed,
            RuleCatalog.PolicyInvalidEntry,
            RuleCatalog.PolicyUnknownCategory,
            RuleCatalog.PolicyUndeclaredReference,
            RuleCatalog.PolicyDuplicate);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var policyFile = PolicyFiles.Find(start.Options);
                if (policyFile is null)
                {
                    return;
                }

                start.RegisterAdditionalFileAction(fileContext =>
                {
                    if (!string.Equals(fileContext.AdditionalFile.Path, policyFile.Path, StringComparison.Ordinal))
                    {
                        return;
                    }

                    var document = PolicyFiles.Read(fileContext.AdditionalFile, fileContext.CancellationToken);
                    foreach (var problem in document.Problems)
                    {
                        Report(fileContext, problem);
                    }

                    if (PrivacySymbols.TryCreate(fileContext.Compilation) is { } symbols
                        && KnownCategories.TryCreate(fileContext.Compilation, symbols) is { } known)
                    {
                        foreach (var problem in PolicyReader.FindUnknownCategories(document.Policy, known.Contains, known.Suggest))
                        {
                            Report(fileContext, problem);
                        }
                    }
                });
            });
        }

        private static void Report(AdditionalFileAnalysisContext context, PolicyProblem problem)
        {
            var descriptor = problem.Kind switch
            {
                PolicyProblemKind.MalformedJson => RuleCatalog.PolicyMalformed,
                PolicyProblemKind.UnknownCategory => RuleCatalog.PolicyUnknownCategory,
                PolicyProblemKind.UndeclaredReference => RuleCatalog.PolicyUndeclaredReference,
                PolicyProblemKind.Duplicate => RuleCatalog.PolicyDuplicate,
                _ => RuleCatalog.PolicyInvalidEntry,
            };
            var location = Location.Create(context.AdditionalFile.Path, problem.Span, problem.LineSpan);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, problem.Message));
        }
    }
}
