using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>Observations for the data map: off by default, turned on by the <c>privacy</c> tool or in .editorconfig.</summary>
    internal static partial class RuleCatalog
    {
        /// <summary>PRIV900: personal information reaching a sink, approved or not (<see cref="FlowObservation"/>).</summary>
        public static readonly DiagnosticDescriptor PersonalInfoFlow = new DiagnosticDescriptor(
            FlowObservation.RuleId,
            "Personal information flow",
            "{0} flows to {1}",
            PrivacyCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: false,
            description: "A data-map observation, not a finding: a value classified as personal information, or an object holding some, reaches a log, an exception, a cookie, a recipient or an HTTP host, whether the privacy policy approves it or not. Its properties (Kind, Sink, Recipient, Host, Approved, Data) describe the flow. Off by default; the privacy tool turns it on to build the data map, and dotnet_diagnostic.PRIV900.severity = suggestion shows the flows in the IDE.",
            helpLinkUri: HelpRoot + FlowObservation.RuleId + ".md");
    }
}
