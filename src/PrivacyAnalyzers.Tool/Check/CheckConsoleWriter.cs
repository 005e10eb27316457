using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Check;

/// <summary>
/// Writes a check report as lines in the canonical MSBuild error format ("file(line,column): error PRIV300: ..."),
/// which IDEs and CI logs turn into links, followed by a count line. Lists the check's issues, then the analyzers'
/// drift findings (PRIV002, PRIV009) and any other finding configured as an error, as those decide the result too.
/// </summary>
public static class CheckConsoleWriter
{
    public static void Write(CheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);

        foreach (var issue in report.Issues)
        {
            // MSBuild (and VS Code's $msCompile matcher) calls a note "info".
            var level = issue.Level == CheckLevels.Note ? "info" : issue.Level;
            WriteLine(writer, Origin(issue.Location, report.Source), level, issue.RuleId, issue.Message);
        }

        var shown = report.Findings
            .Where(finding => CheckReport.DriftRuleIds.Contains(finding.RuleId) || IsError(finding))
            .ToList();
        foreach (var finding in shown)
        {
            WriteLine(writer, Origin(finding.Location, report.Source), Level(finding), finding.RuleId, finding.Message);
        }

        var errors = report.Issues.Count(issue => issue.Level == CheckLevels.Error) + shown.Count(IsError);
        var warnings = report.Issues.Count(issue => issue.Level == CheckLevels.Warning) + shown.Count(finding => Level(finding) == "warning");
        var notes = report.Issues.Count(issue => issue.Level == CheckLevels.Note) + shown.Count(finding => Level(finding) == "info");
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"Privacy check {(report.Failed ? "failed" : "passed")}: {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(notes, "note")}\n"));
    }

    private static void WriteLine(TextWriter writer, string origin, string level, string ruleId, string message) =>
        writer.Write($"{origin}: {level} {ruleId}: {message}\n");

    // A file with a position, or the checked solution when the issue has no place (MSBuild's "origin : " form).
    private static string Origin(SourceLocation? location, string source) => location is null
        ? source + " "
        : string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})");

    // MSBuild knows error, warning and info; hidden findings are shown as info.
    private static string Level(FindingEntry finding) => finding.Severity.ToLowerInvariant() switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "info",
    };

    private static bool IsError(FindingEntry finding) => Level(finding) == "error";

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
