using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeFixes.Inventory;
using PrivacyAnalyzers.Tool.Analysis;

namespace PrivacyAnalyzers.Tool.Discover;

/// <summary>
/// Writes the [PersonalInfo] attributes of the chosen suggestions with the PRIV007 code fix's own edit (what Fix All
/// does in the IDE), printing a unified diff per file; a dry run prints the diff and writes nothing.
/// </summary>
public static class SuggestionApplier
{
    /// <returns>The number of files changed (or that would change).</returns>
    public static async Task<int> ApplyAsync(Solution solution, IReadOnlyList<FoundSuggestion> suggestions, RelativePaths paths, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var group in suggestions.GroupBy(suggestion => suggestion.Document).OrderBy(group => group.First().Suggestion.Path, System.StringComparer.Ordinal))
        {
            if (solution.GetDocument(group.Key) is not { FilePath: { } filePath } document)
            {
                continue;
            }

            var before = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var annotated = await AddPersonalInfoCodeFixProvider.AnnotateAsync(document, group.Select(item => item.Diagnostic).ToImmutableArray(), cancellationToken).ConfigureAwait(false);
            var after = await annotated.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var oldText = before.ToString();
            var newText = after.ToString();
            if (oldText == newText)
            {
                continue;
            }

            changed++;
            UnifiedDiff.Write(paths.Of(filePath), oldText, newText, output);
            if (!dryRun)
            {
                File.WriteAllText(filePath, newText, before.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }

        return changed;
    }
}
