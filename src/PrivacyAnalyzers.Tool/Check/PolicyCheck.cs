using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Check;

/// <summary>
/// Compares what privacy.json declares (recipients and what they may receive, retention rules) with what the code
/// does (the flows, the [RetainFor] of annotated members), in both directions: promises the code does not keep and
/// code the policy does not declare. Category keys are hierarchical: a key covers itself and its children.
/// </summary>
public static class PolicyCheck
{
    public static CheckReport Run(DataMap map)
    {
        ArgumentNullException.ThrowIfNull(map);

        var issues = new List<CheckIssue>();
        if (map.Policy is null)
        {
            issues.Add(NoPolicy(map));
        }
        else
        {
            var sharing = map.Flows.Where(IsSharing).ToList();
            var retained = RetainedMembers(map).ToList();
            CheckRecipients(map.Policy, sharing, issues);
            CheckSharing(map.Policy, sharing, issues);
            CheckRetention(map.Policy, retained, issues);
        }

        return new CheckReport(map.Source, issues, map.Findings);
    }

    // Only flows to recipients and HTTP hosts share data; logs, exceptions and cookies stay with the service or the user.
    private static bool IsSharing(FlowEntry flow) => flow.Kind is FlowKinds.Recipient or FlowKinds.Http;

    private static CheckIssue NoPolicy(DataMap map)
    {
        var destinations = map.Flows.Where(IsSharing).Select(Destination).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return destinations.Count == 0
            ? new CheckIssue(CheckRules.NoPolicy, CheckLevels.Note,
                "No privacy.json declares what the code may share; the code sends no personal information to recipients",
                null, null)
            : new CheckIssue(CheckRules.NoPolicy, CheckLevels.Error,
                $"No privacy.json declares what the code may share, but the code sends personal information to {string.Join(", ", destinations)}",
                null, null);
    }

    // PRIV300 and PRIV301: what the policy approves for a recipient, the code should send it.
    private static void CheckRecipients(PolicyEntry policy, IReadOnlyList<FlowEntry> sharing, List<CheckIssue> issues)
    {
        var stale = new List<CheckIssue>();
        foreach (var recipient in policy.Recipients)
        {
            if (recipient.Categories.Count == 0 && recipient.Members.Count == 0)
            {
                continue;
            }

            var sent = sharing
                .Where(flow => IsTo(flow, recipient))
                .SelectMany(flow => flow.Data)
                .ToList();
            var unsent = UnsentApprovals.Of(recipient, sent);
            if (unsent.Categories.Count == recipient.Categories.Count && unsent.Members.Count == recipient.Members.Count)
            {
                issues.Add(new CheckIssue(CheckRules.UnusedRecipient, CheckLevels.Error,
                    $"privacy.json declares recipient '{recipient.Name}' for {Approvals(recipient.Categories, recipient.Members)}, but the code sends it none of them",
                    recipient.Location, null));
                continue;
            }

            foreach (var category in unsent.Categories)
            {
                stale.Add(new CheckIssue(CheckRules.StaleApproval, CheckLevels.Error,
                    $"privacy.json approves {category} for '{recipient.Name}', but the code never sends it to '{recipient.Name}'",
                    recipient.Location, null));
            }

            foreach (var member in unsent.Members)
            {
                stale.Add(new CheckIssue(CheckRules.StaleApproval, CheckLevels.Error,
                    $"privacy.json approves member '{member}' for '{recipient.Name}', but the code never sends it to '{recipient.Name}'",
                    recipient.Location, null));
            }
        }

        issues.AddRange(stale);
    }

    // PRIV302: every flow to a recipient or host that the policy does not approve.
    private static void CheckSharing(PolicyEntry policy, IReadOnlyList<FlowEntry> sharing, List<CheckIssue> issues)
    {
        foreach (var flow in sharing.Where(flow => !flow.Approved))
        {
            var recipient = flow.Recipient is null
                ? null
                : policy.Recipients.FirstOrDefault(declared => IsTo(flow, declared));
            var unapproved = recipient is null
                ? flow.Data
                : flow.Data.Where(data => !Approves(recipient, data)).ToList();
            var data = Describe(unapproved.Count > 0 ? unapproved : flow.Data);
            var sentTo = $"{data} sent to {Destination(flow)} by {flow.Method}";

            string message;
            if (flow.Recipient is null)
            {
                message = $"{sentTo}, but no recipient of privacy.json declares that host";
            }
            else if (recipient is null)
            {
                message = $"{sentTo}, but privacy.json declares no recipient '{flow.Recipient}'";
            }
            else if (unapproved.Count > 0)
            {
                message = $"{sentTo}, but privacy.json approves only {Approvals(recipient.Categories, recipient.Members)} for '{recipient.Name}'";
            }
            else if (recipient.Region is not null && !policy.Regions.Contains(recipient.Region, StringComparer.OrdinalIgnoreCase))
            {
                message = $"{sentTo}, which processes it in {recipient.Region}, outside the regions privacy.json allows ({Join(policy.Regions)})";
            }
            else
            {
                message = $"{sentTo}, which privacy.json does not approve";
            }

            issues.Add(new CheckIssue(CheckRules.UndeclaredSharing, CheckLevels.Error, message, recipient?.Location, flow.Location));
        }
    }

    // PRIV303 to PRIV306: the policy's retention rules against the [RetainFor] of the code.
    private static void CheckRetention(PolicyEntry policy, IReadOnlyList<RetainedMember> retained, List<CheckIssue> issues)
    {
        foreach (var rule in policy.Retention)
        {
            if (!retained.Any(member => rule.Categories.Any(category => CategoryRules.Covers(category, member.Category))))
            {
                issues.Add(new CheckIssue(CheckRules.UnenforcedRetention, CheckLevels.Error,
                    $"privacy.json keeps {Join(rule.Categories)} at least {rule.Minimum}{ExpiryClause(rule.OnExpiry)}, but no member of {(rule.Categories.Count == 1 ? "that category" : "those categories")} has a [RetainFor]",
                    rule.Location, null));
            }
        }

        var tooShort = new List<CheckIssue>();
        var uncovered = new List<RetainedMember>();
        var mismatched = new List<CheckIssue>();
        foreach (var member in retained)
        {
            var period = RetentionPeriod.Of(member.Retention);
            var covering = policy.Retention
                .Select(rule => (Rule: rule, Key: MostSpecificCovering(rule.Categories, member.Category)))
                .Where(match => match.Key is not null)
                .ToList();
            if (covering.Count == 0)
            {
                uncovered.Add(member);
                continue;
            }

            // Every minimum that covers the category applies: a minimum is a floor, and floors add up to the highest.
            foreach (var (rule, key) in covering)
            {
                if (RetentionPeriod.Parse(rule.Minimum) is { } minimum && period.IsShorterThan(minimum))
                {
                    tooShort.Add(new CheckIssue(CheckRules.RetentionTooShort, CheckLevels.Error,
                        $"{member.Describe()} is kept {period} by {member.RetentionSource}, but privacy.json keeps {key} at least {rule.Minimum}",
                        rule.Location, member.Location));
                }
            }

            // The action at expiry is the one of the most specific rule that states one, as with approvals.
            var governing = covering
                .Where(match => match.Rule.OnExpiry is not null)
                .OrderByDescending(match => match.Key!.Length)
                .Select(match => (Rule: match.Rule, Key: match.Key!))
                .FirstOrDefault();
            if (governing.Rule is { OnExpiry: { } expected }
                && !string.Equals(expected, member.Retention.OnExpiry, StringComparison.OrdinalIgnoreCase))
            {
                mismatched.Add(new CheckIssue(CheckRules.ExpiryActionMismatch, CheckLevels.Warning,
                    $"{member.Describe()} is {PastTense(member.Retention.OnExpiry)} at expiry by {member.RetentionSource}, but privacy.json says {governing.Key} is {PastTense(expected)}",
                    governing.Rule.Location, member.Location));
            }
        }

        issues.AddRange(tooShort);

        // One note per category, naming every member that keeps it: the policy lacks one rule, not one per member.
        foreach (var category in uncovered.GroupBy(member => member.Category, StringComparer.Ordinal))
        {
            var members = category.Select(member => $"{member.Describe(withCategory: false)} ({member.Period}{(member.Retention.OnExpiry is { } action ? ", " + PastTense(action) + " at expiry" : "")})");
            issues.Add(new CheckIssue(CheckRules.UndeclaredRetention, CheckLevels.Note,
                $"{category.Key} is kept by [RetainFor] on {Join(members)}, but no retention rule of privacy.json covers it",
                null, category.First().Location));
        }

        issues.AddRange(mismatched);
    }

    private static string? MostSpecificCovering(IEnumerable<string> keys, string category) =>
        keys.Where(key => CategoryRules.Covers(key, category)).OrderByDescending(key => key.Length).FirstOrDefault();

    private static bool IsTo(FlowEntry flow, PolicyRecipientEntry recipient) =>
        string.Equals(flow.Recipient, recipient.Name, StringComparison.OrdinalIgnoreCase);

    private static bool Approves(PolicyRecipientEntry recipient, FlowData data) =>
        recipient.Categories.Any(category => CategoryRules.Covers(category, data.Category))
        || recipient.Members.Contains(data.Member, StringComparer.Ordinal);

    private static string Destination(FlowEntry flow) =>
        flow.Recipient is not null ? $"'{flow.Recipient}'" : $"host '{flow.Host ?? flow.Sink}'";

    private static string Describe(IEnumerable<FlowData> data) =>
        string.Join(", ", data.Select(item => $"'{item.Member}' ({item.Category})"));

    private static string Approvals(IReadOnlyList<string> categories, IReadOnlyList<string> members)
    {
        var parts = new List<string>();
        if (categories.Count > 0)
        {
            parts.Add(Join(categories));
        }

        if (members.Count > 0)
        {
            parts.Add((members.Count == 1 ? "member " : "members ") + string.Join(", ", members.Select(member => $"'{member}'")));
        }

        return parts.Count == 0 ? "nothing" : string.Join(" and ", parts);
    }

    private static string Join(IEnumerable<string> values) => string.Join(", ", values);

    private static string ExpiryClause(string? onExpiry) => onExpiry is null ? "" : $" ({PastTense(onExpiry)} at expiry)";

    private static string PastTense(string? onExpiry) => onExpiry?.ToLowerInvariant() switch
    {
        "delete" => "deleted",
        "anonymize" => "anonymized",
        null => "kept",
        var other => other,
    };

    private static IEnumerable<RetainedMember> RetainedMembers(DataMap map)
    {
        foreach (var type in map.Types)
        {
            foreach (var member in type.Members)
            {
                if (member.Retention is { } own)
                {
                    yield return new RetainedMember(type, member, own, "its [RetainFor]");
                }
                else if (type.Retention is { } inherited)
                {
                    yield return new RetainedMember(type, member, inherited, $"the [RetainFor] of '{SimpleName(type.Name)}'");
                }
            }
        }
    }

    // "SimWorks.Cloud.Billing.Order" → "Order", as flows name members ("Order.Amount"); dots in type arguments do not count.
    private static string SimpleName(string typeName)
    {
        var depth = 0;
        for (var i = typeName.Length - 1; i >= 0; i--)
        {
            switch (typeName[i])
            {
                case '>': depth++; break;
                case '<': depth--; break;
                case '.' when depth == 0: return typeName.Substring(i + 1);
            }
        }

        return typeName;
    }

    /// <summary>A personal member with the [RetainFor] that applies to it: its own, or its type's.</summary>
    private sealed record RetainedMember(DataTypeEntry Type, DataMemberEntry Member, RetentionEntry Retention, string RetentionSource)
    {
        public string Category => Member.Category;

        public SourceLocation Location => Member.Location;

        public RetentionPeriod Period => RetentionPeriod.Of(Retention);

        public string Describe(bool withCategory = true)
            => withCategory ? $"'{SimpleName(Type.Name)}.{Member.Name}' ({Member.Category})" : $"'{SimpleName(Type.Name)}.{Member.Name}'";
    }
}
