using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// The data map as one self-contained HTML page: inline CSS, an inline SVG flow diagram and the tables of
/// <see cref="ReportTables"/>. It loads nothing (no script, font or image) and its Content-Security-Policy forbids it,
/// so it opens offline and can be attached to a review as is.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Write(DataMap map, TextWriter writer)
    {
        var tables = ReportTables.From(map);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>Privacy data map: ").Append(E(tables.Source)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>Privacy data map <span class=\"source\">").Append(E(tables.Source)).Append("</span></h1>\n")
            .Append("<p class=\"muted\">")
            .Append(tables.PolicyPath is null ? "No privacy policy (privacy.json) found." : "Policy: <code>" + E(tables.PolicyPath) + "</code>")
            .Append("</p>\n");
        Summary(html, tables.Summary);
        html.Append("<nav><a href=\"#flows\">Flows</a><a href=\"#inventory\">Inventory</a><a href=\"#disclosure\">Third-party disclosure</a>")
            .Append("<a href=\"#retention\">Retention</a>")
            .Append(tables.Erasure.Count == 0 ? "" : "<a href=\"#erasure\">Erasure and export</a>")
            .Append("<a href=\"#other-flows\">Other flows</a><a href=\"#findings\">Open findings</a></nav>\n")
            .Append("</header>\n");

        html.Append("<section id=\"flows\">\n<h2>Flows</h2>\n");
        var diagram = SvgFlowDiagram.Render(map);
        html.Append(diagram is null
            ? "<p class=\"empty\">No personal information and no flows.</p>\n"
            : "<figure class=\"diagram\">\n" + diagram + "\n</figure>\n");
        html.Append("</section>\n");

        Section(html, "inventory", "Personal information inventory", tables.Inventory.Count == 0 ? null : InventoryTable(tables.Inventory));
        Section(html, "disclosure", "Third-party disclosure", tables.Disclosures.Count == 0 ? null : DisclosureTable(tables.Disclosures));
        Section(html, "retention", "Retention", tables.Retention.Count == 0 ? null : RetentionTable(tables.Retention));
        if (tables.Erasure.Count != 0)
        {
            // Only projects with EF Core entities have this section, as in the Markdown report.
            Section(html, "erasure", "Erasure and export", ErasureTable(tables.Erasure));
        }

        Section(html, "other-flows", "Other flows", tables.OtherFlows.Count == 0 ? null : OtherFlowTable(tables.OtherFlows));
        Section(html, "findings", "Open findings", tables.Findings.Count == 0 ? null : FindingTable(tables.Findings));

        html.Append("<footer>Made by <code>privacy report</code> of PrivacyAnalyzers from the code's [PersonalInfo] attributes and flow analysis.</footer>\n")
            .Append("</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void Summary(StringBuilder html, ReportSummary summary)
    {
        html.Append("<ul class=\"summary\">\n");
        Card(html, summary.Types, "types", warn: false);
        Card(html, summary.Members, "personal members", warn: false);
        Card(html, summary.SensitiveMembers, "sensitive", warn: false);
        Card(html, summary.RecipientsSent, "recipients", warn: false);
        Card(html, summary.RecipientsNotSent, "declared, not sent", warn: summary.RecipientsNotSent != 0);
        Card(html, summary.Flows, "flows", warn: false);
        Card(html, summary.UnapprovedFlows, "not approved", warn: summary.UnapprovedFlows != 0);
        Card(html, summary.Findings, "open findings", warn: summary.Findings != 0);
        html.Append("</ul>\n");
    }

    private static void Card(StringBuilder html, int value, string label, bool warn) =>
        html.Append("<li").Append(warn ? " class=\"warn\"" : "").Append("><span class=\"value\">")
            .Append(value.ToString(CultureInfo.InvariantCulture)).Append("</span><span class=\"label\">").Append(label).Append("</span></li>\n");

    private static void Section(StringBuilder html, string id, string heading, string? table)
    {
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(heading).Append("</h2>\n")
            .Append(table ?? "<p class=\"empty\">None.</p>\n")
            .Append("</section>\n");
    }

    // One body per type, headed by the type's name, so the long qualified name is written once instead of per member.
    private static string InventoryTable(IReadOnlyList<InventoryRow> rows)
    {
        string[] headers = ["Member", "Category", "Sensitive", "Purposes", "Mask", "Anonymization", "Retention", "Location"];
        var html = new StringBuilder("<div class=\"table-wrap\"><table class=\"inventory\">\n<thead><tr>");
        html.Append(string.Concat(headers.Select(header => "<th>" + header + "</th>"))).Append("</tr></thead>\n");
        string? currentType = null;
        foreach (var row in rows)
        {
            if (row.Type != currentType)
            {
                html.Append(currentType is null ? "" : "</tbody>\n").Append("<tbody>\n<tr class=\"group\"><th colspan=\"")
                    .Append(headers.Length.ToString(CultureInfo.InvariantCulture)).Append("\" scope=\"rowgroup\">").Append(TypeName(row.Type)).Append("</th></tr>\n");
                currentType = row.Type;
            }

            html.Append("<tr>");
            foreach (var cell in new[]
            {
                E(row.Member) + " <code class=\"muted\">" + E(row.MemberType) + "</code>",
                CategoryKey(row.Category),
                row.Sensitive ? Badge("no", "sensitive") : "",
                string.Join(" ", row.Purposes.Select(Code)),
                E(row.Mask ?? ""),
                E(row.Anonymization ?? ""),
                E(row.Retention ?? ""),
                Location(row.Location),
            })
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table></div>\n").ToString();
    }

    private static string DisclosureTable(IReadOnlyList<DisclosureRow> rows)
    {
        var table = new Table("Recipient", "Personal information", "Purpose", "Approved");
        foreach (var row in rows)
        {
            var recipient = "<strong>" + E(row.Recipient) + "</strong>"
                + (row.Description is null ? "" : "<div class=\"muted\">" + E(row.Description) + "</div>")
                + (row.Declared ? "" : "<div>" + Badge("no", "not in the policy") + "</div>");

            var information = new StringBuilder();
            if (!row.Sent)
            {
                information.Append(row.ApprovesPersonalInformation ? Badge("off", "not sent") : "<span class=\"muted\">none: the policy approves no personal information</span>");
            }

            if (row.Data.Count != 0)
            {
                information.Append("<ul class=\"cell-list\">");
                foreach (var item in row.Data)
                {
                    information.Append("<li>").Append(Code(item.Category)).Append(" <span class=\"members\">")
                        .Append(string.Join(", ", item.Members.Select(E))).Append("</span></li>");
                }

                information.Append("</ul>");
            }

            if (row.DeclaredNotSent.Count != 0)
            {
                information.Append("<div class=\"note\">Declared, not sent: ").Append(string.Join(" ", row.DeclaredNotSent.Select(Code))).Append("</div>");
            }

            var purposes = new StringBuilder("<ul class=\"cell-list\">");
            foreach (var purpose in row.Purposes)
            {
                purposes.Append("<li>").Append(Code(purpose.Id))
                    .Append(purpose.Description is null ? "" : " " + E(purpose.Description)).Append("</li>");
            }

            purposes.Append("</ul>");
            if (row.PurposesFromPolicy)
            {
                purposes.Append("<div class=\"note\">From the policy: the code declares no purpose.</div>");
            }

            var approved = !row.Sent ? "<span class=\"muted\">—</span>" : row.Approved ? Badge("ok", "yes") : Badge("no", "no");
            table.Add(recipient, information.ToString(), row.Purposes.Count == 0 ? "<span class=\"muted\">none declared</span>" : purposes.ToString(), approved);
        }

        return table.ToString();
    }

    private static string RetentionTable(IReadOnlyList<RetentionRow> rows)
    {
        var table = new Table("Category", "Period", "From", "Basis", "On expiry", "Where", "Policy minimum");
        foreach (var row in rows)
        {
            table.Add(
                CategoryKey(row.Category),
                "<span class=\"nowrap\">" + E(row.Period) + "</span>",
                row.From is null ? "" : Code(row.From),
                E(row.Basis ?? ""),
                E(row.OnExpiry),
                Dotted(row.Where),
                row.PolicyMinimum is null
                    ? "<span class=\"muted\">no rule</span>"
                    : E(row.PolicyMinimum) + (row.PolicyOnExpiry is null ? "" : ", then " + E(row.PolicyOnExpiry)));
        }

        return table.ToString();
    }

    private static string ErasureTable(IReadOnlyList<ErasureRow> rows)
    {
        var table = new Table("Entity", "Retention", "Erasure and export");
        foreach (var row in rows)
        {
            table.Add(TypeName(row.Entity), E(row.Retention ?? "—"), E(row.Erasure));
        }

        return table.ToString();
    }

    private static string OtherFlowTable(IReadOnlyList<OtherFlowRow> rows)
    {
        var table = new Table("Kind", "Sink", "Data", "Method", "Location", "Approved");
        foreach (var row in rows)
        {
            table.Add(
                E(row.Kind),
                "<code class=\"nowrap\">" + E(row.Sink) + "</code>" + (row.Host is null ? "" : " → " + Code(row.Host)),
                "<ul class=\"cell-list\">" + string.Concat(row.Data.Select(item => "<li>" + E(item.Member) + " " + Code(item.Category) + "</li>")) + "</ul>",
                Code(row.Method),
                Location(row.Location),
                row.Approved ? Badge("ok", "yes") : Badge("no", "no"));
        }

        return table.ToString();
    }

    private static string FindingTable(IReadOnlyList<FindingRow> rows)
    {
        var table = new Table("Rule", "Severity", "Message", "Location");
        foreach (var row in rows)
        {
            table.Add(
                row.HelpUri is null
                    ? Code(row.RuleId)
                    : "<a href=\"" + E(row.HelpUri) + "\" rel=\"noopener noreferrer\"><code>" + E(row.RuleId) + "</code></a>",
                "<span class=\"severity-" + SeverityClass(row.Severity) + "\">" + E(row.Severity) + "</span>",
                E(row.Message),
                row.Location is null ? "" : Location(row.Location));
        }

        return table.ToString();
    }

    private static string SeverityClass(string severity) => severity is "error" or "warning" or "info" ? severity : "other";

    private static string TypeName(string qualifiedName)
    {
        var dot = qualifiedName.LastIndexOf('.');
        return dot < 0
            ? "<code>" + E(qualifiedName) + "</code>"
            : "<code><span class=\"namespace\">" + E(qualifiedName.Substring(0, dot + 1)) + "</span>" + E(qualifiedName.Substring(dot + 1)) + "</code>";
    }

    private static string Location(string location) => "<code class=\"location\">" + E(location) + "</code>";

    private static string Badge(string kind, string text) => "<span class=\"badge " + kind + "\">" + E(text) + "</span>";

    // The column a privacy team scans first: its keys stay on one line.
    private static string CategoryKey(string category) => "<code class=\"nowrap\">" + E(category) + "</code>";

    private static string Code(string text) => "<code>" + Dotted(text) + "</code>";

    // Long dotted names (categories, types, methods) may wrap after a dot instead of widening their column.
    private static string Dotted(string text) => string.Join(".<wbr>", text.Split('.').Select(E));

    private static string E(string text) => Encoder.Encode(text);

    private sealed class Table(params string[] headers)
    {
        private readonly StringBuilder body = new();

        public void Add(params string[] cells)
        {
            body.Append("<tr>");
            foreach (var cell in cells)
            {
                body.Append("<td>").Append(cell).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        public override string ToString() =>
            "<div class=\"table-wrap\"><table>\n<thead><tr>" + string.Concat(headers.Select(header => "<th>" + header + "</th>")) + "</tr></thead>\n<tbody>\n"
            + body + "</tbody>\n</table></div>\n";
    }

    private const string Css = """
        :root { --ink: #1f2933; --muted: #5b6b7b; --line: #dde3ea; --zebra: #f6f8fa; --head: #eef2f6; --accent: #2563eb; --warn: #c2410c; --ok: #15803d; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        main { max-width: 1440px; margin: 0 auto; padding: 28px 32px 48px; }
        h1 { font-size: 24px; margin: 0 0 2px; }
        h1 .source { font-weight: 400; color: var(--muted); }
        h2 { font-size: 18px; margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 12.5px; }
        a { color: var(--accent); }
        .muted, code.muted { color: var(--muted); }
        .namespace { color: var(--muted); }
        .summary { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; margin: 18px 0; padding: 0; }
        .summary li { min-width: 118px; padding: 8px 14px; border: 1px solid var(--line); border-radius: 8px; background: var(--zebra); }
        .summary .value { display: block; font-size: 22px; font-weight: 600; line-height: 1.2; }
        .summary .label { color: var(--muted); font-size: 12px; }
        .summary .warn { border-color: #fdba74; background: #fff7ed; }
        .summary .warn .value { color: var(--warn); }
        nav { display: flex; flex-wrap: wrap; gap: 18px; font-size: 13px; }
        .table-wrap { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; font-size: 13px; }
        th, td { padding: 7px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        th { background: var(--head); font-weight: 600; white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--zebra); }
        .inventory tbody tr:nth-child(even) { background: none; }
        .inventory tbody tr:nth-child(odd):not(.group) { background: var(--zebra); }
        .inventory tr.group th { padding-top: 12px; background: #fff; font-weight: 400; border-bottom: 2px solid var(--line); }
        .inventory tr.group code { font-size: 13px; font-weight: 600; }
        .inventory tr.group .namespace { font-weight: 400; }
        .nowrap { white-space: nowrap; }
        .cell-list { margin: 0; padding: 0; list-style: none; }
        .cell-list li + li { margin-top: 2px; }
        .members { color: var(--muted); }
        .note { margin-top: 4px; color: var(--muted); font-size: 12px; font-style: italic; }
        .location { white-space: nowrap; color: var(--muted); }
        .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .badge.ok { background: #dcfce7; color: var(--ok); }
        .badge.no { background: #ffedd5; color: var(--warn); }
        .badge.off { background: #e5e7eb; color: #4b5563; }
        .severity-error { color: #b91c1c; font-weight: 600; }
        .severity-warning { color: var(--warn); font-weight: 600; }
        .severity-info, .severity-other { color: var(--muted); }
        .empty { color: var(--muted); font-style: italic; }
        .diagram { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; }
        .flow-diagram { display: block; max-width: 100%; height: auto; margin: 0 auto; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        .flow-diagram text { fill: var(--ink); }
        .flow-diagram .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 12px; }
        .flow-diagram .column-title { fill: var(--muted); font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
        .flow-diagram .sublabel { fill: var(--muted); font-size: 11px; }
        .flow-diagram rect { stroke-width: 1.2; }
        .node-type rect { fill: #e8f0fe; stroke: #3b6fd8; }
        .node-category rect { fill: #f8fafc; stroke: #94a3b8; }
        .node-sensitive rect { fill: #fef2f2; stroke: #dc2626; }
        .node-recipient rect { fill: #ecfdf5; stroke: #059669; }
        .node-sink rect { fill: #f1f5f9; stroke: #64748b; }
        .node-not-sent rect { fill: #fff; stroke: #94a3b8; stroke-dasharray: 4 3; }
        .node-not-sent text { fill: var(--muted); }
        .edge-holds { fill: none; stroke: #b6c2cf; stroke-width: 1.5; }
        .edge-approved { fill: none; stroke: #2563eb; stroke-width: 2; }
        .edge-unapproved { fill: none; stroke: #ea580c; stroke-width: 2.5; stroke-dasharray: 7 4; }
        .arrow-approved { fill: #2563eb; }
        .arrow-unapproved { fill: #ea580c; }
        .flow-diagram .legend-text { fill: var(--muted); font-size: 12px; }
        footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }

        """;
}
