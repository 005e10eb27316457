using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Baseline;
using PrivacyAnalyzers.Tool.Analysis;

namespace PrivacyAnalyzers.Tool.Baseline;

/// <summary>What rewriting a project's baseline did: findings recorded, and entries of the old file no longer found.</summary>
public sealed record BaselineUpdate(string File, int Findings, int Entries, int Dropped);

/// <summary>
/// A project's <c>privacy-baseline.json</c>, next to its project file: written by <c>privacy baseline</c> from the
/// current findings, read by the build's <see cref="BaselineSuppressor"/> and by <c>privacy check</c> for the stale count.
/// </summary>
public static class ProjectBaseline
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathOf(ProjectResult project) => Path.Combine(Path.GetDirectoryName(project.ProjectFile!)!, BaselineFingerprint.FileName);

    /// <summary>Writes the baseline of <paramref name="project"/>'s current findings, replacing the old one.</summary>
    public static BaselineUpdate Write(ProjectResult project)
    {
        var file = PathOf(project);
        var dropped = Stale(project);
        var entries = (project.Fingerprints ?? Array.Empty<RecordedFinding>())
            .GroupBy(finding => finding.Entry)
            .Select(group => new
            {
                rule = group.Key.Rule,
                member = group.Key.Member,
                message = group.Key.Message,
                count = group.Count(),
                path = group.Select(finding => finding.Path).Min(StringComparer.Ordinal),
            })
            .OrderBy(entry => entry.path, StringComparer.Ordinal)
            .ThenBy(entry => entry.rule, StringComparer.Ordinal)
            .ThenBy(entry => entry.member, StringComparer.Ordinal)
            .ThenBy(entry => entry.message, StringComparer.Ordinal)
            .ToList();
        var text = JsonSerializer.Serialize(new { version = 1, findings = entries }, Json).Replace("\r\n", "\n") + "\n";
        File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new BaselineUpdate(file, entries.Sum(entry => entry.count), entries.Count, dropped);
    }

    /// <summary>
    /// The number of recorded findings the code no longer has (fixed, or changed so that the fingerprint differs);
    /// <c>null</c> when the project has no baseline.
    /// </summary>
    public static int? StaleCount(ProjectResult project) => File.Exists(PathOf(project)) ? Stale(project) : null;

    private static int Stale(ProjectResult project)
    {
        var file = PathOf(project);
        if (!File.Exists(file))
        {
            return 0;
        }

        var current = (project.Fingerprints ?? Array.Empty<RecordedFinding>())
            .GroupBy(finding => finding.Entry)
            .ToDictionary(group => group.Key, group => group.Count());
        return BaselineFile.Read(SourceText.From(File.ReadAllText(file)))
            .Sum(recorded => Math.Max(0, recorded.Value - (current.TryGetValue(recorded.Key, out var count) ? count : 0)));
    }
}
