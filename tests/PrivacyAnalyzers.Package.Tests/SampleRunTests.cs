using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>The README's first command: the SimWorks sample runs and shows each generated behaviour on real data.</summary>
[Collection(nameof(SampleBuilds))]
public sealed class SampleRunTests
{
    private const string SeededMobile = "13812345678";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sample_masks_anonymizes_exports_and_purges_on_SQLite()
    {
        var run = await DotNetCli.RunAsync(
            PackedPackage.FindRepositoryRoot(), RunTimeout, "run", "--project", Path.Combine("samples", "SimWorks.Cloud"), "-tl:off");

        Assert.True(run.ExitCode == 0, run.Describe());
        var sections = Sections(run.Output);
        Assert.Equal(new[] { "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)" }, sections.Keys);

        // Display and analytics never show the raw mobile number; the export for the data subject does.
        Assert.Contains("138****5678", sections["(a)"]);
        Assert.DoesNotContain(SeededMobile, sections["(a)"]);
        Assert.DoesNotContain(SeededMobile, sections["(b)"]);
        Assert.DoesNotContain(SeededMobile, sections["(f)"]);
        Assert.Contains("\"category\": \"user.contact.phone_number\"", sections["(c)"]);
        Assert.Contains(SeededMobile, sections["(c)"]);

        // The purge removed expired network logs and anonymized expired orders in the database.
        Assert.Matches(new Regex(@"LoginLog: .* [1-9]\d* deleted"), sections["(d)"]);
        Assert.Matches(new Regex(@"Order: .* [1-9]\d* anonymized"), sections["(d)"]);
        Assert.Contains("Account              Mobile           user.contact.phone_number", sections["(e)"]);

        // Cancellation: the disputed account is held; the other one is deleted except the orders and logs the law keeps,
        // which lose their link to the account now and leave through the purge.
        Assert.Contains("Li Na: not erased, legal hold: Complaint under review", sections["(g)"]);
        Assert.Matches(new Regex(@"Account +via \[DataSubjectId\] Id +deleted 1"), sections["(g)"]);
        Assert.Matches(new Regex(@"Order +via AccountId → Account.Id +deleted 0, anonymized 2 \[AccountId\], kept 2"), sections["(g)"]);
        Assert.Matches(new Regex(@"LoginLog +via AccountId → Account.Id +deleted 0, anonymized 2 \[AccountId\], kept 2 until \d{4}-\d{2}-\d{2}"), sections["(g)"]);
        Assert.DoesNotContain(SeededMobile, sections["(g)"]);
    }

    /// <summary>The text under each "== (x) ... ==" heading, by its letter.</summary>
    private static Dictionary<string, string> Sections(string output)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var headings = Regex.Matches(output, @"^== (\([a-z]\)) .*==\s*$", RegexOptions.Multiline);
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index + headings[i].Length;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : output.Length;
            sections[headings[i].Groups[1].Value] = output[start..end];
        }

        return sections;
    }
}
