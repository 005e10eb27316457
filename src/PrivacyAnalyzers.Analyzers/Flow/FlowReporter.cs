using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Flow
{
    /// <summary>Runs the flow engine over one operation block and reports what reaches the sinks the calling rule watches.</summary>
    internal static class FlowReporter
    {
        /// <summary>Property of PRIV001 and PRIV003 for a personal value: its category, which chooses the mask.</summary>
        public const string CategoryProperty = "Category";

        /// <summary>Property of PRIV005 when making the type partial fixes it: the type's documentation ID.</summary>
        public const string PartialTypeProperty = "PartialType";

        /// <summary>Property of PRIV001 for a whole object that Serilog destructures.</summary>
        public const string DestructuredProperty = "Destructured";

        /// <summary>
        /// Registers the rule on every method body. The body's candidate sinks come from <see cref="BodyOperations"/>,
        /// walked once for the log, exception and third-party rules together; only a body with a sink (or a call into a
        /// method whose summary has one) that reads personal information runs the flow engine.
        /// </summary>
        public static void Register(CompilationStartAnalysisContext start, PersonalDataFlow flow, bool exceptions)
        {
            // Every body of a file shares the file's options, read once.
            var optionsByTree = new ConcurrentDictionary<SyntaxTree, FlowOptions>();
            flow.UseOptions(start.Options);
            start.RegisterOperationBlockAction(context => Analyze(context, flow, exceptions, optionsByTree));
        }

        /// <summary>The syntax tree a body belongs to: its owner's, else its first block's.</summary>
        internal static SyntaxTree? OwnerTree(ISymbol owner, ImmutableArray<IOperation> blocks)
            => owner.Locations.Length > 0 && owner.Locations[0].SourceTree is { } tree
                ? tree
                : blocks.Length > 0 ? blocks[0].Syntax.SyntaxTree : null;

        /// <summary>
        /// Reports what the body's sinks of this rule receive. The log and exception rules share one evaluation per body
        /// (<see cref="Findings"/>), made by whichever of them gets there first.
        /// </summary>
        private static void Analyze(OperationBlockAnalysisContext context, PersonalDataFlow flow, bool exceptions, ConcurrentDictionary<SyntaxTree, FlowOptions> optionsByTree)
        {
            var tree = OwnerTree(context.OwningSymbol, context.OperationBlocks);
            if (tree is null)
            {
                return;
            }

            var body = BodyOperations.Of(context.OperationBlocks);
            var findings = body.Shared(() =>
            {
                if (!optionsByTree.TryGetValue(tree, out var options))
                {
                    options = optionsByTree.GetOrAdd(tree, flow.ReadOptions(context.Options, tree));
                }

                return Findings(context, flow, body, options);
            });
            foreach (var (hit, taint) in findings)
            {
                if (hit.IsException == exceptions)
                {
                    Report(context, hit, taint);
                }
            }
        }

        /// <summary>
        /// Every value the body writes to a log or an exception, directly or through a method whose summary says its
        /// parameter reaches one, with what it carries. The flow engine runs only when the body has such a sink and
        /// reads personal information.
        /// </summary>
        private static List<(SinkHit Hit, PersonalTaint Taint)> Findings(OperationBlockAnalysisContext context, PersonalDataFlow flow, BodyOperations body, FlowOptions options)
        {
            var findings = new List<(SinkHit Hit, PersonalTaint Taint)>();
            List<SinkHit>? hits = null;
            var callsIntoCompilation = false;
            foreach (var operation in body.Candidates)
            {
                flow.Sinks.CollectExceptionWrites(operation, ref hits);
                flow.Sinks.CollectWrites(operation, options, ref hits);
                callsIntoCompilation |= operation is IInvocationOperation { Arguments.IsEmpty: false } call && flow.Summaries.Summarizable(call.TargetMethod) is not null;
            }

            if ((hits is null && !callsIntoCompilation) || !body.ReadsPersonalData(flow, context.CancellationToken))
            {
                return findings;
            }

            if (callsIntoCompilation)
            {
                foreach (var operation in body.Candidates)
                {
                    if (operation is IInvocationOperation invocation)
                    {
                        CollectHandedToSinks(flow, invocation, context.CancellationToken, ref hits);
                    }
                }
            }

            if (hits is null)
            {
                return findings;
            }

            var methodFlow = new MethodFlow(flow, context.OperationBlocks, context.GetControlFlowGraph, options, context.CancellationToken);
            foreach (var hit in hits)
            {
                if (methodFlow.Evaluate(hit.Value) is { } taint)
                {
                    findings.Add((hit, taint));
                }
            }

            return findings;
        }

        /// <summary>
        /// The arguments of a call into a method of the compilation whose summary says the parameter reaches a sink the
        /// rule watches: reported where the value enters, naming the method and its sink.
        /// </summary>
        private static void CollectHandedToSinks(PersonalDataFlow flow, IInvocationOperation invocation, System.Threading.CancellationToken cancellationToken, ref List<SinkHit>? hits)
        {
            if (invocation.Arguments.IsEmpty || flow.Summaries.Summarizable(invocation.TargetMethod) is not { } callee)
            {
                return;
            }

            foreach (var reached in flow.Summaries.Of(callee, cancellationToken).ParameterSinks)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == reached.Ordinal && argument.ArgumentKind != ArgumentKind.ParamArray && !Written(hits, argument.Value))
                    {
                        var destination = "passed to " + callee.ContainingType?.Name + "." + callee.Name + "(" + reached.ParameterName + "), where it is "
                            + SinkCatalog.Written(reached.Kind, reached.Sink);
                        var syntax = argument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax written ? written.Expression : argument.Value.Syntax;
                        (hits ??= new List<SinkHit>()).Add(new SinkHit(argument.Value, syntax, reached.Kind, reached.Sink, destination, reached.Destructured, reached.Location));
                    }
                }
            }
        }

        /// <summary>True when a sink already writes <paramref name="value"/> (a helper that is itself a sink is reported once).</summary>
        private static bool Written(List<SinkHit>? hits, IOperation value)
        {
            foreach (var hit in hits ?? Enumerable.Empty<SinkHit>())
            {
                if (hit.Value == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Report(OperationBlockAnalysisContext context, SinkHit hit, PersonalTaint taint)
        {
            var location = hit.Syntax.GetLocation();
            var additional = hit.SinkLocation is { } sinkLocation ? new[] { sinkLocation } : null;
            if (taint.Kind == TaintKind.Value)
            {
                var descriptor = hit.IsException ? RuleCatalog.PersonalInfoInException : RuleCatalog.PersonalInfoLogged;
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, taint.Category);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, additional, properties, taint.Member, taint.Category, hit.Destination));
                Observe(context, hit, location, taint);
            }
            else if (hit.Destructured && taint.Category.Length > 0 && !IsText(hit.Value))
            {
                // Destructuring writes every public property, masked ToString or not.
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DestructuredProperty, "true");
                context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.PersonalInfoLogged, location, additional, properties, taint.Member, taint.Category, hit.Destination + " (destructured)"));
                Observe(context, hit, location, taint);
            }
            else if (taint.PrintsPersonalInfo)
            {
                var byCompiler = taint.Printer == PersonalTaint.CompilerToString;
                var advice = byCompiler
                    ? "make it partial so that the generated ToString masks personal members"
                    : "keep personal members out of it or log an identifier instead";
                var properties = byCompiler && taint.TypeId is not null
                    ? ImmutableDictionary<string, string?>.Empty.Add(PartialTypeProperty, taint.TypeId)
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.PersonalInfoPrinted, location, additional, properties, taint.TypeName, taint.Member, taint.Category, taint.Printer, hit.Destination, advice));
                Observe(context, hit, location, taint);
            }
        }

        /// <summary>PRIV900 for a value the rules above report: logs and exceptions are never approved destinations.</summary>
        private static void Observe(OperationBlockAnalysisContext context, SinkHit hit, Location location, PersonalTaint taint)
        {
            var kind = hit.IsException ? FlowObservation.ExceptionKind : FlowObservation.LogKind;
            context.ReportDiagnostic(FlowObservation.Create(
                location, kind, hit.Sink, recipient: null, host: null, approved: false, Written(hit, taint)));
        }

        /// <summary>
        /// Every personal value the sink writes, not only the one the finding names: a message built from a mobile
        /// number and an email writes both.
        /// </summary>
        private static IEnumerable<(string Member, string Category)> Written(SinkHit hit, PersonalTaint taint)
        {
            foreach (var carried in taint.All)
            {
                if (carried.Category.Length > 0 && (carried.Kind == TaintKind.Value || carried.PrintsPersonalInfo || hit.Destructured))
                {
                    yield return (carried.Member, carried.Category);
                }
            }
        }

        /// <summary>True when the written value is already text: destructuring a string writes the string.</summary>
        private static bool IsText(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value.Type?.SpecialType == SpecialType.System_String;
        }
    }
}
