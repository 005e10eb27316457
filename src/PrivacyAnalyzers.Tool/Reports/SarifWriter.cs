using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Tool.Check;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// Writes a check report as SARIF 2.1.0 (one run of the tool "privacy"): the check's issues, then every finding of
/// the analyzers. Paths stay relative to the checked solution's directory under the base id %SRCROOT%, which code
/// scanning services resolve to the repository checkout. Deterministic: no time, no machine path; "\n" line endings
/// and a final newline.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string SourceRootId = "%SRCROOT%";

    private const string InformationUri = "https://github.com/privacy-analyzers/PrivacyAnalyzers";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The titles of the analyzers' rules, read from the analyzers the tool runs.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> AnalyzerTitles = new(ReadAnalyzerTitles);

    public static void Write(CheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);

        var results = report.Issues.Select(FromIssue).Concat(report.Findings.Select(FromFinding)).ToList();
        var rules = results
            .GroupBy(result => result.RuleId, StringComparer.Ordinal)
            .Select(group => Describe(group.Key, group.First().HelpUri))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "privacy");
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                WriteMessage(json, "shortDescription", rule.Title);
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            WriteMessage(json, "description", $"The directory of {report.Source}");
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result, ruleIndex[result.RuleId], report.Source);
            }

            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static void WriteResult(Utf8JsonWriter json, Result result, int ruleIndex, string source)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", result.Level);
        WriteMessage(json, "message", result.Message);

        // Code scanning services need a place for every result: one without a position points at the solution.
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, result.Location, source);
        json.WriteEndObject();
        json.WriteEndArray();

        if (result.Related is { } related)
        {
            json.WriteStartArray("relatedLocations");
            json.WriteStartObject();
            json.WriteNumber("id", 1);
            WritePhysicalLocation(json, related.Location, source);
            WriteMessage(json, "message", related.Description);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation? location, string source)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(location?.Path ?? source));
        json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
        if (location is not null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, location.Line));
            json.WriteNumber("startColumn", Math.Max(1, location.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    // A relative URI reference: each segment escaped, so spaces and '#' in file names stay part of the path.
    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(segment => segment is "." or ".." ? segment : Uri.EscapeDataString(segment)));

    private static Result FromIssue(CheckIssue issue) => new(
        issue.RuleId,
        issue.Level,
        issue.Message,
        issue.Location,
        issue.RelatedLocation is { } related
            ? new RelatedLocation(related, related == issue.PolicyLocation ? "The declaration in privacy.json" : "The code")
            : null,
        CheckRules.HelpUri(issue.RuleId));

    private static Result FromFinding(FindingEntry finding) => new(
        finding.RuleId,
        finding.Severity.ToLowerInvariant() switch
        {
            "error" => "error",
            "warning" => "warning",
            "info" => "note",
            _ => "none",
        },
        finding.Message,
        finding.Location,
        null,
        finding.HelpUri);

    private static Rule Describe(string ruleId, string helpUri) => new(
        ruleId,
        CheckRules.Title(ruleId) ?? AnalyzerTitles.Value.GetValueOrDefault(ruleId) ?? ruleId,
        helpUri);

    private static IReadOnlyDictionary<string, string> ReadAnalyzerTitles()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var analyzers = typeof(PolicyFiles).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);
        foreach (var descriptor in analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics))
        {
            titles.TryAdd(descriptor.Id, descriptor.Title.ToString(CultureInfo.InvariantCulture));
        }

        return titles;
    }

    private sealed record Result(string RuleId, string Level, string Message, SourceLocation? Location, RelatedLocation? Related, string HelpUri);

    private sealed record RelatedLocation(SourceLocation Location, string Description);

    private sealed record Rule(string Id, string Title, string HelpUri);
}
