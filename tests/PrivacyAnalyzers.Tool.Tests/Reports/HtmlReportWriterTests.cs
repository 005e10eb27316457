using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrivacyAnalyzers.Tool.Reports;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

public class HtmlReportWriterTests
{
    [Fact]
    public void The_SimWorks_map_matches_the_expected_page()
    {
        ExpectedFiles.Match("report.html", ReportRendering.Render(HtmlReportWriter.Write, ExampleMaps.SimWorks()));
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = ReportRendering.Render(HtmlReportWriter.Write, ExampleMaps.SimWorks());

        Assert.StartsWith("<!DOCTYPE html>\n", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<title>Privacy data map: SimWorks.Cloud.csproj</title>", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotMatch(new Regex(@"\bsrc\s*="), html);
        // url() only points into the page's own SVG markers.
        Assert.All(Regex.Matches(html, @"url\(([^)]*)\)").Select(match => match.Groups[1].Value), target => Assert.StartsWith("#", target));
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void The_diagram_has_a_box_per_type_category_and_destination_and_marks_unapproved_flows()
    {
        var svg = XElement.Parse(SvgFlowDiagram.Render(ExampleMaps.SimWorks())!);
        XNamespace ns = "http://www.w3.org/2000/svg";

        var boxes = svg.Descendants(ns + "g")
            .Where(group => group.Parent?.Attribute("class")?.Value == "nodes")
            .Select(group => (Class: group.Attribute("class")!.Value, Label: group.Element(ns + "text")!.Nodes().OfType<XText>().First().Value))
            .ToList();
        Assert.Equal(["Customer", "Order", "LoginRecord"], boxes.Where(box => box.Class == "node-type").Select(box => box.Label));
        Assert.Equal(7, boxes.Count(box => box.Class.StartsWith("node-category", StringComparison.Ordinal)));
        Assert.Contains(("node-category node-sensitive", "user.government_id.national_identification_number"), boxes);
        Assert.Equal(
            ["Alibaba Cloud SMS", "Alipay", "WeChat Pay"],
            boxes.Where(box => box.Class == "node-destination node-recipient").Select(box => box.Label).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["ILogger.LogInformation", "IResponseCookies.Append"],
            boxes.Where(box => box.Class == "node-destination node-sink").Select(box => box.Label).Order(StringComparer.Ordinal));

        var edges = svg.Descendants(ns + "g").Single(group => group.Attribute("class")?.Value == "edges").Elements(ns + "path").ToList();
        Assert.Equal(7, edges.Count(edge => edge.Attribute("class")!.Value == "edge-holds"));
        var unapproved = edges.Where(edge => edge.Attribute("class")!.Value == "edge-unapproved").Select(edge => edge.Element(ns + "title")!.Value).ToList();
        Assert.Equal(2, unapproved.Count);
        Assert.Contains(unapproved, title => title.StartsWith("Customer.Mobile (user.contact.phone_number) → ILogger.LogInformation", StringComparison.Ordinal));
        Assert.Equal(4, edges.Count(edge => edge.Attribute("class")!.Value == "edge-approved"));
    }

    [Fact]
    public void A_declared_recipient_never_sent_to_is_a_dashed_not_sent_box()
    {
        var map = ExampleMaps.SimWorks();
        var analytics = new Model.PolicyRecipientEntry("Tencent Analytics", null, [], ["user.device"], [], [], null, new("privacy.json", 1, 1));
        map = map with { Policy = map.Policy! with { Recipients = [.. map.Policy.Recipients, analytics] } };

        var html = ReportRendering.Render(HtmlReportWriter.Write, map);

        Assert.Contains("<g class=\"node-destination node-not-sent\"><title>Tencent Analytics: declared in the policy, never sent</title>", html);
        Assert.Contains("<strong>Tencent Analytics</strong></td><td><span class=\"badge off\">not sent</span>", html);
    }

    [Fact]
    public void Entities_list_their_retention_and_erasure_encoded_and_a_map_without_entities_has_no_erasure_section()
    {
        var map = ExampleMaps.SimWorks();
        Assert.DoesNotContain("id=\"erasure\"", ReportRendering.Render(HtmlReportWriter.Write, map));

        map = map with { Types = [map.Types[0] with { Name = "Shop.<b>Entity</b>", Retention = null, Erasure = "not reached <script>" }, .. map.Types.Skip(1)] };
        var html = ReportRendering.Render(HtmlReportWriter.Write, map);

        Assert.Contains("<a href=\"#erasure\">Erasure and export</a>", html);
        Assert.Contains("<section id=\"erasure\">", html);
        Assert.Contains("&lt;b&gt;Entity&lt;/b&gt;</code></td><td>—</td><td>not reached &lt;script&gt;</td></tr>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Names_with_markup_are_encoded_everywhere()
    {
        var html = ReportRendering.Render(HtmlReportWriter.Write, ReportRendering.WithHostileNames());

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html);
        Assert.Contains("<title>Privacy data map: Evil&lt;script&gt;.csproj</title>", html);
    }

    [Fact]
    public void An_empty_map_is_a_page_without_diagram_or_tables()
    {
        var html = ReportRendering.Render(HtmlReportWriter.Write, ReportRendering.Empty());

        Assert.Null(SvgFlowDiagram.Render(ReportRendering.Empty()));
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<table", html);
        Assert.Contains("No personal information and no flows.", html);
        Assert.Equal(5, Regex.Matches(html, "<p class=\"empty\">None.</p>").Count);
        Assert.Contains("No privacy policy (privacy.json) found.", html);
    }
}
