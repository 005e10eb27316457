using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// <c>privacy_analyzers.PRIV007.excluded_names</c> in .editorconfig: names or words, separated by commas, semicolons
    /// or spaces. An entry is split into words like an identifier and excludes every identifier containing those words
    /// in order: <c>SupportEmail</c> excludes <c>SupportEmail</c>, <c>supportEmail</c> and <c>support_email</c>;
    /// <c>tel</c> excludes every name with the word "tel".
    /// </summary>
    internal sealed class ExcludedNames
    {
        public const string Key = "privacy_analyzers.PRIV007.excluded_names";

        private static readonly char[] Separators = { ',', ';', ' ', '\t' };

        /// <summary>Each distinct option value is parsed once per compilation, whatever the number of files sharing it.</summary>
        private readonly ConcurrentDictionary<string, ImmutableArray<ImmutableArray<string>>> _parsed =
            new ConcurrentDictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);

        /// <summary>True when the options of <paramref name="tree"/> exclude the identifier split into <paramref name="words"/>.</summary>
        public bool Excludes(AnalyzerOptions options, SyntaxTree tree, ImmutableArray<string> words)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(Key, out var value)
                || string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            foreach (var entry in _parsed.GetOrAdd(value, Parse))
            {
                if (Contains(words, entry))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<ImmutableArray<string>> Parse(string value)
        {
            var entries = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            foreach (var name in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var words = IdentifierWords.Split(name);
                if (words.Length > 0)
                {
                    entries.Add(words);
                }
            }

            return entries.ToImmutable();
        }

        private static bool Contains(ImmutableArray<string> words, ImmutableArray<string> entry)
        {
            for (var start = 0; start + entry.Length <= words.Length; start++)
            {
                var matches = true;
                for (var i = 0; i < entry.Length && matches; i++)
                {
                    matches = words[start + i] == entry[i];
                }

                if (matches)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
