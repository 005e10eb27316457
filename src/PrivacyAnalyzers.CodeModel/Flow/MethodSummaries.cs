using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// The <see cref="MethodSummary"/> of the methods of one compilation, computed when first asked for and cached,
    /// shared by every rule. Methods with a body in the compilation are summarized: ordinary, static and extension
    /// methods, property getters and async methods; lambdas and local functions are followed inside their body by
    /// <see cref="MethodFlow"/>. Abstract, interface, extern and metadata methods have no summary (<see cref="MethodSummary.Empty"/>).
    /// Recursion is a fixed point: a call to a method whose summary is being computed sees its summary so far, the
    /// outermost method of the cycle is computed again until nothing changes (at most <see cref="MaxRounds"/> times), and
    /// summaries found inside the cycle are cached only once it is done. A chain of calls deeper than
    /// <see cref="MaxNesting"/> is cut: the methods inside it are not cached, the method where it was cut is summarized
    /// on its own, and the outermost one again (at most <see cref="MaxRounds"/> times), so that the stack stays bounded. Thread-safe: two threads may compute the same
    /// summary, and the first one stored wins.
    /// </summary>
    public sealed class MethodSummaries
    {
        // Rounds of the fixed point of one recursive cycle.
        private const int MaxRounds = 4;

        // Summaries computed inside one another on one thread; a longer chain of calls is cut (its summary is empty).
        private const int MaxNesting = 24;

        [ThreadStatic]
        private static InProgress? t_inProgress;

        private readonly PersonalDataFlow _flow;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private int _computed;

        internal MethodSummaries(PersonalDataFlow flow) => _flow = flow;

        /// <summary>
        /// Raised on every summary computation of any compilation: how tests see what an analysis run computes, since
        /// the analyzer driver analyzes its own copy of the compilation.
        /// </summary>
        internal static event Action<IMethodSymbol>? Computing;

        /// <summary>How many summaries have been computed (a recomputation in a recursive cycle counts again): what the cache saves.</summary>
        public int ComputedCount => Volatile.Read(ref _computed);

        /// <summary>
        /// The method whose body a call to <paramref name="method"/> runs, when the compilation holds that body; else <c>null</c>.
        /// A reduced extension method is its static definition, a generic method its definition, a partial method its implementation.
        /// </summary>
        public IMethodSymbol? Summarizable(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            definition = definition.PartialImplementationPart ?? definition;
            if (definition.IsAbstract || definition.IsExtern
                || (definition.MethodKind != MethodKind.Ordinary && definition.MethodKind != MethodKind.PropertyGet)
                || !SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _flow.Compilation.Assembly)
                || definition.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            // An auto-property's getter returns its field, which its own attributes classify.
            return definition.MethodKind == MethodKind.PropertyGet
                && definition.DeclaringSyntaxReferences[0].GetSyntax() is AccessorDeclarationSyntax { Body: null, ExpressionBody: null }
                ? null
                : definition;
        }

        /// <summary>The summary of a method returned by <see cref="Summarizable"/>.</summary>
        public MethodSummary Of(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (_summaries.TryGetValue(method, out var known))
            {
                return known;
            }

            var inProgress = t_inProgress ??= new InProgress();
            if (inProgress.Frames.Count > 0)
            {
                return Nested(method, inProgress, cancellationToken);
            }

            // Asked for from outside any summary: the methods where a chain of calls was cut are summarized first, each
            // from its own place, then the method again, which now finds them cached.
            for (var attempt = 0; ; attempt++)
            {
                var summary = Nested(method, inProgress, cancellationToken);
                inProgress.Provisional.Clear();
                if (!inProgress.Truncated)
                {
                    return summary;
                }

                var cut = inProgress.Cut.ToArray();
                inProgress.Cut.Clear();
                inProgress.Truncated = false;
                if (attempt == MaxRounds)
                {
                    return _summaries.GetOrAdd(method, summary);
                }

                foreach (var deeper in cut)
                {
                    Of(deeper, cancellationToken);
                }
            }
        }

        private MethodSummary Nested(IMethodSymbol method, InProgress inProgress, CancellationToken cancellationToken)
        {
            if (_summaries.TryGetValue(method, out var known) || inProgress.Provisional.TryGetValue(method, out known))
            {
                return known;
            }

            var index = inProgress.IndexOf(method);
            if (index >= 0)
            {
                // A recursive call: what the method's summary is so far; the cycle's outermost method is redone.
                inProgress.Lowest = Math.Min(inProgress.Lowest, index);
                return inProgress.Frames[index].Summary;
            }

            if (inProgress.Frames.Count >= MaxNesting)
            {
                // Cut here, and summarized later from its own place (see Of).
                inProgress.Truncated = true;
                inProgress.Cut.Add(method);
                return MethodSummary.Empty;
            }

            var depth = inProgress.Frames.Count;
            var frame = new Frame(method);
            inProgress.Frames.Add(frame);
            var outerLowest = inProgress.Lowest;
            try
            {
                for (var round = 0; round < MaxRounds; round++)
                {
                    inProgress.Lowest = int.MaxValue;
                    Interlocked.Increment(ref _computed);
                    Computing?.Invoke(method);
                    var summary = Compute(method, cancellationToken);
                    var stable = summary.SameAs(frame.Summary);
                    frame.Summary = summary;

                    // Not part of a cycle, or the cycle it heads has reached its fixed point.
                    if (inProgress.Lowest > depth || (inProgress.Lowest == depth && stable))
                    {
                        inProgress.Lowest = int.MaxValue;
                        return Store(method, summary, inProgress);
                    }

                    // Inside a cycle headed further out: the head will ask again once its summary is known.
                    if (inProgress.Lowest < depth)
                    {
                        return summary;
                    }
                }

                inProgress.Lowest = int.MaxValue;
                return Store(method, frame.Summary, inProgress);
            }
            finally
            {
                inProgress.Frames.RemoveAt(depth);
                inProgress.Lowest = Math.Min(outerLowest, inProgress.Lowest);
            }
        }

        /// <summary>
        /// Caches a finished summary, unless the chain of calls below it was cut by <see cref="MaxNesting"/>: then the
        /// outermost request summarizes the cut methods first and asks again.
        /// </summary>
        private MethodSummary Store(IMethodSymbol method, MethodSummary summary, InProgress inProgress)
        {
            if (inProgress.Truncated)
            {
                // Kept until the outermost request is answered, so that a cut chain is not summarized again at every call.
                inProgress.Provisional[method] = summary;
                return summary;
            }

            return _summaries.GetOrAdd(method, summary);
        }

        /// <summary>What a call's result carries through the callee's summary: its own reads and the arguments that reach its return.</summary>
        internal PersonalTaint? ReturnedBy(MethodSummary summary, ImmutableArray<IArgumentOperation> arguments, Func<IOperation, PersonalTaint?> evaluate)
        {
            var taint = summary.Returns;
            foreach (var ordinal in summary.ParametersToReturn)
            {
                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Ordinal == ordinal)
                    {
                        taint = PersonalTaint.Merge(taint, evaluate(argument.Value));
                    }
                }
            }

            return taint;
        }

        private MethodSummary Compute(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var body = Body(method, cancellationToken);
            if (body is null)
            {
                return MethodSummary.Empty;
            }

            var options = _flow.OptionsFor(body.Syntax.SyntaxTree);
            List<SinkHit>? hits = null;
            List<IReturnOperation>? returns = null;
            List<IInvocationOperation>? calls = null;
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IReturnOperation { ReturnedValue: not null } returned when OwnedBy(returned, body):
                        (returns ??= new List<IReturnOperation>()).Add(returned);
                        break;
                    case IInvocationOperation invocation:
                        _flow.Sinks.CollectWrites(invocation, options, ref hits);
                        if (invocation.Arguments.Length > 0 && Summarizable(invocation.TargetMethod) is not null)
                        {
                            (calls ??= new List<IInvocationOperation>()).Add(invocation);
                        }

                        break;
                }

                if (operation.Kind is OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Invocation)
                {
                    _flow.Sinks.CollectExceptionWrites(operation, ref hits);
                }
            }

            if (returns is null && hits is null && calls is null)
            {
                return MethodSummary.Empty;
            }

            var flow = new MethodFlow(_flow, ImmutableArray.Create(body), Graph, options, cancellationToken, summarized: method);
            PersonalTaint? returnedTaint = null;
            foreach (var returned in returns ?? Enumerable.Empty<IReturnOperation>())
            {
                returnedTaint = PersonalTaint.Merge(returnedTaint, flow.Evaluate(returned.ReturnedValue));
            }

            var sinks = ImmutableArray.CreateBuilder<ParameterSink>();
            foreach (var hit in hits ?? Enumerable.Empty<SinkHit>())
            {
                foreach (var ordinal in Parameters(flow.Evaluate(hit.Value)))
                {
                    Add(sinks, new ParameterSink(ordinal, method.Parameters[ordinal].Name, hit.Kind, hit.Sink, hit.Syntax.GetLocation(), hit.Destructured), method, cancellationToken);
                }
            }

            foreach (var call in calls ?? Enumerable.Empty<IInvocationOperation>())
            {
                var callee = Of(Summarizable(call.TargetMethod)!, cancellationToken);
                foreach (var reached in callee.ParameterSinks)
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Ordinal != reached.Ordinal)
                        {
                            continue;
                        }

                        foreach (var ordinal in Parameters(flow.Evaluate(argument.Value)))
                        {
                            Add(sinks, new ParameterSink(ordinal, method.Parameters[ordinal].Name, reached.Kind, reached.Sink, reached.Location, reached.Destructured), method, cancellationToken);
                        }
                    }
                }
            }

            var toReturn = ImmutableArray.CreateRange(Parameters(returnedTaint));
            var own = PersonalTaint.WithoutParameters(returnedTaint);
            return own is null && toReturn.IsEmpty && sinks.Count == 0 ? MethodSummary.Empty : new MethodSummary(own, toReturn, sinks.ToImmutable());
        }

        private void Add(ImmutableArray<ParameterSink>.Builder sinks, ParameterSink sink, IMethodSymbol method, CancellationToken cancellationToken)
        {
            // A parameter personal by its own attributes or type is reported inside the method, where it reaches the sink.
            var parameter = method.Parameters[sink.Ordinal];
            if (_flow.Sources.ForSymbol(parameter) is not null || _flow.Sources.ForObjectOf(parameter.Type, cancellationToken) is not null)
            {
                return;
            }

            foreach (var known in sinks)
            {
                if (known.SameAs(sink))
                {
                    return;
                }
            }

            sinks.Add(sink);
        }

        /// <summary>The ordinals of the parameters whose value <paramref name="taint"/> carries, in order.</summary>
        private static SortedSet<int> Parameters(PersonalTaint? taint)
        {
            var ordinals = new SortedSet<int>();
            if (taint is not null)
            {
                foreach (var single in taint.All)
                {
                    if (single.ParameterOrdinal >= 0)
                    {
                        ordinals.Add(single.ParameterOrdinal);
                    }
                }
            }

            return ordinals;
        }

        /// <summary>True when <paramref name="returned"/> returns from the method itself, not from a lambda or local function in it.</summary>
        private static bool OwnedBy(IOperation returned, IOperation body)
        {
            for (var current = returned.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The operation tree of the method's body, or <c>null</c> when it has none (or half-typed code gives none).</summary>
        private IOperation? Body(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            if (syntax is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax)
                || syntax is BaseMethodDeclarationSyntax { Body: null, ExpressionBody: null })
            {
                return null;
            }

            // The summary is what crosses files: the engine, not a rule, reads the other tree's semantic model, once per method.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
            var model = _flow.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var body = model.GetOperation(syntax, cancellationToken);
            return body is IMethodBodyOperation or IBlockOperation ? body : null;
        }

        private static ControlFlowGraph? Graph(IOperation root)
        {
            try
            {
                return root.Parent is null && root is IMethodBodyOperation or IBlockOperation
                    ? root is IMethodBodyOperation methodBody ? ControlFlowGraph.Create(methodBody) : ControlFlowGraph.Create((IBlockOperation)root)
                    : null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private sealed class Frame
        {
            public Frame(IMethodSymbol method) => Method = method;

            public IMethodSymbol Method { get; }

            public MethodSummary Summary { get; set; } = MethodSummary.Empty;
        }

        /// <summary>The summaries being computed on this thread, outermost first, and the outermost one a recursive call reached.</summary>
        private sealed class InProgress
        {
            public List<Frame> Frames { get; } = new List<Frame>();

            public int Lowest { get; set; } = int.MaxValue;

            /// <summary>True when a summary under way reached <see cref="MaxNesting"/>.</summary>
            public bool Truncated { get; set; }

            /// <summary>The methods whose summary was cut off by <see cref="MaxNesting"/>.</summary>
            public List<IMethodSymbol> Cut { get; } = new List<IMethodSymbol>();

            /// <summary>Summaries of a cut chain, valid until the outermost request is answered.</summary>
            public Dictionary<IMethodSymbol, MethodSummary> Provisional { get; } = new Dictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);

            public int IndexOf(IMethodSymbol method)
            {
                for (var i = 0; i < Frames.Count; i++)
                {
                    if (SymbolEqualityComparer.Default.Equals(Frames[i].Method, method))
                    {
                        return i;
                    }
                }

                return -1;
            }
        }
    }
}
