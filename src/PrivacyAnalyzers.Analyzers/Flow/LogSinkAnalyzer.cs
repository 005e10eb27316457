using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Flow
{
    /// <summary>
    /// PRIV001: personal information written to a log (Microsoft.Extensions.Logging, Serilog, NLog, log4net), the
    /// console, Debug/Trace or an Activity's tags and baggage. PRIV005 when what is written is an object whose ToString
    /// prints personal information.
    /// PRIV900 (off by default) observes each of these flows for the data map.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LogSinkAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.PersonalInfoLogged, RuleCatalog.PersonalInfoPrinted, RuleCatalog.PersonalInfoFlow);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var flow = PersonalDataFlow.TryCreate(start.Compilation);
                if (flow is null)
                {
                    return;
                }

                FlowReporter.Register(start, flow, exceptions: false);
            });
        }
    }
}
