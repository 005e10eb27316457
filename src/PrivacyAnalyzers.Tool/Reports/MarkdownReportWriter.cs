using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>The data map as GitHub-flavoured Markdown: a summary line, then the tables of <see cref="ReportTables"/>.</summary>
public static class MarkdownReportWriter
{
    public static void Write(DataMap map, TextWriter writer)
    {
        var tables = ReportTables.From(map);
        var output = new StringBuilder();
        output.Append("# Privacy data map: ").Append(Text(tables.Source)).Append("\n\n");
        output.Append(SummaryLine(tables)).Append("\n");

        Section(output, "Personal information inventory", tables.Inventory.Count == 0 ? null : InventoryTable(tables.Inventory));
        Section(output, "Third-party disclosure", tables.Disclosures.Count == 0 ? null : DisclosureTable(tables.Disclosures));
        Section(output, "Retention", tables.Retention.Count == 0 ? null : RetentionTable(tables.Retention));
        if (tables.Erasure.Count != 0)
        {
            Section(output, "Erasure and export", ErasureTable(tables.Erasure));
        }

        Section(output, "Other flows", tables.OtherFlows.Count == 0 ? null : OtherFlowTable(tables.OtherFlows));
        Section(output, "Open findings", tables.Findings.Count == 0 ? null : FindingTable(tables.Findings));

        writer.Write(output.ToString());
    }

    private static string SummaryLine(ReportTables tables)
    {
        var summary = tables.Summary;
        var parts = new List<string>
        {
            tables.PolicyPath is null ? "No privacy policy" : "Policy: " + Code(tables.PolicyPath),
            Count(summary.Types, "type"),
            Count(summary.Members, "personal member") + " (" + Number(summary.SensitiveMembers) + " sensitive)",
            Count(summary.Flows, "flow") + " (" + Number(summary.UnapprovedFlows) + " not approved)",
            Count(summary.RecipientsSent, "recipient") + " (" + Number(summary.RecipientsNotSent) + " declared but not sent)",
            Count(summary.Findings, "open finding"),
        };
        return string.Join(" · ", parts);
    }

    private static void Section(StringBuilder output, string heading, string? table)
    {
        output.Append("\n## ").Append(heading).Append("\n\n");
        output.Append(table ?? "None.\n");
    }

    private static string InventoryTable(IReadOnlyList<InventoryRow> rows)
    {
        var table = new Table("Type", "Member", "Category", "Sensitive", "Purposes", "Mask", "Anonymization", "Retention", "Location");
        foreach (var row in rows)
        {
            table.Add(
                Code(row.Type),
                Text(row.Member) + ": " + Code(row.MemberType),
                Code(row.Category),
                row.Sensitive ? "**yes**" : "no",
                string.Join(", ", row.Purposes.Select(Text)),
                Text(row.Mask ?? ""),
                Text(row.Anonymization ?? ""),
                Text(row.Retention ?? ""),
                Text(row.Location));
        }

        return table.ToString();
    }

    private static string DisclosureTable(IReadOnlyList<DisclosureRow> rows)
    {
        var table = new Table("Recipient", "Personal information", "Purpose", "Approved");
        foreach (var row in rows)
        {
            var recipient = "**" + Text(row.Recipient) + "**" + (row.Description is null ? "" : "<br>" + Text(row.Description));

            var information = new List<string>();
            if (!row.Sent)
            {
                information.Add(row.ApprovesPersonalInformation ? "**not sent**" : "none: the policy approves no personal information");
            }

            information.AddRange(row.Data.Select(item => Code(item.Category) + ": " + string.Join(", ", item.Members.Select(Text))));
            if (row.DeclaredNotSent.Count != 0)
            {
                information.Add("declared, not sent: " + string.Join(", ", row.DeclaredNotSent.Select(Code)));
            }

            var purposes = string.Join("<br>", row.Purposes.Select(purpose =>
                Code(purpose.Id) + (purpose.Description is null ? "" : ": " + Text(purpose.Description))));
            if (row.Purposes.Count == 0)
            {
                purposes = "none declared";
            }
            else if (row.PurposesFromPolicy)
            {
                purposes += "<br>*(from the policy: the code declares none)*";
            }

            var approved = !row.Sent ? "—"
                : row.Approved ? "yes"
                : row.Declared ? "**no**" : "**no** (not in the policy)";
            table.Add(recipient, string.Join("<br>", information), purposes, approved);
        }

        return table.ToString();
    }

    private static string RetentionTable(IReadOnlyList<RetentionRow> rows)
    {
        var table = new Table("Category", "Period", "From", "Basis", "On expiry", "Where", "Policy minimum");
        foreach (var row in rows)
        {
            table.Add(
                Code(row.Category),
                Text(row.Period),
                row.From is null ? "" : Code(row.From),
                Text(row.Basis ?? ""),
                Text(row.OnExpiry),
                Text(row.Where),
                row.PolicyMinimum is null ? "" : Text(row.PolicyMinimum + (row.PolicyOnExpiry is null ? "" : ", then " + row.PolicyOnExpiry)));
        }

        return table.ToString();
    }

    /// <summary>Per EF Core entity: its retention and how a data subject's erasure and export reach it.</summary>
    private static string ErasureTable(IReadOnlyList<ErasureRow> rows)
    {
        var table = new Table("Entity", "Retention", "Erasure and export");
        foreach (var row in rows)
        {
            table.Add(Code(row.Entity), Text(row.Retention ?? "—"), Text(row.Erasure));
        }

        return table.ToString();
    }

    private static string OtherFlowTable(IReadOnlyList<OtherFlowRow> rows)
    {
        var table = new Table("Kind", "Sink", "Data", "Method", "Location", "Approved");
        foreach (var row in rows)
        {
            table.Add(
                Text(row.Kind),
                Code(row.Sink) + (row.Host is null ? "" : " → " + Code(row.Host)),
                string.Join("<br>", row.Data.Select(item => Text(item.Member) + " (" + Code(item.Category) + ")")),
                Code(row.Method),
                Text(row.Location),
                row.Approved ? "yes" : "**no**");
        }

        return table.ToString();
    }

    private static string FindingTable(IReadOnlyList<FindingRow> rows)
    {
        var table = new Table("Rule", "Severity", "Message", "Location");
        foreach (var row in rows)
        {
            var rule = row.HelpUri is not null && row.HelpUri.IndexOfAny(UnsafeInLinks) < 0
                ? "[" + Text(row.RuleId) + "](" + row.HelpUri + ")"
                : Text(row.RuleId);
            table.Add(rule, Text(row.Severity), Text(row.Message), Text(row.Location ?? ""));
        }

        return table.ToString();
    }

    private static readonly char[] UnsafeInLinks = [' ', '(', ')', '<', '>', '|', '\\', '\n', '\r'];

    private static string Count(int count, string noun) => Number(count) + " " + noun + (count == 1 ? "" : "s");

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Plain text in a table cell: Markdown punctuation is backslash-escaped and line breaks become &lt;br&gt;.</summary>
    internal static string Text(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append("<br>");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A code span; text that a code span cannot hold safely (backticks, line breaks) falls back to plain text.</summary>
    internal static string Code(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        if (text.IndexOfAny(['`', '\n', '\r']) >= 0)
        {
            return Text(text);
        }

        // GFM splits table cells on '|' before it parses code spans, so the pipe is escaped even inside one.
        return "`" + text.Replace("|", "\\|") + "`";
    }

    private sealed class Table(params string[] headers)
    {
        private readonly List<string[]> rows = [];

        public void Add(params string[] cells) => rows.Add(cells);

        public override string ToString()
        {
            var builder = new StringBuilder();
            builder.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
            builder.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).Append('\n');
            foreach (var row in rows)
            {
                builder.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            }

            return builder.ToString();
        }
    }
}
