using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// PRIV004: personal information written into a cookie — ASP.NET Core <c>IResponseCookies.Append</c>,
    /// <c>CookieOptions.CreateCookieHeader</c>, <c>new SetCookieHeaderValue(name, value)</c>; System.Web
    /// <c>HttpCookie</c> (constructor, <c>Value</c>, its indexer and <c>Values</c>); a raw <c>Set-Cookie</c> header of an
    /// ASP.NET Core <c>IHeaderDictionary</c> (indexer, <c>SetCookie</c>, <c>Append</c> and the like) — when the policy's
    /// <c>cookies.categories</c> does not allow its category. Values are tracked by the flow engine; whole objects count
    /// by every personal member they hold; anonymized and masked values pass. PRIV900 (off by default): every value
    /// carrying personal information written into a cookie, allowed or not.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CookieAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.PersonalInfoInCookie, RuleCatalog.PersonalInfoFlow);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var sinks = CookieSinks.TryCreate(start.Compilation);
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                var flow = sinks is null || symbols is null ? null : PersonalDataFlow.TryCreate(start.Compilation);
                if (flow is null)
                {
                    return;
                }

                var policyFile = PolicyFiles.Find(start.Options);
                var policy = policyFile is null ? PrivacyPolicy.Empty : PolicyFiles.Read(policyFile, start.CancellationToken).Policy;
                var cookies = new Cookies(flow, sinks!, policy, policyFile is not null, new CarriedMembers(start.Compilation, SharedModelReader.For(start.Compilation, symbols!)));
                start.RegisterOperationBlockAction(cookies.Analyze);
            });
        }

        /// <summary>The analysis of one compilation's method bodies.</summary>
        private sealed class Cookies
        {
            private readonly PersonalDataFlow _flow;
            private readonly CookieSinks _sinks;
            private readonly PrivacyPolicy _policy;
            private readonly bool _hasPolicyFile;
            private readonly CarriedMembers _carried;

            public Cookies(PersonalDataFlow flow, CookieSinks sinks, PrivacyPolicy policy, bool hasPolicyFile, CarriedMembers carried)
            {
                _flow = flow;
                _sinks = sinks;
                _policy = policy;
                _hasPolicyFile = hasPolicyFile;
                _carried = carried;
            }

            public void Analyze(OperationBlockAnalysisContext context)
            {
                var tree = context.OwningSymbol.Locations.Length > 0 && context.OwningSymbol.Locations[0].SourceTree is { } owner
                    ? owner
                    : context.OperationBlocks.Length > 0 ? context.OperationBlocks[0].Syntax.SyntaxTree : null;
                if (tree is null)
                {
                    return;
                }

                var stored = new List<(IOperation Value, string Sink)>();
                foreach (var block in context.OperationBlocks)
                {
                    foreach (var operation in block.DescendantsAndSelf())
                    {
                        _sinks.Collect(operation, stored);
                    }
                }

                if (stored.Count == 0 || !BodyOperations.Of(context.OperationBlocks).ReadsPersonalData(_flow, context.CancellationToken))
                {
                    return;
                }

                var options = _flow.ReadOptions(context.Options, tree);
                var methodFlow = new MethodFlow(_flow, context.OperationBlocks, context.GetControlFlowGraph, options, context.CancellationToken);
                foreach (var (value, sink) in stored)
                {
                    if (_carried.Of(methodFlow, value, context.CancellationToken) is not { } carried)
                    {
                        continue;
                    }

                    var location = value.Syntax.GetLocation();
                    var disallowed = carried.Where(item => !_policy.AllowsInCookies(item.Category)).ToList();
                    context.ReportDiagnostic(FlowObservation.Create(
                        location, FlowObservation.CookieKind, sink, recipient: null, host: null, approved: disallowed.Count == 0, carried));
                    if (disallowed.Count > 0)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            RuleCatalog.PersonalInfoInCookie, location, CarriedMembers.Describe(disallowed), sink, Allowed()));
                    }
                }
            }

            private string Allowed()
            {
                if (!_hasPolicyFile)
                {
                    return "file (" + PolicyFiles.DefaultFileName + ") is missing, so no personal information may be stored in cookies";
                }

                return _policy.CookieCategories.IsEmpty
                    ? "allows no personal information in cookies"
                    : "allows only " + string.Join(", ", _policy.CookieCategories.Select(category => category.Value)) + " in cookies";
            }
        }
    }
}
