using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Flow
{
    /// <summary>
    /// PRIV003: personal information put into an exception's message (the <c>message</c> argument of any exception
    /// constructor) or its <c>Data</c>. PRIV005 when it is an object whose ToString prints personal information.
    /// PRIV900 (off by default) observes each of these flows for the data map.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExceptionSinkAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.PersonalInfoInException, RuleCatalog.PersonalInfoPrinted, RuleCatalog.PersonalInfoFlow);

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

                FlowReporter.Register(start, flow, exceptions: true);
            });
        }
    }
}
