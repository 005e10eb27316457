using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

public class MarkdownReportWriterTests
{
    [Fact]
    public void The_SimWorks_map_matches_the_expected_report()
    {
        ExpectedFiles.Match("report.md", ReportRendering.Render(MarkdownReportWriter.Write, ExampleMaps.SimWorks()));
    }

    [Fact]
    public void The_report_is_deterministic_and_ends_with_one_newline()
    {
        var first = ReportRendering.Render(MarkdownReportWriter.Write, ExampleMaps.SimWorks());
        var second = ReportRendering.Render(MarkdownReportWriter.Write, ExampleMaps.SimWorks());

        Assert.Equal(first, second);
        Assert.EndsWith("|\n", first);
        Assert.DoesNotContain("\r", first);
    }

    [Fact]
    public void Pipes_newlines_and_html_in_names_are_escaped()
    {
        var markdown = ReportRendering.Render(MarkdownReportWriter.Write, ReportRendering.WithHostileNames());

        Assert.DoesNotMatch(new Regex(@"(?<!\\)<(script|/script|b)\b"), markdown);
        Assert.Contains(@"\<script\>alert(1)\</script\>", markdown);
        Assert.Contains("`Evil.Evil\\|Type`", markdown);
        Assert.Contains(@"line one<br>line two \| \<b\>bold\</b\>", markdown);
        Assert.DoesNotContain("javascript:", markdown);

        // Every table row keeps its column count: no pipe or newline from a name splits a cell.
        foreach (var table in Tables(markdown))
        {
            var columns = Cells(table[0]);
            Assert.All(table, row => Assert.Equal(columns, Cells(row)));
        }
    }

    [Fact]
    public void Rows_of_every_table_have_as_many_cells_as_the_header()
    {
        var tables = Tables(ReportRendering.Render(MarkdownReportWriter.Write, ExampleMaps.SimWorks()));

        Assert.Equal(5, tables.Count);
        foreach (var table in tables)
        {
            var columns = Cells(table[0]);
            Assert.All(table, row => Assert.Equal(columns, Cells(row)));
        }
    }

    [Fact]
    public void Stale_and_undeclared_recipients_are_marked_in_the_disclosure_table()
    {
        var map = ExampleMaps.SimWorks();
        var at = new SourceLocation("Analytics/Tracker.cs", 20, 9);
        var stale = new PolicyRecipientEntry("Tencent Analytics", null, ["security"], ["user.device"], [], [], "CN", at);
        var undeclared = new FlowEntry(FlowKinds.Http, "HttpClient.PostAsJsonAsync", "Umeng", "plbslog.umeng.com",
            [new FlowData("Customer.Mobile", "user.contact.phone_number")], [], false, "Tracker.TrackAsync(Customer)", "SimWorks.Cloud", at);
        map = map with
        {
            Policy = map.Policy! with { Recipients = [.. map.Policy.Recipients, stale] },
            Flows = [.. map.Flows, undeclared],
        };

        var markdown = ReportRendering.Render(MarkdownReportWriter.Write, map);

        Assert.Contains(
            "| **Tencent Analytics** | **not sent**<br>declared, not sent: `user.device` | `security`: Risk control<br>*(from the policy: the code declares none)* | — |\n",
            markdown);
        Assert.Contains(
            "| **Umeng** | `user.contact.phone_number`: Customer.Mobile | none declared | **no** (not in the policy) |\n",
            markdown);
        Assert.Contains("4 recipients (1 declared but not sent)", markdown);
    }

    [Fact]
    public void An_empty_map_has_a_title_a_summary_and_no_tables()
    {
        var markdown = ReportRendering.Render(MarkdownReportWriter.Write, ReportRendering.Empty());

        Assert.StartsWith("# Privacy data map: Empty.csproj\n\nNo privacy policy · 0 types · 0 personal members", markdown);
        Assert.Equal(5, markdown.Split("\nNone.\n").Length - 1);
        Assert.DoesNotContain("| ---", markdown);
    }

    private static List<List<string>> Tables(string markdown)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                if (current is null)
                {
                    current = [];
                    tables.Add(current);
                }

                current.Add(line);
            }
            else
            {
                current = null;
            }
        }

        return tables;
    }

    // Cells split as GFM does: on every pipe not escaped by a backslash.
    private static int Cells(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count - 1;
    }
}
