using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>
    /// One <see cref="PrivacyModelReader"/> and one spec per type for each compilation, shared by every transform of a
    /// generator run: a type found several ways (an attribute and a partial declaration, several files) is built once,
    /// and a type reached from many models (Address in Customer, Order and Invoice) is read once. Held weakly by the
    /// compilation, so nothing outlives it.
    /// </summary>
    internal sealed class CompilationCache
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationCache> ByCompilation =
            new ConditionalWeakTable<Compilation, CompilationCache>();

        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeSpec?> _specs =
            new ConcurrentDictionary<INamedTypeSymbol, TypeSpec?>(SymbolEqualityComparer.Default);

        private CompilationCache(Compilation compilation)
        {
            var symbols = PrivacySymbols.TryCreate(compilation);
            Reader = symbols is null ? null : new PrivacyModelReader(compilation, symbols);
        }

        /// <summary>The reader, or <c>null</c> when the compilation does not reference the runtime.</summary>
        public PrivacyModelReader? Reader { get; }

        public static CompilationCache For(Compilation compilation)
            => ByCompilation.GetValue(compilation, static created => new CompilationCache(created));

        /// <summary>The spec of <paramref name="type"/>, built on first request.</summary>
        public TypeSpec? Spec(INamedTypeSymbol type, System.Func<INamedTypeSymbol, PrivacyModelReader, CancellationToken, TypeSpec?> build, CancellationToken cancellationToken)
        {
            if (Reader is null)
            {
                return null;
            }

            if (_specs.TryGetValue(type, out var known))
            {
                return known;
            }

            var spec = build(type, Reader, cancellationToken);
            _specs.TryAdd(type, spec);
            return spec;
        }
    }
}
