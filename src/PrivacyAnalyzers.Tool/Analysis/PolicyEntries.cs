using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeModel.Policy;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>The declarations of a privacy policy file as the data map shows them, each with its place in the file.</summary>
internal static class PolicyEntries
{
    public static PolicyEntry Read(PrivacyPolicy policy, string path)
    {
        SourceLocation At(LinePositionSpan span) => new(path, span.Start.Line + 1, span.Start.Character + 1);
        static List<string> Values(IEnumerable<PolicyText> texts) => texts.Select(text => text.Value).ToList();

        return new PolicyEntry(
            path,
            policy.Purposes.Select(purpose => new PolicyPurposeEntry(purpose.Id.Value, purpose.Description)).ToList(),
            policy.Recipients.Select(recipient => new PolicyRecipientEntry(
                recipient.Name.Value,
                recipient.Description,
                Values(recipient.Purposes),
                Values(recipient.Categories),
                Values(recipient.Members),
                Values(recipient.HttpHosts),
                recipient.Region?.Value,
                At(recipient.Name.LineSpan))).ToList(),
            Values(policy.Regions),
            Values(policy.CookieCategories),
            policy.Retention.Select(rule => new PolicyRetentionEntry(
                Values(rule.Categories),
                rule.Minimum.Text.Value,
                rule.Basis,
                rule.OnExpiry?.ToString().ToLowerInvariant(),
                At(rule.LineSpan))).ToList());
    }
}
