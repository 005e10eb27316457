using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tool.Check;
using PrivacyAnalyzers.Tool.Model;
using Xunit;
using static PrivacyAnalyzers.Tool.Tests.Check.CheckMaps;

namespace PrivacyAnalyzers.Tool.Tests.Check;

public sealed class CheckConsoleWriterTests
{
    // The canonical MSBuild error format as VS Code's $msCompile problem matcher reads it.
    private static readonly Regex MsCompile = new(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+(error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$");

    [Fact]
    public void SimWorksIssuesAreWrittenInTheMSBuildFormat()
    {
        var text = Write(PolicyCheck.Run(ExampleMaps.SimWorks()));

        Assert.Equal(
            "privacy.json(14,7): error PRIV301: privacy.json approves user.behavior.purchase_history.product for 'WeChat Pay', but the code never sends it to 'WeChat Pay'\n" +
            "privacy.json(26,7): error PRIV301: privacy.json approves user.device.mac_address for 'Alipay', but the code never sends it to 'Alipay'\n" +
            "Privacy check failed: 2 errors, 0 warnings, 0 notes\n",
            text);
    }

    [Fact]
    public void EveryLocatedLineMatchesTheMSBuildProblemMatcher()
    {
        var map = ExampleMaps.SimWorks()
            .AddFlow(Flow(FlowKinds.Http, null, false, Data("Customer.Mobile", "user.contact.phone_number")))
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithMemberRetention("LoginRecord", "IpAddress", ExampleMaps.SixMonthsDelete with { OnExpiry = "anonymize" })
            .WithFindings(Finding("PRIV002", "warning"), Finding("PRIV009", "error"));

        var lines = Write(PolicyCheck.Run(map)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var located = lines.SkipLast(1).ToList();
        Assert.Equal(7, located.Count);
        Assert.All(located, line => Assert.Matches(MsCompile, line));
        var sharing = MsCompile.Match(located.Single(line => line.Contains("PRIV302")));
        Assert.Equal("Partners/Sync.cs", sharing.Groups[1].Value);
        Assert.Equal("40,13", sharing.Groups[2].Value);
        Assert.Equal("error", sharing.Groups[3].Value);
    }

    [Fact]
    public void NotesAreWrittenAsInfo()
    {
        var map = ExampleMaps.SimWorks().WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"));

        var text = Write(PolicyCheck.Run(map));

        Assert.Contains("Accounts/Customer.cs(14,5): info PRIV305: user.contact.phone_number is kept by [RetainFor] on 'Customer.Mobile' (P1Y", text, StringComparison.Ordinal);
        Assert.EndsWith("Privacy check failed: 2 errors, 0 warnings, 1 note\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueWithoutLocationNamesTheCheckedSolution()
    {
        var text = Write(PolicyCheck.Run(ExampleMaps.SimWorks() with { Policy = null }));

        Assert.StartsWith("SimWorks.Cloud.csproj : error PRIV307: No privacy.json declares what the code may share", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DriftAndErrorFindingsAreListedButOtherFindingsAreNot()
    {
        var map = ExampleMaps.SimWorks().WithFindings(
            Finding("PRIV001", "warning", At("Accounts/SignUpService.cs", 18, 52)),
            Finding("PRIV002", "warning", At("Billing/CheckoutService.cs", 31, 40)),
            Finding("PRIV006", "error", At("Billing/Order.cs", 8, 23)),
            Finding("PRIV009", "info") with { Location = null });

        var text = Write(PolicyCheck.Run(map));

        Assert.Contains("Billing/CheckoutService.cs(31,40): warning PRIV002: PRIV002 message\n", text, StringComparison.Ordinal);
        Assert.Contains("Billing/Order.cs(8,23): error PRIV006: PRIV006 message\n", text, StringComparison.Ordinal);
        Assert.Contains("SimWorks.Cloud.csproj : info PRIV009: PRIV009 message\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIV001", text, StringComparison.Ordinal);
        Assert.EndsWith("Privacy check failed: 3 errors, 1 warning, 1 note\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PassingCheckSaysSo()
    {
        var map = ExampleMaps.SimWorks().WithRecipients(
            Recipient("WeChat Pay", ["user.behavior.purchase_history"]),
            Recipient("Alipay", ["user.behavior.purchase_history.order_number"]),
            Recipient("Alibaba Cloud SMS", ["user.contact.phone_number"]));

        Assert.Equal("Privacy check passed: 0 errors, 0 warnings, 0 notes\n", Write(PolicyCheck.Run(map)));
    }

    private static string Write(CheckReport report)
    {
        var writer = new StringWriter();
        CheckConsoleWriter.Write(report, writer);
        return writer.ToString();
    }
}
