namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary>Runs <c>privacy report</c> and <c>privacy check</c> once on the SimWorks sample.</summary>
public sealed class SampleRun : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    public string Output => Path.Combine(_directory.Path, "report");

    internal CommandResult Report { get; private set; } = null!;

    internal CommandResult Check { get; private set; } = null!;

    internal CommandResult LeakyCheck { get; private set; } = null!;

    public string LeakySarif => Path.Combine(_directory.Path, "leaky.sarif");

    public async Task InitializeAsync()
    {
        // The solution build restored the samples; restoring again would race the other test assemblies using them.
        Report = await ToolProcess.RunAsync(_directory.Path, ["report", ToolProcess.Sample(), "--output", Output, "--no-restore"]);
        Check = await ToolProcess.RunAsync(_directory.Path, ["check", ToolProcess.Sample(), "--no-restore", "--verbosity", "quiet"]);
        LeakyCheck = await ToolProcess.RunAsync(_directory.Path, ["check", ToolProcess.Sample("SimWorks.Cloud.Leaky"), "--no-restore", "--sarif", LeakySarif]);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The sample's report in every format, against checked-in files (PRIVACY_ACCEPT_SNAPSHOTS=1 rewrites them): the
/// disclosure table lists WeChat Pay, Alipay and the SMS provider with what the sample's code really sends.
/// </summary>
public sealed class SampleReportTests(SampleRun run) : IClassFixture<SampleRun>
{
    [Theory]
    [InlineData("data-map.json")]
    [InlineData("privacy-report.md")]
    [InlineData("privacy-report.html")]
    [InlineData("fides-dataset.yml")]
    public void Each_format_matches_its_expected_file(string file)
    {
        Assert.True(run.Report.ExitCode == 0, run.Report.Describe());
        ExpectedFiles.Match("sample/" + file, File.ReadAllText(Path.Combine(run.Output, file)));
    }

    [Fact]
    public void The_disclosure_table_names_each_partner_with_the_categories_the_code_sends()
    {
        var markdown = File.ReadAllText(Path.Combine(run.Output, "privacy-report.md"));
        var disclosure = Section(markdown, "Third-party disclosure");

        AssertRow(disclosure, "WeChat Pay", ["`payment`"],
            "`user.behavior.purchase_history.order_number`: Order.OrderNumber", "`user.behavior.purchase_history.product`: Order.Product", "`user.behavior.purchase_history.amount`: Order.Amount");
        AssertRow(disclosure, "Alipay", ["`payment`", "`security`"],
            "`user.device.sim_serial_number`: DeviceInfo.SimSerialNumber", "`user.device.mac_address`: DeviceInfo.MacAddress", "`user.device.wifi_list`: DeviceInfo.WifiNetworks",
            "`user.behavior.purchase_history.order_number`: Order.OrderNumber", "`user.behavior.purchase_history.amount`: Order.Amount");
        AssertRow(disclosure, "Alibaba Cloud SMS", ["`notification`"],
            "`user.contact.phone_number`: Account.Mobile", "`user.device.name`: DeviceInfo.DeviceName", "`user.device.model`: DeviceInfo.Model", "`user.device.os_version`: DeviceInfo.OsVersion");
        Assert.DoesNotContain("declared, not sent", disclosure);
    }

    [Fact]
    public void The_sample_agrees_with_its_policy()
    {
        Assert.True(run.Check.ExitCode == 0, run.Check.Describe());
        Assert.Contains("Privacy check passed", run.Check.StandardOutput);
    }

    [Fact]
    public void The_leaky_sample_fails_the_check_with_the_sharing_its_policy_does_not_approve()
    {
        Assert.True(run.LeakyCheck.ExitCode == 1, run.LeakyCheck.Describe());
        Assert.Contains("error PRIV302", run.LeakyCheck.StandardOutput);
        Assert.Contains("\"ruleId\": \"PRIV002\"", File.ReadAllText(run.LeakySarif));
    }

    [Fact]
    public void Progress_goes_to_stderr_and_names_the_analysed_project()
    {
        Assert.Contains("Analysing SimWorks.Cloud", run.Report.StandardError);
        Assert.Equal(string.Empty, run.Check.StandardError);
    }

    private static void AssertRow(string table, string recipient, string[] purposes, params string[] sent)
    {
        var row = table.Split('\n').SingleOrDefault(line => line.StartsWith($"| **{recipient}**", StringComparison.Ordinal));
        Assert.True(row is not null, $"No row for {recipient} in:\n{table}");
        var cells = row.Split(" | ");
        Assert.All(sent, item => Assert.Contains(item, cells[1]));
        Assert.Equal(sent.Length, cells[1].Split("<br>").Length);
        Assert.All(purposes, purpose => Assert.Contains(purpose, cells[2]));
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No '{heading}' section in:\n{markdown}");
        var end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
