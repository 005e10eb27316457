using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// The flows of a data map as an inline SVG drawing computed here, so the HTML page needs no script or library:
/// types on the left, the data categories they hold in the middle, recipients and sinks on the right, with curves
/// from type to category (the type holds it) and from category to destination (the code sends it there).
/// </summary>
public static class SvgFlowDiagram
{
    private const int Padding = 16;
    private const int HeaderHeight = 34;
    private const int BoxHeight = 30;
    private const int BoxPitch = 40;
    private const int ColumnGap = 150;
    private const int MinimumBoxWidth = 120;
    private const int LegendRowHeight = 22;
    private const double LegendCharWidth = 6.2;
    private const int MinimumWidth = 720;
    private const double SansCharWidth = 7.4;
    private const double MonoCharWidth = 7.3;
    private const double WideCharWidth = 13;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The diagram's &lt;svg&gt; element, or null when the map holds no personal information and no flow.</summary>
    public static string? Render(DataMap map)
    {
        var types = map.Types.OrderBy(type => type.Name, StringComparer.Ordinal).ToList();
        var holdings = types
            .SelectMany((type, index) => type.Members.Select(member => (index, type, member)))
            .ToList();
        var flowItems = map.Flows.SelectMany(flow => flow.Data.Select(item => (flow, item))).ToList();
        if (holdings.Count == 0 && flowItems.Count == 0)
        {
            return null;
        }

        // Categories follow the first type that holds them, destinations the first category sent to them: few crossings.
        var categories = holdings.Select(holding => holding.member.Category)
            .Concat(flowItems.Select(pair => pair.item.Category))
            .Distinct(StringComparer.Ordinal)
            .Select(key => new Node(
                key,
                key,
                null,
                key,
                holdings.Where(holding => holding.member.Category == key).Select(holding => holding.index).DefaultIfEmpty(int.MaxValue).Min(),
                Mono: true)
            {
                Sensitive = CategoryRules.IsInherentlySensitive(key) || holdings.Any(holding => holding.member.Category == key && holding.member.Sensitive),
            })
            .OrderBy(node => node.Rank)
            .ThenBy(node => node.Key, StringComparer.Ordinal)
            .ToList();
        var categoryIndex = categories.Select((node, index) => (node.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);

        var destinations = flowItems
            .GroupBy(pair => DestinationKey(pair.flow), StringComparer.Ordinal)
            .Select(group =>
            {
                var flow = group.First().flow;
                var label = ReportTables.IsDisclosure(flow) ? flow.Recipient! : flow.Host ?? flow.Sink;
                var kind = ReportTables.IsDisclosure(flow) ? "recipient" : flow.Kind;
                return new Node(group.Key, label, kind, label + " (" + kind + ")", group.Min(pair => categoryIndex[pair.item.Category]), Mono: false);
            })
            .ToList();
        var sentRecipients = new HashSet<string>(map.Flows.Where(ReportTables.IsDisclosure).Select(flow => flow.Recipient!), StringComparer.Ordinal);
        var notSent = (map.Policy?.Recipients ?? [])
            .Where(recipient => !sentRecipients.Contains(recipient.Name) && ReportTables.ApprovesAny(recipient))
            .Select(recipient => new Node(RecipientKey(recipient.Name), recipient.Name, "not sent", recipient.Name + ": declared in the policy, never sent", int.MaxValue, Mono: false) { NotSent = true });
        destinations = destinations
            .OrderBy(node => node.Rank)
            .ThenBy(node => node.Label, StringComparer.Ordinal)
            .ThenBy(node => node.Key, StringComparer.Ordinal)
            .Concat(notSent.OrderBy(node => node.Label, StringComparer.Ordinal))
            .ToList();

        var typeNodes = types
            .Select((type, index) => new Node(type.Name, ShortName(type.Name), null, type.Name, index, Mono: false))
            .ToList();

        var columns = new[] { typeNodes, categories, destinations };
        var widths = columns.Select(column => Math.Max(MinimumBoxWidth, column.Select(LabelWidth).DefaultIfEmpty(0).Max() + 24)).ToArray();
        var rows = columns.Max(column => column.Count);
        var bodyHeight = Math.Max(1, rows) * BoxPitch;
        var x = Padding;
        for (var column = 0; column < columns.Length; column++)
        {
            var top = HeaderHeight + (bodyHeight - columns[column].Count * BoxPitch) / 2;
            for (var i = 0; i < columns[column].Count; i++)
            {
                var node = columns[column][i];
                node.X = x;
                node.Y = top + i * BoxPitch;
                node.Width = widths[column];
            }

            x += widths[column] + ColumnGap;
        }

        var width = Math.Max(MinimumWidth, x - ColumnGap + Padding);
        var legend = LayoutLegend(width);
        var legendTop = HeaderHeight + bodyHeight + 20;
        var height = legendTop + legend.Max(placed => placed.Row) * LegendRowHeight + 20;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow-diagram\" role=\"img\" aria-labelledby=\"diagram-title\" ")
            .Append("viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height))
            .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height)).Append("\">\n");
        svg.Append("<title id=\"diagram-title\">Personal information flows: types, the data categories they hold, and the recipients and sinks the code sends them to</title>\n");
        svg.Append("<defs>\n")
            .Append("<marker id=\"arrow-approved\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-approved\"/></marker>\n")
            .Append("<marker id=\"arrow-unapproved\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-unapproved\"/></marker>\n")
            .Append("</defs>\n");

        ColumnHeader(svg, typeNodes, widths[0], Padding, "Types");
        ColumnHeader(svg, categories, widths[1], Padding + widths[0] + ColumnGap, "Data categories");
        ColumnHeader(svg, destinations, widths[2], Padding + widths[0] + widths[1] + 2 * ColumnGap, "Recipients and sinks");

        // Edges first so boxes are drawn over their ends.
        svg.Append("<g class=\"edges\">\n");
        var categoryNodes = categories.ToDictionary(node => node.Key, StringComparer.Ordinal);
        foreach (var edge in holdings
            .GroupBy(holding => (holding.index, holding.member.Category))
            .OrderBy(group => group.Key.index)
            .ThenBy(group => categoryIndex[group.Key.Category]))
        {
            var from = typeNodes[edge.Key.index];
            var members = edge.Select(holding => ShortName(holding.type.Name) + "." + holding.member.Name).OrderBy(name => name, StringComparer.Ordinal);
            Curve(svg, from, categoryNodes[edge.Key.Category], "edge-holds", null, string.Join(", ", members) + " holds " + edge.Key.Category);
        }

        var destinationNodes = destinations.ToDictionary(node => node.Key, StringComparer.Ordinal);
        foreach (var edge in flowItems
            .GroupBy(pair => (pair.item.Category, Destination: DestinationKey(pair.flow)))
            .OrderBy(group => categoryIndex[group.Key.Category])
            .ThenBy(group => destinations.IndexOf(destinationNodes[group.Key.Destination])))
        {
            var approved = edge.All(pair => pair.flow.Approved);
            var to = destinationNodes[edge.Key.Destination];
            var members = edge.Select(pair => pair.item.Member).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal);
            var tooltip = string.Join(", ", members) + " (" + edge.Key.Category + ") → " + to.Tooltip + (approved ? "" : ": not approved by the policy");
            Curve(svg, categoryNodes[edge.Key.Category], to, approved ? "edge-approved" : "edge-unapproved", approved ? "arrow-approved" : "arrow-unapproved", tooltip);
        }

        svg.Append("</g>\n");

        svg.Append("<g class=\"nodes\">\n");
        foreach (var node in typeNodes)
        {
            Box(svg, node, "node-type");
        }

        foreach (var node in categories)
        {
            Box(svg, node, node.Sensitive ? "node-category node-sensitive" : "node-category");
        }

        foreach (var node in destinations)
        {
            Box(svg, node, node.NotSent ? "node-destination node-not-sent" : node.Sublabel == "recipient" ? "node-destination node-recipient" : "node-destination node-sink");
        }

        svg.Append("</g>\n");
        Legend(svg, legend, legendTop);
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Recipients are keyed apart from sinks: no kind is named "to", so a sink never merges with a recipient of its name.
    private static string DestinationKey(FlowEntry flow) =>
        ReportTables.IsDisclosure(flow) ? RecipientKey(flow.Recipient!) : flow.Kind + "\n" + (flow.Host ?? flow.Sink);

    private static string RecipientKey(string name) => "to\n" + name;

    private static string ShortName(string qualifiedName)
    {
        var dot = qualifiedName.LastIndexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.Substring(dot + 1);
    }

    private static void ColumnHeader(StringBuilder svg, List<Node> column, int width, int x, string title)
    {
        if (column.Count == 0)
        {
            return;
        }

        svg.Append("<text class=\"column-title\" x=\"").Append(Number(x + width / 2.0)).Append("\" y=\"18\" text-anchor=\"middle\">")
            .Append(title).Append("</text>\n");
    }

    private static void Curve(StringBuilder svg, Node from, Node to, string cssClass, string? marker, string tooltip)
    {
        double x1 = from.X + from.Width, y1 = from.Y + BoxHeight / 2.0;
        double x2 = to.X - 1, y2 = to.Y + BoxHeight / 2.0;
        var middle = (x1 + x2) / 2;
        svg.Append("<path class=\"").Append(cssClass).Append("\" d=\"M").Append(Number(x1)).Append(',').Append(Number(y1))
            .Append(" C").Append(Number(middle)).Append(',').Append(Number(y1))
            .Append(' ').Append(Number(middle)).Append(',').Append(Number(y2))
            .Append(' ').Append(Number(x2)).Append(',').Append(Number(y2)).Append('"');
        if (marker is not null)
        {
            svg.Append(" marker-end=\"url(#").Append(marker).Append(")\"");
        }

        svg.Append("><title>").Append(Encoder.Encode(tooltip)).Append("</title></path>\n");
    }

    private static void Box(StringBuilder svg, Node node, string cssClass)
    {
        svg.Append("<g class=\"").Append(cssClass).Append("\"><title>").Append(Encoder.Encode(node.Tooltip)).Append("</title>");
        svg.Append("<rect x=\"").Append(Number(node.X)).Append("\" y=\"").Append(Number(node.Y))
            .Append("\" width=\"").Append(Number(node.Width)).Append("\" height=\"").Append(BoxHeight).Append("\" rx=\"5\"/>");
        svg.Append("<text x=\"").Append(Number(node.X + 12)).Append("\" y=\"").Append(Number(node.Y + BoxHeight / 2.0))
            .Append("\" dominant-baseline=\"central\"").Append(node.Mono ? " class=\"mono\"" : "").Append('>')
            .Append(Encoder.Encode(node.Label));
        if (node.Sublabel is not null)
        {
            svg.Append("<tspan class=\"sublabel\" dx=\"8\">").Append(Encoder.Encode(node.Sublabel)).Append("</tspan>");
        }

        svg.Append("</text></g>\n");
    }

    private static readonly LegendItem[] LegendItems =
    [
        new("edge-holds", null, IsLine: true, "type holds category"),
        new("edge-approved", "arrow-approved", IsLine: true, "approved flow"),
        new("edge-unapproved", "arrow-unapproved", IsLine: true, "flow the policy does not approve"),
        new("node-category node-sensitive", null, IsLine: false, "sensitive category"),
        new("node-destination node-recipient", null, IsLine: false, "recipient"),
        new("node-destination node-sink", null, IsLine: false, "log, exception, cookie or host"),
        new("node-destination node-not-sent", null, IsLine: false, "declared in the policy, not sent"),
    ];

    /// <summary>Places the legend's items left to right, wrapping to a new row at <paramref name="width"/>.</summary>
    private static List<(LegendItem Item, double X, int Row)> LayoutLegend(int width)
    {
        var placed = new List<(LegendItem, double, int)>();
        double x = Padding;
        var row = 0;
        foreach (var item in LegendItems)
        {
            if (x > Padding && x + item.Width > width - Padding)
            {
                x = Padding;
                row++;
            }

            placed.Add((item, x, row));
            x += item.Width + 22;
        }

        return placed;
    }

    private static void Legend(StringBuilder svg, List<(LegendItem Item, double X, int Row)> layout, int top)
    {
        svg.Append("<g class=\"legend\">\n");
        foreach (var (item, x, row) in layout)
        {
            var y = top + row * LegendRowHeight;
            if (item.IsLine)
            {
                svg.Append("<path class=\"").Append(item.CssClass).Append("\" d=\"M").Append(Number(x)).Append(',').Append(y)
                    .Append(" H").Append(Number(x + 34)).Append('"')
                    .Append(item.Marker is null ? "" : " marker-end=\"url(#" + item.Marker + ")\"").Append("/>");
            }
            else
            {
                svg.Append("<g class=\"").Append(item.CssClass).Append("\"><rect x=\"").Append(Number(x)).Append("\" y=\"").Append(y - 8)
                    .Append("\" width=\"22\" height=\"16\" rx=\"3\"/></g>");
            }

            svg.Append("<text class=\"legend-text\" x=\"").Append(Number(x + item.SwatchWidth)).Append("\" y=\"").Append(y)
                .Append("\" dominant-baseline=\"central\">").Append(Encoder.Encode(item.Text)).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static int LabelWidth(Node node) =>
        (int)Math.Ceiling(TextWidth(node.Label, node.Mono) + (node.Sublabel is null ? 0 : 8 + TextWidth(node.Sublabel, mono: false) * 0.85));

    private static double TextWidth(string text, bool mono) =>
        text.Sum(c => c >= '\u2E80' ? WideCharWidth : mono ? MonoCharWidth : SansCharWidth);

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record LegendItem(string CssClass, string? Marker, bool IsLine, string Text)
    {
        public int SwatchWidth => IsLine ? 42 : 30;

        public double Width => SwatchWidth + Text.Length * LegendCharWidth;
    }

    private sealed record Node(string Key, string Label, string? Sublabel, string Tooltip, int Rank, bool Mono)
    {
        public bool Sensitive { get; init; }

        public bool NotSent { get; init; }

        public int X { get; set; }

        public int Y { get; set; }

        public int Width { get; set; }
    }
}
