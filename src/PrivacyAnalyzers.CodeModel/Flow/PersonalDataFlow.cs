using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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

        private readonly ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> _resolvedOptions = new ConcurrentDictionary<string, ImmutableHashSet<ISymbol>>();

        private PersonalDataFlow(Compilation compilation, TaintSources sources)
        {
            Compilation = compilation;
            Sources = sources;
            Sanitizers = new Sanitizers(compilation);
            Sinks = new SinkCatalog(compilation, sources.Classifications);
            Propagation = new Propagation(compilation);
        }

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
