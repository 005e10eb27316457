using System.Collections.Immutable;
using System.Text;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// Splits an identifier into lower-case words: <c>customerEmail</c> → customer, email; <c>user_mobile</c> → user, mobile;
    /// <c>IPAddress</c> → ip, address; <c>AddressLine2</c> → address, line, 2.
    /// </summary>
    internal static class IdentifierWords
    {
        public static ImmutableArray<string> Split(string identifier)
        {
            var words = ImmutableArray.CreateBuilder<string>();
            var word = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(word, words);
                    continue;
                }

                if (word.Length > 0 && StartsWord(identifier, i))
                {
                    Flush(word, words);
                }

                word.Append(char.ToLowerInvariant(c));
            }

            Flush(word, words);
            return words.ToImmutable();
        }

        /// <summary>True when the character at <paramref name="index"/> begins a new word after a letter or digit.</summary>
        private static bool StartsWord(string identifier, int index)
        {
            var previous = identifier[index - 1];
            var current = identifier[index];
            if (char.IsDigit(previous) != char.IsDigit(current))
            {
                return true;
            }

            if (char.IsLower(previous) && char.IsUpper(current))
            {
                return true;
            }

            // The last capital of an acronym starts the next word: IPAddress → IP, Address.
            return char.IsUpper(previous)
                && char.IsUpper(current)
                && index + 1 < identifier.Length
                && char.IsLower(identifier[index + 1]);
        }

        private static void Flush(StringBuilder word, ImmutableArray<string>.Builder words)
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
