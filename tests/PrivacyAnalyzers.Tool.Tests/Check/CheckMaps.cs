using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Tests.Check;

/// <summary>Variations of the SimWorks map for the policy check: one changed recipient, flow, retention or finding at a time.</summary>
internal static class CheckMaps
{
    public static SourceLocation At(string path, int line, int column = 5) => new(path, line, column);

    public static PolicyRecipientEntry Recipient(
        string name,
        IReadOnlyList<string> categories,
        IReadOnlyList<string>? members = null,
        string? region = "CN",
        int line = 50) =>
        new(name, null, [], categories, members ?? [], [], region, At("privacy.json", line, 7));

    public static FlowEntry Flow(string kind, string? recipient, bool approved, params FlowData[] data) =>
        new(kind, "Partner.SendAsync", recipient, kind == FlowKinds.Http ? "api.partner.example" : null, data, [],
            approved, "SimWorks.Cloud.Partners.Sync.RunAsync()", "SimWorks.Cloud", At("Partners/Sync.cs", 40, 13));

    public static FlowData Data(string member, string category) => new(member, category);

    public static PolicyRetentionEntry RetentionRule(IReadOnlyList<string> categories, string minimum, string? onExpiry, int line = 72) =>
        new(categories, minimum, null, onExpiry, At("privacy.json", line, 7));

    public static DataMap WithRecipients(this DataMap map, params PolicyRecipientEntry[] recipients) =>
        map with { Policy = map.Policy! with { Recipients = recipients } };

    public static DataMap AddRecipient(this DataMap map, PolicyRecipientEntry recipient) =>
        map with { Policy = map.Policy! with { Recipients = [.. map.Policy!.Recipients, recipient] } };

    public static DataMap AddFlow(this DataMap map, FlowEntry flow) => map with { Flows = [.. map.Flows, flow] };

    public static DataMap WithRetentionRules(this DataMap map, params PolicyRetentionEntry[] rules) =>
        map with { Policy = map.Policy! with { Retention = rules } };

    public static DataMap WithFindings(this DataMap map, params FindingEntry[] findings) => map with { Findings = findings };

    /// <summary>The map with the [RetainFor] of the type named <paramref name="typeName"/> (simple name) replaced.</summary>
    public static DataMap WithTypeRetention(this DataMap map, string typeName, RetentionEntry? retention) => map with
    {
        Types = map.Types.Select(type => type.Name.EndsWith("." + typeName) ? type with { Retention = retention } : type).ToList(),
    };

    /// <summary>The map with the own [RetainFor] of <paramref name="memberName"/> of the type <paramref name="typeName"/> replaced.</summary>
    public static DataMap WithMemberRetention(this DataMap map, string typeName, string memberName, RetentionEntry? retention) => map with
    {
        Types = map.Types.Select(type => type.Name.EndsWith("." + typeName)
            ? type with { Members = type.Members.Select(member => member.Name == memberName ? member with { Retention = retention } : member).ToList() }
            : type).ToList(),
    };

    public static FindingEntry Finding(string ruleId, string severity, SourceLocation? location = null) =>
        new(ruleId, severity, $"{ruleId} message", "SimWorks.Cloud", location ?? At("Billing/CheckoutService.cs", 31, 40),
            $"https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/{ruleId}.md");
}
