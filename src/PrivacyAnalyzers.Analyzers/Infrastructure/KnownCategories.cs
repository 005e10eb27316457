using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// The category keys a compilation may use: every <c>const string</c> of <c>PrivacyAnalyzers.DataCategory</c> and its
    /// nested classes, read from the referenced runtime so that the constants stay the single source of truth, plus the
    /// compilation's own <c>[assembly: DataCategoryDefinition("...")]</c> keys. Children of a known key are not known
    /// by themselves: each key a policy can approve or refuse is declared once.
    /// </summary>
    internal sealed class KnownCategories
    {
        private readonly ImmutableHashSet<string> _keys;
        private readonly ImmutableArray<string> _orderedKeys;

        private KnownCategories(ImmutableHashSet<string> keys)
        {
            _keys = keys;
            _orderedKeys = keys.ToImmutableArray().Sort(StringComparer.Ordinal);
        }

        /// <summary>The keys of <paramref name="compilation"/>, or <c>null</c> when the runtime declares no DataCategory to compare with.</summary>
        public static KnownCategories? TryCreate(Compilation compilation, PrivacySymbols symbols)
        {
            if (symbols.DataCategory is null)
            {
                return null;
            }

            var keys = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            AddConstants(symbols.DataCategory, keys);
            if (symbols.DataCategoryDefinition is not null)
            {
                foreach (var attribute in compilation.Assembly.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.DataCategoryDefinition)
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is string key
                        && key.Trim().Length > 0)
                    {
                        keys.Add(key);
                    }
                }
            }

            return keys.Count == 0 ? null : new KnownCategories(keys.ToImmutable());
        }

        public bool Contains(string key) => _keys.Contains(key);

        /// <summary>
        /// The known key that was probably meant, or <c>null</c>: the closest key compared without case and underscores
        /// when it is within a few edits (a typo, or the C# constant name written as a key), otherwise the only key that
        /// starts with the written one (<c>user.contact.phone</c> for <c>user.contact.phone_number</c>).
        /// </summary>
        public string? Suggest(string unknown)
        {
            var target = Normalize(unknown);
            var allowed = Math.Max(2, target.Length / 5);
            string? closest = null;
            var closestDistance = int.MaxValue;
            string? extension = null;
            var extensions = 0;
            foreach (var key in _orderedKeys)
            {
                var normalizedKey = Normalize(key);
                var distance = EditDistance(target, normalizedKey, allowed);
                if (distance < closestDistance)
                {
                    closest = key;
                    closestDistance = distance;
                }

                if (normalizedKey.Length > target.Length
                    && normalizedKey[target.Length] != '.'
                    && normalizedKey.StartsWith(target, StringComparison.Ordinal))
                {
                    extension = key;
                    extensions++;
                }
            }

            if (closestDistance <= allowed)
            {
                return closest;
            }

            // Only a key that lengthens the last segment counts: "user.loyalty" names a parent of "user.loyalty.points", not a shortened key.
            return extensions == 1 && target.IndexOf('.') > 0 ? extension : null;
        }

        private static void AddConstants(INamedTypeSymbol type, ImmutableHashSet<string>.Builder keys)
        {
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: string key }:
                        keys.Add(key);
                        break;
                    case INamedTypeSymbol nested:
                        AddConstants(nested, keys);
                        break;
                }
            }
        }

        private static string Normalize(string key) => key.Replace("_", string.Empty).ToLowerInvariant();

        /// <summary>Levenshtein distance, stopping early once every path exceeds <paramref name="limit"/>.</summary>
        private static int EditDistance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit)
            {
                return int.MaxValue;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMinimum = current[0];
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (rowMinimum > limit)
                {
                    return int.MaxValue;
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
