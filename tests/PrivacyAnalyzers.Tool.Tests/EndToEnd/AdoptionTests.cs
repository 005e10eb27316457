using System.Text.Json;

namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary>
/// Adopting the package on existing code, on a generated project: <c>privacy discover</c> lists the PRIV007
/// suggestions and applies them (after a dry run), <c>privacy baseline</c> records the findings with fingerprints that
/// survive inserted lines, a renamed local and a moved method, and <c>privacy check</c> counts stale entries.
/// </summary>
public sealed class AdoptionTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Discover_lists_the_suggestions_shows_the_diff_in_a_dry_run_and_applies_them()
    {
        var project = FreshProject.WriteTo(_directory, "Fresh");
        var leads = _directory.Write("Fresh/Leads.cs", """
            namespace Fresh;

            public class Lead
            {
                public string? Email { get; set; }
                public string? Phone { get; set; }
            }

            public class Importer
            {
                public void Import(string mobile) { }
            }
            """);
        var original = File.ReadAllText(leads);

        var text = await RunAsync("discover", project);
        Assert.Contains("user.contact.email (1 suggestion) [PersonalInfo(DataCategory.Contact.Email)]", text.Output);
        Assert.Contains("  Fresh.Lead\n    Lead.Email  Leads.cs:5", text.Output.Replace("\r\n", "\n"));
        Assert.Contains("Importer.Import(mobile)  Leads.cs:11", text.Output);
        Assert.Contains("3 suggestions in 2 types, 2 categories.", text.Output);

        var json = await RunAsync("discover", project, "--format", "json", "--no-restore");
        using (var document = JsonDocument.Parse(json.StandardOutput))
        {
            Assert.Equal(3, document.RootElement.GetProperty("total").GetInt32());
            var phone = document.RootElement.GetProperty("categories").EnumerateArray().Single(category => category.GetProperty("category").GetString() == "user.contact.phone_number");
            Assert.Equal(2, phone.GetProperty("count").GetInt32());
        }

        var dryRun = await RunAsync("discover", project, "--apply", "--dry-run", "--category", "user.contact.phone_number", "--no-restore");
        Assert.Contains("+++ b/Leads.cs", dryRun.Output);
        Assert.Contains("+    [PersonalInfo(DataCategory.Contact.PhoneNumber)]", dryRun.Output);
        Assert.Contains("+    public void Import([PersonalInfo(DataCategory.Contact.PhoneNumber)] string mobile) { }", dryRun.Output);
        Assert.Contains("-    public void Import(string mobile) { }", dryRun.Output);
        Assert.Contains("Dry run: 2 member(s) in 1 file(s) would be marked", dryRun.Output);
        Assert.Equal(original, File.ReadAllText(leads));

        var applied = await RunAsync("discover", project, "--apply", "--no-restore");
        Assert.Contains("Marked 3 member(s) in 1 file(s).", applied.Output);
        var annotated = File.ReadAllText(leads);
        Assert.Contains("using PrivacyAnalyzers;", annotated);
        Assert.Contains("[PersonalInfo(DataCategory.Contact.Email)]", annotated);

        var after = await RunAsync("discover", project, "--no-restore");
        Assert.Contains("0 suggestions in 0 types, 0 categories.", after.Output);
    }

    [Fact]
    public async Task Baseline_fingerprints_survive_edits_and_check_counts_the_entries_a_fix_made_stale()
    {
        var project = FreshProject.WriteTo(_directory, "Fresh");
        var greeter = _directory.Write("Fresh/Greeter.cs", """
            namespace Fresh;

            public sealed class Greeter(ISmsGateway gateway)
            {
                public void Greet(Customer customer)
                {
                    var address = customer.Email;
                    gateway.Send(address, "Hi");
                }
            }
            """);

        var recorded = await RunAsync("baseline", project);
        var baselineFile = Path.Combine(_directory.Path, "Fresh", "privacy-baseline.json");
        Assert.Contains("dropped 0 fixed", recorded.Output);
        var entries = Entries(baselineFile);
        Assert.Contains(entries, entry => entry.StartsWith("PRIV002|M:Fresh.Greeter.Greet(Fresh.Customer)|", StringComparison.Ordinal));
        Assert.Contains(entries, entry => entry.StartsWith("PRIV002|M:Fresh.Notifier.Welcome(Fresh.Customer)|", StringComparison.Ordinal));

        // Lines inserted above, the local renamed, the method moved to another file: the same findings.
        File.Delete(greeter);
        _directory.Write("Fresh/Moved/Greetings.cs", """
            namespace Fresh;

            // Greetings moved here, below a comment.

            public sealed class Greeter(ISmsGateway gateway)
            {
                public void Greet(Customer customer)
                {
                    var to = customer.Email;

                    gateway.Send(to, "Hi");
                }
            }
            """);
        var check = await RunAsync("check", project, "--no-restore");
        Assert.Contains("Fresh: no stale baseline entries.", check.Output);
        var rerecorded = await RunAsync("baseline", project, "--no-restore");
        Assert.Contains("dropped 0 fixed", rerecorded.Output);
        Assert.Equal(entries, Entries(baselineFile));

        // Fixing a finding makes its entry stale until the baseline is rewritten.
        File.WriteAllText(Path.Combine(_directory.Path, "Fresh", "Moved", "Greetings.cs"), """
            namespace Fresh;

            public sealed class Greeter(ISmsGateway gateway)
            {
                public void Greet(Customer customer) => gateway.Send(customer.Mobile, "Hi");
            }
            """);
        var stale = await RunAsync("check", project, "--no-restore");
        Assert.Contains("Fresh: 1 baseline entry is stale (fixed or changed); run 'privacy baseline' to drop them.", stale.Output);
        var rewritten = await RunAsync("baseline", project, "--no-restore");
        Assert.Contains("dropped 1 fixed", rewritten.Output);
        Assert.DoesNotContain(Entries(baselineFile), entry => entry.Contains("Greeter", StringComparison.Ordinal) && entry.StartsWith("PRIV002", StringComparison.Ordinal) && entry.Contains("Email", StringComparison.Ordinal));
    }

    private async Task<CommandResult> RunAsync(params string[] arguments)
    {
        var result = await ToolProcess.RunAsync(_directory.Path, arguments);
        Assert.True(result.ExitCode is 0 or 1, result.Describe());
        return result;
    }

    /// <summary>The baseline's fingerprints with their counts, without the informative paths.</summary>
    private static List<string> Entries(string baselineFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(baselineFile));
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(entry => string.Join("|", entry.GetProperty("rule").GetString(), entry.GetProperty("member").GetString(), entry.GetProperty("message").GetString(), entry.GetProperty("count").GetInt32()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
