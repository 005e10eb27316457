using System.Text.Json;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Packs the <c>privacy</c> tool, installs it with <c>dotnet tool install</c> from the private feed, and runs it on a
/// fresh project that consumes the packed PrivacyAnalyzers package.
/// </summary>
public sealed class ToolPackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    private const string ToolPackageId = "PrivacyAnalyzers.Tool";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_installed_tool_reports_and_checks_a_consumer_of_the_package()
    {
        var tool = await InstallToolAsync();
        var directory = ConsumerProject.Create(
            package,
            "Mapped",
            """
                <TargetFramework>net10.0</TargetFramework>
            """,
            "Models.cs", "Sharing.cs");
        File.Copy(Path.Combine(package.RepositoryRoot, "samples", "SimWorks.Cloud", "privacy.json"), Path.Combine(directory, "privacy.json"));
        var output = Path.Combine(directory, "report");

        var report = await DotNetCli.RunAsync(directory, Timeout, ["report", directory, "--output", output], tool, environment: null);
        var check = await DotNetCli.RunAsync(directory, Timeout, ["check", directory, "--no-restore"], tool, environment: null);

        Assert.True(report.ExitCode == 0, report.Describe());
        Assert.Equal(
            ["data-map.json", "fides-dataset.yml", "privacy-report.html", "privacy-report.md"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var map = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data-map.json")));
        Assert.Equal(
            ["Consumer.Customer", "Consumer.Order"],
            map.RootElement.GetProperty("types").EnumerateArray().Select(type => type.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var toWeChatPay = map.RootElement.GetProperty("flows").EnumerateArray()
            .Where(flow => flow.GetProperty("recipient").GetString() == "WeChat Pay")
            .Select(flow => flow.GetProperty("data")[0].GetProperty("member").GetString() + (flow.GetProperty("approved").GetBoolean() ? " approved" : " not approved"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Order.Mobile not approved", "Order.OrderNumber approved"], toWeChatPay);

        // The mobile number is not approved for WeChat Pay, and the consumer sends none of what Alipay may receive.
        Assert.True(check.ExitCode == 1, check.Describe());
        Assert.Contains("error PRIV302", check.StandardOutput);
        Assert.Contains("error PRIV300", check.StandardOutput);
    }

    /// <summary>Packs the tool under the run's unique version and installs it into a tool path of the work directory.</summary>
    private async Task<string> InstallToolAsync()
    {
        var project = Path.Combine(package.RepositoryRoot, "src", "PrivacyAnalyzers.Tool", "PrivacyAnalyzers.Tool.csproj");
        var pack = await DotNetCli.RunAsync(
            package.RepositoryRoot, Timeout, "pack", project, "-c", "Release", "-o", package.FeedDirectory, $"-p:PackageVersion={package.Version}");
        Assert.True(pack.ExitCode == 0, pack.Describe());

        // The work directory's nuget.config lists the private feed; the install runs where it applies.
        ConsumerProject.WriteIsolation(package);
        var toolPath = Path.Combine(package.WorkDirectory, "tools");
        var install = await DotNetCli.RunAsync(
            package.WorkDirectory, Timeout, "tool", "install", ToolPackageId, "--version", package.Version, "--tool-path", toolPath);
        Assert.True(install.ExitCode == 0, install.Describe());

        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "privacy.exe" : "privacy");
        Assert.True(File.Exists(command), $"{command} was not installed:\n{install.Describe()}");
        return command;
    }
}
