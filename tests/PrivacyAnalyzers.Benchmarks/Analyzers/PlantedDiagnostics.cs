using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// What the analyzers report on the synthetic solution, against what the solution plants for the policy rules: a
/// benchmark whose rules find nothing to check would measure rules that did no work.
/// </summary>
public static class PlantedDiagnostics
{
    /// <summary>The diagnostics' counts by id, e.g. "PRIV001 x20, PRIV002 x100".</summary>
    public static string Summary(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));

    /// <summary>
    /// One line per policy rule: the count found and the count planted, and whether they agree; a line for analyzer
    /// exceptions if there were any.
    /// </summary>
    public static PolicyCheck CheckPolicyRules(IEnumerable<Diagnostic> diagnostics, int moduleCount)
    {
        var found = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lines = new List<string>();
        var wrong = new List<string>();
        foreach (var (id, expected) in SyntheticSolution.ExpectedPolicyDiagnostics(moduleCount).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var count = found.GetValueOrDefault(id);
            var line = $"{id}: {count} found, {expected} planted";
            lines.Add(count == expected ? line : line + "  <-- differs");
            if (count != expected)
            {
                wrong.Add(line);
            }
        }

        // An analyzer that threw is reported as AD0001 and would make the run look cheaper.
        if (found.GetValueOrDefault("AD0001") is var crashes and > 0)
        {
            var line = $"AD0001: {crashes} analyzer exceptions";
            lines.Add(line + "  <-- differs");
            wrong.Add(line);
        }

        return new PolicyCheck(lines, wrong);
    }
}

/// <summary>The report of <see cref="PlantedDiagnostics.CheckPolicyRules"/>; <see cref="Mismatches"/> is empty when all agree.</summary>
public sealed record PolicyCheck(IReadOnlyList<string> Lines, IReadOnlyList<string> Mismatches);
