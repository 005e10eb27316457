using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// The rows the human-readable reports (Markdown and HTML) show, derived once from a <see cref="DataMap"/> so that both
/// formats always agree. Cells that read the same in every format are formatted here; writers only add markup.
/// Every list is sorted with ordinal comparisons so output does not depend on the model's order or the culture.
/// </summary>
public sealed record ReportTables(
    string Source,
    string? PolicyPath,
    ReportSummary Summary,
    IReadOnlyList<InventoryRow> Inventory,
    IReadOnlyList<DisclosureRow> Disclosures,
    IReadOnlyList<RetentionRow> Retention,
    IReadOnlyList<ErasureRow> Erasure,
    IReadOnlyList<OtherFlowRow> OtherFlows,
    IReadOnlyList<FindingRow> Findings)
{
    public static ReportTables From(DataMap map)
    {
        var inventory = InventoryRows(map);
        var disclosures = DisclosureRows(map);
        var otherFlows = OtherFlowRows(map);
        var summary = new ReportSummary(
            Types: map.Types.Count,
            Members: inventory.Count,
            SensitiveMembers: inventory.Count(row => row.Sensitive),
            Flows: map.Flows.Count,
            UnapprovedFlows: map.Flows.Count(flow => !flow.Approved),
            RecipientsSent: disclosures.Count(row => row.Sent),
            RecipientsNotSent: disclosures.Count(row => !row.Sent && row.ApprovesPersonalInformation),
            Findings: map.Findings.Count);
        return new ReportTables(
            map.Source,
            map.Policy?.Path,
            summary,
            inventory,
            disclosures,
            RetentionRows(map),
            ErasureRows(map),
            otherFlows,
            FindingRows(map));
    }

    /// <summary>True for a flow the disclosure table shows: data sent to a named recipient (SDK, [ThirdParty] or known HTTP host).</summary>
    public static bool IsDisclosure(FlowEntry flow) =>
        flow.Recipient is not null && (flow.Kind == FlowKinds.Recipient || flow.Kind == FlowKinds.Http);

    /// <summary>"3 years", "6 months", "1 year 6 months", "10 days"; "0 days" for an empty period.</summary>
    public static string FormatPeriod(int years, int months, int days)
    {
        var parts = new List<string>();
        AddPart(parts, years, "year");
        AddPart(parts, months, "month");
        AddPart(parts, days, "day");
        return parts.Count == 0 ? "0 days" : string.Join(" ", parts);

        static void AddPart(List<string> parts, int count, string unit)
        {
            if (count != 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s"));
            }
        }
    }

    /// <summary>An ISO 8601 period of years, months and days ("P1Y6M") in words, or the text itself when it is not one.</summary>
    public static string FormatIsoPeriod(string period)
    {
        var match = IsoPeriod.Match(period);
        if (!match.Success || period == "P")
        {
            return period;
        }

        return FormatPeriod(Part(match.Groups["years"]), Part(match.Groups["months"]), Part(match.Groups["days"]));

        static int Part(Group group) =>
            group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>"Accounts/Customer.cs:14".</summary>
    public static string FormatLocation(SourceLocation location) =>
        location.Path + ":" + location.Line.ToString(CultureInfo.InvariantCulture);

    private static readonly Regex IsoPeriod = new(
        @"^P(?:(?<years>\d{1,6})Y)?(?:(?<months>\d{1,6})M)?(?:(?<days>\d{1,6})D)?$",
        RegexOptions.CultureInvariant);

    private static List<InventoryRow> InventoryRows(DataMap map) =>
        map.Types
            .SelectMany(type => type.Members.Select(member => (type, member)))
            .OrderBy(pair => pair.type.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.member.Location, LocationOrder.Instance)
            .ThenBy(pair => pair.member.Name, StringComparer.Ordinal)
            .Select(pair => new InventoryRow(
                pair.type.Name,
                pair.member.Name,
                pair.member.Type,
                pair.member.Category,
                pair.member.Sensitive,
                Sorted(pair.member.Purposes),
                pair.member.Mask,
                pair.member.Anonymization,
                InventoryRetention(pair.member.Retention, pair.type.Retention),
                FormatLocation(pair.member.Location)))
            .ToList();

    private static string? InventoryRetention(RetentionEntry? own, RetentionEntry? ofType)
    {
        var retention = own ?? ofType;
        if (retention is null)
        {
            return null;
        }

        return FormatPeriod(retention.Years, retention.Months, retention.Days) + ", then " + retention.OnExpiry
            + (own is null ? " (type)" : " (member)");
    }

    private static List<DisclosureRow> DisclosureRows(DataMap map)
    {
        var declared = map.Policy?.Recipients ?? [];
        var flowsByRecipient = map.Flows
            .Where(IsDisclosure)
            .GroupBy(flow => flow.Recipient!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var names = declared.Select(recipient => recipient.Name).Concat(flowsByRecipient.Keys).Distinct(StringComparer.Ordinal);

        var rows = new List<DisclosureRow>();
        foreach (var name in names)
        {
            var policy = declared.FirstOrDefault(recipient => recipient.Name == name);
            var flows = flowsByRecipient.TryGetValue(name, out var sent) ? sent : [];
            var data = flows.SelectMany(flow => flow.Data).ToList();
            var categories = data
                .GroupBy(item => item.Category, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new DisclosedCategory(group.Key, Sorted(group.Select(item => item.Member))))
                .ToList();

            var codePurposes = Sorted(flows.SelectMany(flow => flow.Purposes));
            var purposesFromPolicy = codePurposes.Count == 0 && policy is not null && policy.Purposes.Count != 0;
            var purposeIds = purposesFromPolicy ? Sorted(policy!.Purposes) : codePurposes;
            var purposes = purposeIds
                .Select(id => new PurposeItem(id, map.Policy?.Purposes.FirstOrDefault(purpose => purpose.Id == id)?.Description))
                .ToList();

            rows.Add(new DisclosureRow(
                name,
                policy?.Description,
                Declared: policy is not null,
                Sent: flows.Count != 0,
                Approved: flows.Count != 0 && flows.All(flow => flow.Approved),
                categories,
                purposes,
                purposesFromPolicy,
                policy is null ? [] : DeclaredNotSent(policy, data),
                flows.Count,
                ApprovesPersonalInformation: policy is null || ApprovesAny(policy)));
        }

        return rows
            .OrderBy(row => row.Recipient, StringComparer.OrdinalIgnoreCase)
            .ThenBy(row => row.Recipient, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when the policy approves some personal information for the recipient; one that receives only de-identified data approves none.</summary>
    internal static bool ApprovesAny(PolicyRecipientEntry recipient) => recipient.Categories.Count != 0 || recipient.Members.Count != 0;

    private static List<string> DeclaredNotSent(PolicyRecipientEntry policy, List<FlowData> data)
    {
        var unsent = UnsentApprovals.Of(policy, data);
        return Sorted(unsent.Categories.Concat(unsent.Members));
    }

    private static List<RetentionRow> RetentionRows(DataMap map)
    {
        var rules = map.Policy?.Retention ?? [];
        var rows = new List<RetentionRow>();
        foreach (var type in map.Types)
        {
            foreach (var member in type.Members)
            {
                var retention = member.Retention ?? type.Retention;
                if (retention is null)
                {
                    continue;
                }

                var where = member.Retention is null ? type.Name + " (type)" : type.Name + "." + member.Name + " (member)";
                var rule = rules.FirstOrDefault(candidate => candidate.Categories.Any(key => CategoryRules.Covers(key, member.Category)));
                rows.Add(new RetentionRow(
                    member.Category,
                    FormatPeriod(retention.Years, retention.Months, retention.Days),
                    retention.From,
                    retention.Basis,
                    retention.OnExpiry,
                    where,
                    rule is null ? null : FormatIsoPeriod(rule.Minimum),
                    rule?.OnExpiry));
            }
        }

        // Members of one type that share a category and the type's retention make one row.
        return rows
            .Distinct()
            .OrderBy(row => row.Category, StringComparer.Ordinal)
            .ThenBy(row => row.Where, StringComparer.Ordinal)
            .ThenBy(row => row.Period, StringComparer.Ordinal)
            .ToList();
    }

    private static List<ErasureRow> ErasureRows(DataMap map) =>
        map.Types
            .Where(type => type.Erasure is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => new ErasureRow(
                type.Name,
                type.Retention is not { } period ? null
                    : FormatPeriod(period.Years, period.Months, period.Days) + (period.From is null ? "" : " from " + period.From) + ", then " + period.OnExpiry,
                type.Erasure!))
            .ToList();

    private static List<OtherFlowRow> OtherFlowRows(DataMap map) =>
        map.Flows
            .Where(flow => !IsDisclosure(flow))
            .OrderBy(flow => flow.Kind, StringComparer.Ordinal)
            .ThenBy(flow => flow.Sink, StringComparer.Ordinal)
            .ThenBy(flow => flow.Host ?? "", StringComparer.Ordinal)
            .ThenBy(flow => flow.Location, LocationOrder.Instance)
            .ThenBy(flow => flow.Method, StringComparer.Ordinal)
            .Select(flow => new OtherFlowRow(
                flow.Kind,
                flow.Sink,
                flow.Host,
                flow.Data
                    .OrderBy(item => item.Member, StringComparer.Ordinal)
                    .ThenBy(item => item.Category, StringComparer.Ordinal)
                    .ToList(),
                flow.Method,
                FormatLocation(flow.Location),
                flow.Approved))
            .ToList();

    private static List<FindingRow> FindingRows(DataMap map) =>
        map.Findings
            .OrderBy(finding => SeverityRank(finding.Severity))
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.Location, LocationOrder.Instance)
            .ThenBy(finding => finding.Message, StringComparer.Ordinal)
            .Select(finding => new FindingRow(
                finding.RuleId,
                finding.Severity,
                finding.Message,
                finding.Location is null ? null : FormatLocation(finding.Location),
                IsWebAddress(finding.HelpUri) ? finding.HelpUri : null))
            .ToList();

    private static int SeverityRank(string severity) => severity switch
    {
        "error" => 0,
        "warning" => 1,
        "info" => 2,
        "hidden" => 3,
        _ => 4,
    };

    // Only http(s) addresses become links: a report must never carry a javascript: or file: link from a model value.
    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static List<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).OrderBy(value => value, StringComparer.Ordinal).ToList();

    private sealed class LocationOrder : IComparer<SourceLocation?>
    {
        public static readonly LocationOrder Instance = new();

        public int Compare(SourceLocation? x, SourceLocation? y)
        {
            if (x is null || y is null)
            {
                return (x is null).CompareTo(y is null);
            }

            var byPath = string.CompareOrdinal(x.Path, y.Path);
            if (byPath != 0)
            {
                return byPath;
            }

            return x.Line != y.Line ? x.Line.CompareTo(y.Line) : x.Column.CompareTo(y.Column);
        }
    }
}

/// <param name="Members">Personal members of all types.</param>
/// <param name="RecipientsSent">Recipients the code sends personal information to.</param>
/// <param name="RecipientsNotSent">Recipients the policy approves personal information for that the code never sends to.</param>
public sealed record ReportSummary(
    int Types,
    int Members,
    int SensitiveMembers,
    int Flows,
    int UnapprovedFlows,
    int RecipientsSent,
    int RecipientsNotSent,
    int Findings);

/// <summary>One personal member of a type.</summary>
/// <param name="Retention">Formatted retention, e.g. "3 years, then anonymize (type)", or null when none applies.</param>
/// <param name="Location">"path:line" of the member.</param>
public sealed record InventoryRow(
    string Type,
    string Member,
    string MemberType,
    string Category,
    bool Sensitive,
    IReadOnlyList<string> Purposes,
    string? Mask,
    string? Anonymization,
    string? Retention,
    string Location);

/// <summary>One recipient of personal information, in the shape of a privacy policy's third-party sharing table.</summary>
/// <param name="Description">The policy's description of the recipient, or null when the policy does not declare it.</param>
/// <param name="Declared">The policy declares the recipient.</param>
/// <param name="Sent">The code sends personal information to the recipient; false for a declared recipient the code never sends to.</param>
/// <param name="Approved">Every flow to the recipient is approved by the policy (false when nothing is sent).</param>
/// <param name="Data">The categories the code sends, each with the members that carry it.</param>
/// <param name="Purposes">The [Purpose]s of the sending code, or the policy's purposes for the recipient when <paramref name="PurposesFromPolicy"/>.</param>
/// <param name="PurposesFromPolicy">The sending code declares no purpose, so <paramref name="Purposes"/> come from the policy.</param>
/// <param name="DeclaredNotSent">Categories and members the policy declares for the recipient that the code never sends to it.</param>
/// <param name="FlowCount">Number of places in the code that send to the recipient.</param>
/// <param name="ApprovesPersonalInformation">The policy approves some personal information for the recipient (or does not declare it); false for one that may receive only de-identified data, so that not sending to it is no stale promise.</param>
public sealed record DisclosureRow(
    string Recipient,
    string? Description,
    bool Declared,
    bool Sent,
    bool Approved,
    IReadOnlyList<DisclosedCategory> Data,
    IReadOnlyList<PurposeItem> Purposes,
    bool PurposesFromPolicy,
    IReadOnlyList<string> DeclaredNotSent,
    int FlowCount,
    bool ApprovesPersonalInformation = true);

/// <param name="Members">Type-qualified members, e.g. "Order.Amount".</param>
public sealed record DisclosedCategory(string Category, IReadOnlyList<string> Members);

/// <param name="Description">The policy's description of the purpose, or null.</param>
public sealed record PurposeItem(string Id, string? Description);

/// <summary>The retention a category has in one place of the code.</summary>
/// <param name="Period">"3 years", "6 months", "1 year 6 months".</param>
/// <param name="From">The member the period starts from, or null.</param>
/// <param name="Where">"Namespace.Type (type)" for a type's [RetainFor], "Namespace.Type.Member (member)" for a member's own.</param>
/// <param name="PolicyMinimum">The policy's minimum for the category in words, or null when no retention rule of the policy covers it.</param>
/// <param name="PolicyOnExpiry">What the policy's rule does on expiry, or null.</param>
public sealed record RetentionRow(
    string Category,
    string Period,
    string? From,
    string? Basis,
    string OnExpiry,
    string Where,
    string? PolicyMinimum,
    string? PolicyOnExpiry);

/// <summary>An EF Core entity and how a data subject's erasure and export reach it.</summary>
/// <param name="Entity">The entity's qualified type name.</param>
/// <param name="Retention">The entity's retention, e.g. "6 months from SentAt, then delete", or null when it has none.</param>
/// <param name="Erasure">How erasure and export reach the entity, e.g. "[DataSubjectId] Id" or "through Account".</param>
public sealed record ErasureRow(string Entity, string? Retention, string Erasure);

/// <summary>A flow to a log, exception, cookie or HTTP host that is no known recipient.</summary>
public sealed record OtherFlowRow(
    string Kind,
    string Sink,
    string? Host,
    IReadOnlyList<FlowData> Data,
    string Method,
    string Location,
    bool Approved);

/// <param name="Location">"path:line", or null for a finding without a place.</param>
/// <param name="HelpUri">The rule's documentation when it is an http(s) address, else null.</param>
public sealed record FindingRow(string RuleId, string Severity, string Message, string? Location, string? HelpUri);
