using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Analyzers.Baseline
{
    /// <summary>
    /// PRIV400: the build reports only findings that are not in the project's <c>privacy-baseline.json</c> (written by
    /// <c>privacy baseline</c>), so that a team can turn the rules into errors on an existing code base and be held to
    /// new findings only. Each entry suppresses as many findings with its fingerprint as its count says. Rules whose
    /// default severity is Error are configuration mistakes the compiler does not let a suppressor hide.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineSuppressor : DiagnosticSuppressor
    {
        public const string SuppressionId = "PRIV400";

        private const string Justification = "The finding was recorded in privacy-baseline.json; only new findings are reported.";

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = typeof(RuleCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .Where(descriptor => descriptor.DefaultSeverity != DiagnosticSeverity.Error && descriptor.Id != FlowObservation.RuleId)
            .ToImmutableDictionary(descriptor => descriptor.Id, descriptor => new SuppressionDescriptor(SuppressionId, descriptor.Id, Justification));

        /// <summary>True for the rules a baseline can hold: every rule but the errors by default and the PRIV900 observation.</summary>
        public static bool Suppressible(string ruleId) => ByRule.ContainsKey(ruleId);

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.OrderBy(descriptor => descriptor.SuppressedDiagnosticId).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            if (BaselineFile.Find(context.Options) is not { } file || file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            var remaining = BaselineFile.Read(text);
            if (remaining.Count == 0)
            {
                return;
            }

            // In source order, so that when a fingerprint has more findings than the baseline counts, the later ones are reported.
            var ordered = context.ReportedDiagnostics
                .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start);
            foreach (var diagnostic in ordered)
            {
                var fingerprint = BaselineFingerprint.Of(diagnostic, context.Compilation, context.CancellationToken);
                if (ByRule.TryGetValue(diagnostic.Id, out var descriptor)
                    && remaining.TryGetValue(fingerprint, out var count)
                    && count > 0)
                {
                    remaining[fingerprint] = count - 1;
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                }
            }
        }
    }
}
