using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// One <see cref="PrivacyModelReader"/> per compilation, shared by every rule that reads models: the reader caches
    /// what it has read, so a type read for one rule is not read again for the next.
    /// </summary>
    internal static class SharedModelReader
    {
        private static readonly ConditionalWeakTable<Compilation, PrivacyModelReader> ByCompilation = new ConditionalWeakTable<Compilation, PrivacyModelReader>();

        public static PrivacyModelReader For(Compilation compilation, PrivacySymbols symbols)
            => ByCompilation.GetValue(compilation, created => new PrivacyModelReader(created, symbols));
    }
}
