using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Check;

/// <summary>Values of <see cref="CheckIssue.Level"/>; the names SARIF uses.</summary>
public static class CheckLevels
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Note = "note";
}

/// <summary>One difference between what privacy.json declares and what the code does.</summary>
/// <param name="RuleId">One of <see cref="CheckRules"/>, e.g. "PRIV301".</param>
/// <param name="Level">One of <see cref="CheckLevels"/>.</param>
/// <param name="Message">Names the recipient, category or member, what the policy says and what the code does.</param>
/// <param name="PolicyLocation">The declaration in privacy.json the issue is about, or null.</param>
/// <param name="CodeLocation">The code the issue is about (a flow or a member), or null.</param>
public sealed record CheckIssue(
    string RuleId,
    string Level,
    string Message,
    SourceLocation? PolicyLocation,
    SourceLocation? CodeLocation)
{
    /// <summary>
    /// Where the issue is reported: the policy's declaration when the issue is about a promise the code does not
    /// keep (PRIV300, PRIV301, PRIV303), otherwise the code; the other location, when there is one, is related.
    /// </summary>
    public SourceLocation? Location => IsAboutPolicy ? PolicyLocation ?? CodeLocation : CodeLocation ?? PolicyLocation;

    /// <summary>The location that is not <see cref="Location"/>, or null.</summary>
    public SourceLocation? RelatedLocation => PolicyLocation is null || CodeLocation is null
        ? null
        : IsAboutPolicy ? CodeLocation : PolicyLocation;

    private bool IsAboutPolicy =>
        RuleId is CheckRules.UnusedRecipient or CheckRules.StaleApproval or CheckRules.UnenforcedRetention;
}

/// <summary>The result of comparing a project's privacy.json with its code.</summary>
/// <param name="Source">The solution or project checked (<see cref="DataMap.Source"/>).</param>
/// <param name="Issues">The policy check's issues, in the order of the rules and then of the policy and the code.</param>
/// <param name="Findings">Every finding of the analyzers; the drift among them is <see cref="Drift"/>, the rest is passed through to SARIF.</param>
public sealed record CheckReport(string Source, IReadOnlyList<CheckIssue> Issues, IReadOnlyList<FindingEntry> Findings)
{
    /// <summary>Analyzer rules whose findings are drift between the policy and the code.</summary>
    public static readonly IReadOnlyList<string> DriftRuleIds = ["PRIV002", "PRIV009"];

    /// <summary>The analyzers' findings of sharing the policy does not approve (PRIV002) or allow across borders (PRIV009).</summary>
    public IEnumerable<FindingEntry> Drift => Findings.Where(finding => DriftRuleIds.Contains(finding.RuleId, StringComparer.Ordinal));

    /// <summary>True when an issue is an error or a finding is configured as an error: the check fails (exit code 1).</summary>
    public bool Failed =>
        Issues.Any(issue => issue.Level == CheckLevels.Error)
        || Findings.Any(finding => string.Equals(finding.Severity, "error", StringComparison.OrdinalIgnoreCase));
}
