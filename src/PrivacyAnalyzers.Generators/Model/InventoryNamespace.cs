using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>
    /// The namespace of an assembly's generated inventory class. Every consuming assembly gets its own, so that an
    /// assembly that sees another's internals (InternalsVisibleTo) does not see two inventory classes of one name (CS0436).
    /// </summary>
    internal static class InventoryNamespace
    {
        private const string Root = "PrivacyAnalyzers.Generated";

        /// <summary>
        /// <c>PrivacyAnalyzers.Generated.</c> followed by the assembly name as one identifier: <c>SimWorks.Cloud</c> gives
        /// <c>PrivacyAnalyzers.Generated.SimWorks_Cloud</c>. Names made only of letters, digits and dots map one to one
        /// (a dot becomes an underscore); any other name, which could map to the same identifier as another
        /// (<c>My-App</c>, <c>My_App</c>, <c>2D</c>), has its other characters replaced and a hash of the exact name appended.
        /// </summary>
        public static string For(string? assemblyName)
        {
            var name = assemblyName ?? string.Empty;
            var identifier = new StringBuilder(name.Length + 10);
            var lossless = name.Length != 0 && char.IsLetter(name[0]);
            foreach (var character in name)
            {
                if (char.IsLetterOrDigit(character))
                {
                    identifier.Append(character);
                }
                else
                {
                    lossless &= character == '.';
                    identifier.Append('_');
                }
            }

            if (!lossless)
            {
                if (identifier.Length == 0 || !char.IsLetter(identifier[0]))
                {
                    identifier.Insert(0, '_');
                }

                identifier.Append('_').Append(Hash(name).ToString("X8", CultureInfo.InvariantCulture));
            }

            var text = identifier.ToString();
            return Root + "." + (SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None ? text : "@" + text);
        }

        /// <summary>FNV-1a over the UTF-16 code units: stable across processes and platforms, unlike string.GetHashCode.</summary>
        private static uint Hash(string text)
        {
            var hash = 2166136261u;
            foreach (var character in text)
            {
                hash = unchecked((hash ^ character) * 16777619u);
            }

            return hash;
        }
    }
}
