using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

public class ReportTablesTests
{
    private static readonly SourceLocation Somewhere = new("Somewhere.cs", 1, 1);

    [Fact]
    public void Disclosure_rows_list_each_recipient_with_the_categories_and_members_the_code_sends()
    {
        var rows = ReportTables.From(ExampleMaps.SimWorks()).Disclosures;

        Assert.Equal(["Alibaba Cloud SMS", "Alipay", "WeChat Pay"], rows.Select(row => row.Recipient));

        var weChat = rows.Single(row => row.Recipient == "WeChat Pay");
        Assert.True(weChat.Sent);
        Assert.True(weChat.Declared);
        Assert.True(weChat.Approved);
        Assert.Equal("Payments within mobile applications", weChat.Description);
        Assert.Equal(
            [
                new DisclosedCategory("user.behavior.purchase_history.amount", ["Order.Amount"]),
                new DisclosedCategory("user.behavior.purchase_history.order_number", ["Order.OrderNumber"]),
            ],
            weChat.Data,
            DisclosedCategoryEquality.Instance);
        Assert.Equal([new PurposeItem("payment", "Payment through payment agencies")], weChat.Purposes);
        Assert.False(weChat.PurposesFromPolicy);
        Assert.Equal(["user.behavior.purchase_history.product"], weChat.DeclaredNotSent);

        var alipay = rows.Single(row => row.Recipient == "Alipay");
        Assert.Equal(["user.behavior.purchase_history.order_number"], alipay.Data.Select(item => item.Category));
        Assert.Equal(["payment"], alipay.Purposes.Select(purpose => purpose.Id));
        Assert.Equal(["user.device.mac_address"], alipay.DeclaredNotSent);

        var sms = rows.Single(row => row.Recipient == "Alibaba Cloud SMS");
        Assert.Equal(["Customer.Mobile"], Assert.Single(sms.Data).Members);
        Assert.Equal("user.contact.phone_number", sms.Data[0].Category);
        Assert.Empty(sms.DeclaredNotSent);
    }

    [Fact]
    public void Policy_purposes_are_used_and_marked_when_the_sending_code_declares_none()
    {
        var sms = ReportTables.From(ExampleMaps.SimWorks()).Disclosures.Single(row => row.Recipient == "Alibaba Cloud SMS");

        Assert.True(sms.PurposesFromPolicy);
        Assert.Equal(
            [new PurposeItem("account", "Registration and login"), new PurposeItem("notification", "SMS notifications")],
            sms.Purposes);
    }

    [Fact]
    public void A_declared_recipient_the_code_never_sends_to_is_shown_as_not_sent_with_its_declared_categories()
    {
        var map = ExampleMaps.SimWorks();
        var analytics = new PolicyRecipientEntry("Tencent Analytics", "Usage statistics", ["security"],
            ["user.device"], ["Customer.Mobile"], [], "CN", Somewhere);
        map = map with { Policy = map.Policy! with { Recipients = [.. map.Policy.Recipients, analytics] } };

        var tables = ReportTables.From(map);
        var row = tables.Disclosures.Single(row => row.Recipient == "Tencent Analytics");

        Assert.False(row.Sent);
        Assert.False(row.Approved);
        Assert.Equal(0, row.FlowCount);
        Assert.Empty(row.Data);
        Assert.Equal(["Customer.Mobile", "user.device"], row.DeclaredNotSent);
        Assert.True(row.PurposesFromPolicy);
        Assert.Equal(["security"], row.Purposes.Select(purpose => purpose.Id));
        Assert.Equal(1, tables.Summary.RecipientsNotSent);
        Assert.Equal(3, tables.Summary.RecipientsSent);
    }

    [Fact]
    public void A_recipient_approved_for_no_personal_information_is_no_stale_promise()
    {
        var map = ExampleMaps.SimWorks();
        var advertising = new PolicyRecipientEntry("Advertising partners", "De-identified statistics only", ["analytics"], [], [], [], "CN", Somewhere);
        map = map with { Policy = map.Policy! with { Recipients = [.. map.Policy.Recipients, advertising] } };

        var tables = ReportTables.From(map);
        var row = tables.Disclosures.Single(row => row.Recipient == "Advertising partners");

        Assert.False(row.Sent);
        Assert.False(row.ApprovesPersonalInformation);
        Assert.Equal(0, tables.Summary.RecipientsNotSent);
        Assert.Contains("none: the policy approves no personal information", ReportRendering.Render(MarkdownReportWriter.Write, map));
        Assert.DoesNotContain("Advertising partners: declared in the policy, never sent", ReportRendering.Render(HtmlReportWriter.Write, map));
    }

    [Fact]
    public void A_parent_category_in_the_policy_counts_as_sent_when_a_child_is_sent()
    {
        var map = ExampleMaps.SimWorks();
        var policy = map.Policy! with
        {
            Recipients = [new PolicyRecipientEntry("WeChat Pay", null, ["payment"], ["user.behavior.purchase_history"], [], [], "CN", Somewhere)],
        };

        var weChat = ReportTables.From(map with { Policy = policy }).Disclosures.Single(row => row.Recipient == "WeChat Pay");

        Assert.Empty(weChat.DeclaredNotSent);
    }

    [Fact]
    public void A_recipient_missing_from_the_policy_is_undeclared_and_not_approved()
    {
        var map = ExampleMaps.SimWorks();
        var umeng = new FlowEntry(FlowKinds.Http, "HttpClient.PostAsync", "Umeng", "plbslog.umeng.com",
            [new FlowData("Customer.Mobile", "user.contact.phone_number")], ["analytics"], false, "M()", "SimWorks.Cloud", Somewhere);
        map = map with { Flows = [.. map.Flows, umeng] };

        var row = ReportTables.From(map).Disclosures.Single(row => row.Recipient == "Umeng");

        Assert.True(row.Sent);
        Assert.False(row.Declared);
        Assert.False(row.Approved);
        Assert.Null(row.Description);
        Assert.False(row.PurposesFromPolicy);
        Assert.Equal([new PurposeItem("analytics", null)], row.Purposes);
    }

    [Fact]
    public void One_unapproved_flow_makes_the_recipient_unapproved()
    {
        var map = ExampleMaps.SimWorks();
        var extra = new FlowEntry(FlowKinds.Recipient, "WeChatPayGateway.Refund", "WeChat Pay", null,
            [new FlowData("Customer.IdCardNumber", "user.government_id.national_identification_number")], [], false, "M()", "SimWorks.Cloud", Somewhere);
        map = map with { Flows = [.. map.Flows, extra] };

        var weChat = ReportTables.From(map).Disclosures.Single(row => row.Recipient == "WeChat Pay");

        Assert.False(weChat.Approved);
        Assert.Equal(2, weChat.FlowCount);
        Assert.Contains(weChat.Data, item => item.Category == "user.government_id.national_identification_number");
        Assert.False(weChat.PurposesFromPolicy);
    }

    [Fact]
    public void Retention_rows_show_the_code_period_where_it_is_declared_and_the_policy_minimum()
    {
        var rows = ReportTables.From(ExampleMaps.SimWorks()).Retention;

        Assert.Equal(
            [
                "user.behavior.purchase_history.amount",
                "user.behavior.purchase_history.order_number",
                "user.behavior.purchase_history.product",
                "user.device.ip_address",
            ],
            rows.Select(row => row.Category));
        Assert.Equal(
            new RetentionRow("user.behavior.purchase_history.amount", "3 years", "CompletedAt", "E-Commerce Law Art. 31", "anonymize",
                "SimWorks.Cloud.Billing.Order (type)", "3 years", "anonymize"),
            rows[0]);
        Assert.Equal(
            new RetentionRow("user.device.ip_address", "6 months", "SignedInAt", "Cybersecurity Law Art. 21", "delete",
                "SimWorks.Cloud.Security.LoginRecord.IpAddress (member)", "6 months", "delete"),
            rows[3]);
    }

    [Fact]
    public void A_retention_without_a_policy_rule_has_no_minimum()
    {
        var map = ExampleMaps.SimWorks();
        map = map with { Policy = map.Policy! with { Retention = [] } };

        Assert.All(ReportTables.From(map).Retention, row => Assert.Null(row.PolicyMinimum));
    }

    [Theory]
    [InlineData("P3Y", "3 years")]
    [InlineData("P6M", "6 months")]
    [InlineData("P1Y6M", "1 year 6 months")]
    [InlineData("P1Y1M1D", "1 year 1 month 1 day")]
    [InlineData("P10D", "10 days")]
    [InlineData("P0D", "0 days")]
    [InlineData("P", "P")]
    [InlineData("3 years", "3 years")]
    [InlineData("PT5H", "PT5H")]
    public void Policy_periods_read_in_words(string period, string expected)
    {
        Assert.Equal(expected, ReportTables.FormatIsoPeriod(period));
    }

    [Fact]
    public void Inventory_rows_carry_the_member_or_type_retention_and_are_sorted_by_type_then_position()
    {
        var rows = ReportTables.From(ExampleMaps.SimWorks()).Inventory;

        Assert.Equal(
            ["Mobile", "Name", "IdCardNumber", "OrderNumber", "Amount", "Product", "IpAddress"],
            rows.Select(row => row.Member));
        Assert.Null(rows[0].Retention);
        Assert.Equal("3 years, then anonymize (type)", rows[3].Retention);
        Assert.Equal("6 months, then delete (member)", rows[6].Retention);
        Assert.True(rows[2].Sensitive);
        Assert.Equal(["account", "notification"], rows[0].Purposes);
        Assert.Equal("Accounts/Customer.cs:14", rows[0].Location);
    }

    [Fact]
    public void Other_flows_hold_logs_and_cookies_and_findings_are_sorted_by_severity()
    {
        var tables = ReportTables.From(ExampleMaps.SimWorks());

        Assert.Equal(["cookie", "log"], tables.OtherFlows.Select(row => row.Kind));
        Assert.All(tables.OtherFlows, row => Assert.False(row.Approved));
        Assert.Equal(["PRIV001", "PRIV004"], tables.Findings.Select(row => row.RuleId));
        Assert.Equal("https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/PRIV001.md", tables.Findings[0].HelpUri);
        Assert.Equal(new ReportSummary(3, 7, 1, 5, 2, 3, 0, 2), tables.Summary);
    }

    [Fact]
    public void An_http_flow_to_an_unknown_host_is_another_flow_not_a_disclosure()
    {
        var map = ExampleMaps.SimWorks();
        var unknown = new FlowEntry(FlowKinds.Http, "HttpClient.GetAsync", null, "tracker.example",
            [new FlowData("Customer.Mobile", "user.contact.phone_number")], [], false, "M()", "SimWorks.Cloud", Somewhere);

        var tables = ReportTables.From(map with { Flows = [.. map.Flows, unknown] });

        Assert.Equal(3, tables.Disclosures.Count);
        Assert.Contains(tables.OtherFlows, row => row.Host == "tracker.example");
    }

    [Fact]
    public void A_help_address_that_is_not_a_web_address_is_dropped()
    {
        var finding = Assert.Single(ReportTables.From(ReportRendering.WithHostileNames()).Findings);

        Assert.Null(finding.HelpUri);
    }

    [Fact]
    public void An_empty_map_has_empty_tables()
    {
        var tables = ReportTables.From(ReportRendering.Empty());

        Assert.Empty(tables.Inventory);
        Assert.Empty(tables.Disclosures);
        Assert.Empty(tables.Retention);
        Assert.Empty(tables.OtherFlows);
        Assert.Empty(tables.Findings);
        Assert.Null(tables.PolicyPath);
        Assert.Equal(new ReportSummary(0, 0, 0, 0, 0, 0, 0, 0), tables.Summary);
    }

    private sealed class DisclosedCategoryEquality : IEqualityComparer<DisclosedCategory>
    {
        public static readonly DisclosedCategoryEquality Instance = new();

        public bool Equals(DisclosedCategory? x, DisclosedCategory? y) =>
            x is not null && y is not null && x.Category == y.Category && x.Members.SequenceEqual(y.Members);

        public int GetHashCode(DisclosedCategory obj) => obj.Category.GetHashCode(StringComparison.Ordinal);
    }
}
