using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Tool.Model;

/// <summary>
/// What privacy.json approves for a recipient that the code never sends it: the check's stale promises and the
/// report's "declared, not sent", computed once. An approved key counts as sent when the code sends it or one of its
/// children; an approved member when the code sends that member.
/// </summary>
public sealed record UnsentApprovals(IReadOnlyList<string> Categories, IReadOnlyList<string> Members)
{
    public static UnsentApprovals Of(PolicyRecipientEntry recipient, IReadOnlyCollection<FlowData> sent) => new(
        recipient.Categories.Where(approved => !sent.Any(data => CategoryRules.Covers(approved, data.Category))).ToList(),
        recipient.Members.Where(approved => !sent.Any(data => string.Equals(approved, data.Member, StringComparison.Ordinal))).ToList());
}
