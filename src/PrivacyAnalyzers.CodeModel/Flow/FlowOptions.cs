using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// The .editorconfig options of the flow rules for one file:
    /// <c>privacy_analyzers.include_debug_trace</c> (default true),
    /// <c>privacy_analyzers.additional_log_sinks</c> and <c>privacy_analyzers.additional_sanitizers</c>
    /// (documentation IDs such as <c>M:Shop.Audit.Write(System.String)</c>, separated by semicolons or spaces, since IDs contain commas).
    /// </summary>
    public readonly struct FlowOptions
    {
        public const string IncludeDebugTraceKey = "privacy_analyzers.include_debug_trace";
        public const string AdditionalLogSinksKey = "privacy_analyzers.additional_log_sinks";
        public const string AdditionalSanitizersKey = "privacy_analyzers.additional_sanitizers";

        private static readonly char[] Separators = { ';', ' ', '\t' };

        public FlowOptions(bool includeDebugTrace, ImmutableHashSet<ISymbol> additionalSinks, ImmutableHashSet<ISymbol> additionalSanitizers)
        {
            IncludeDebugTrace = includeDebugTrace;
            AdditionalSinks = additionalSinks;
            AdditionalSanitizers = additionalSanitizers;
        }

        public bool IncludeDebugTrace { get; }

        /// <summary>Methods (original definitions) whose every argument is written to a log.</summary>
        public ImmutableHashSet<ISymbol> AdditionalSinks { get; }

        /// <summary>Methods (original definitions) whose result carries no personal information.</summary>
        public ImmutableHashSet<ISymbol> AdditionalSanitizers { get; }

        /// <summary>
        /// Reads the options; documentation IDs are resolved in <paramref name="compilation"/> once per distinct value,
        /// through <paramref name="resolved"/>. IDs that name nothing are ignored.
        /// </summary>
        public static FlowOptions Read(AnalyzerConfigOptions options, Compilation compilation, ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> resolved)
        {
            var includeDebugTrace = !(options.TryGetValue(IncludeDebugTraceKey, out var include)
                && string.Equals(include.Trim(), "false", StringComparison.OrdinalIgnoreCase));
            return new FlowOptions(
                includeDebugTrace,
                Resolve(options, AdditionalLogSinksKey, compilation, resolved),
                Resolve(options, AdditionalSanitizersKey, compilation, resolved));
        }

        private static ImmutableHashSet<ISymbol> Resolve(AnalyzerConfigOptions options, string key, Compilation compilation, ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> resolved)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return ImmutableHashSet<ISymbol>.Empty;
            }

            return resolved.GetOrAdd(value, text =>
            {
                var builder = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
                foreach (var id in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                {
                    foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                    {
                        builder.Add(symbol.OriginalDefinition);
                    }
                }

                return builder.ToImmutable();
            });
        }
    }
}
