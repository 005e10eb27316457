using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// The flow engine of one compilation: sources, sanitizers, sinks and the library types values propagate through,
    /// looked up once. Create it in a compilation-start action and a <see cref="MethodFlow"/> per method body.
    /// </summary>
    public sealed class PersonalDataFlow
    {
        // The log and exception rules analyze the same compilation; they share one engine and its caches.
        private static readonly ConditionalWeakTable<Compilation, Shared> ByCompilation = new ConditionalWeakTable<Compilation, Shared>();

        private AnalyzerOptions? _analyzerOptions;
        private readonly ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> _resolvedOptions = new ConcurrentDictionary<string, ImmutableHashSet<ISymbol>>();

        private PersonalDataFlow(Compilation compilation, TaintSources sources)
        {
            Compilation = compilation;
            Sources = sources;
            Sanitizers = new Sanitizers(compilation);
            Sinks = new SinkCatalog(compilation, sources.Classifications);
            Propagation = new Propagation(compilation);
            Summaries = new MethodSummaries(this);
        }

        /// <summary>The summaries of the compilation's methods, shared by every rule.</summary>
        public MethodSummaries Summaries { get; }

        /// <summary>
        /// Remembers the analyzer options of the compilation, so that summaries computed for a method of any file read
        /// that file's options. The first rule to start sets them; every rule of a compilation gets the same.
        /// </summary>
        public void UseOptions(AnalyzerOptions options) => Interlocked.CompareExchange(ref _analyzerOptions, options, null);

        /// <summary>The options for one syntax tree, from the options <see cref="UseOptions"/> remembered (the defaults before).</summary>
        internal FlowOptions OptionsFor(SyntaxTree tree)
            => _analyzerOptions is { } options ? ReadOptions(options, tree) : new FlowOptions(includeDebugTrace: true, ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<ISymbol>.Empty);

        public Compilation Compilation { get; }

        public TaintSources Sources { get; }

        public Sanitizers Sanitizers { get; }

        public SinkCatalog Sinks { get; }

        public Propagation Propagation { get; }

        /// <summary>
        /// The engine of <paramref name="compilation"/>, created once and shared by every caller; <c>null</c> when the
        /// compilation references neither PrivacyAnalyzers nor Microsoft's data classification.
        /// </summary>
        public static PersonalDataFlow? TryCreate(Compilation compilation)
            => ByCompilation.GetValue(compilation, created =>
            {
                var sources = TaintSources.TryCreate(created);
                return new Shared(sources is null ? null : new PersonalDataFlow(created, sources));
            }).Flow;

        /// <summary>
        /// True when <paramref name="operation"/> itself reads personal information: a classified member, parameter or
        /// return value, an object of a type that holds personal information, or a personal out parameter. A body none
        /// of whose operations does can hand nothing personal to a sink, so the flow engine does not run on it.
        /// </summary>
        public bool ReadsPersonalData(IOperation operation, CancellationToken cancellationToken)
        {
            switch (operation)
            {
                case IFieldReferenceOperation field:
                    return Sources.ForSymbol(field.Field) is not null || Sources.ForObjectOf(field.Type, cancellationToken) is not null;
                case IPropertyReferenceOperation property:
                    return Sources.ForSymbol(property.Property) is not null || Sources.ForObjectOf(property.Type, cancellationToken) is not null
                        || (!property.Property.IsIndexer && property.Property.GetMethod is { } getter && ReturnsPersonalData(getter, cancellationToken));
                case IParameterReferenceOperation parameter:
                    return Sources.ForSymbol(parameter.Parameter) is not null || Sources.ForObjectOf(parameter.Type, cancellationToken) is not null;
                case IInvocationOperation invocation:
                    if (Sources.ForSymbol(invocation.TargetMethod) is not null || Sources.ForObjectOf(invocation.Type, cancellationToken) is not null
                        || ReturnsPersonalData(invocation.TargetMethod, cancellationToken))
                    {
                        return true;
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref } written && Sources.ForSymbol(written) is not null)
                        {
                            return true;
                        }
                    }

                    return false;
                case IObjectCreationOperation creation:
                    return Sources.ForObjectOf(creation.Type, cancellationToken) is not null;
                case IArrayElementReferenceOperation element:
                    return Sources.ForObjectOf(element.Type, cancellationToken) is not null;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals)
                    {
                        if (Sources.ForObjectOf(local.Type, cancellationToken) is not null)
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>True when the summary of a method of the compilation says its return value carries personal information of its own reads.</summary>
        private bool ReturnsPersonalData(IMethodSymbol method, CancellationToken cancellationToken)
            => !method.ReturnsVoid && method.ReturnType.SpecialType != SpecialType.System_Boolean
                && Summaries.Summarizable(method) is { } callee && Summaries.Of(callee, cancellationToken).Returns is not null;

        /// <summary>The options for one syntax tree.</summary>
        public FlowOptions ReadOptions(AnalyzerOptions options, SyntaxTree tree)
            => FlowOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree), Compilation, _resolvedOptions);

        /// <summary>A table entry; it also records that a compilation has no engine.</summary>
        private sealed class Shared
        {
            public Shared(PersonalDataFlow? flow) => Flow = flow;

            public PersonalDataFlow? Flow { get; }
        }
    }
}
