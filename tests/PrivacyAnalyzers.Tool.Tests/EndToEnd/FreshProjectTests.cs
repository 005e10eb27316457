using System.Text.Json;

namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary><c>privacy report</c> and <c>privacy check</c> on a project written from scratch, restored by the tool itself.</summary>
public sealed class FreshProjectTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private string _project = "";
    private CommandResult _report = null!;
    private CommandResult _check = null!;

    private string Output => Path.Combine(_directory.Path, "out");

    public async Task InitializeAsync()
    {
        _project = FreshProject.WriteTo(_directory, "Fresh");
        _report = await ToolProcess.RunAsync(_directory.Path, ["report", Path.Combine(_directory.Path, "Fresh"), "--output", Output]);
        _check = await ToolProcess.RunAsync(_directory.Path, ["check", _project, "--sarif", Path.Combine(Output, "check.sarif"), "--no-restore"]);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Report_writes_every_format()
    {
        Assert.True(_report.ExitCode == 0, _report.Describe());
        foreach (var file in new[] { "data-map.json", "privacy-report.md", "privacy-report.html", "fides-dataset.yml" })
        {
            Assert.True(File.Exists(Path.Combine(Output, file)), file + " was not written:\n" + _report.Describe());
        }
    }

    [Fact]
    public void The_data_map_lists_the_customer_and_both_flows_to_the_gateway()
    {
        using var map = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "data-map.json")));
        var root = map.RootElement;

        var customer = Assert.Single(root.GetProperty("types").EnumerateArray());
        Assert.Equal("Fresh.Customer", customer.GetProperty("name").GetString());
        Assert.Equal(
            ["Email=user.contact.email", "Mobile=user.contact.phone_number"],
            customer.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString() + "=" + m.GetProperty("category").GetString()).Order());

        var flows = root.GetProperty("flows").EnumerateArray()
            .Select(flow => (
                Recipient: flow.GetProperty("recipient").GetString(),
                Member: flow.GetProperty("data")[0].GetProperty("member").GetString(),
                Approved: flow.GetProperty("approved").GetBoolean(),
                Line: flow.GetProperty("location").GetProperty("line").GetInt32()))
            .OrderBy(flow => flow.Line)
            .ToList();
        Assert.Equal([("SMS Gateway", "Customer.Mobile", true, 15), ("SMS Gateway", "Customer.Email", false, 16)], flows);
    }

    [Fact]
    public void Check_fails_on_the_unapproved_email_and_names_it_in_the_console_and_SARIF()
    {
        Assert.True(_check.ExitCode == 1, _check.Describe());
        Assert.Contains("PRIV302", _check.StandardOutput);
        Assert.Contains("Customer.Email", _check.StandardOutput);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "check.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "PRIV302"
            && result.GetProperty("message").GetProperty("text").GetString()!.Contains("Customer.Email"));
    }
}
