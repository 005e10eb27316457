using System.Linq;
using PrivacyAnalyzers.Tool.Check;
using PrivacyAnalyzers.Tool.Model;
using Xunit;
using static PrivacyAnalyzers.Tool.Tests.Check.CheckMaps;

namespace PrivacyAnalyzers.Tool.Tests.Check;

public sealed class PolicyCheckTests
{
    private static readonly RetentionEntry TwoYearsAnonymize = ExampleMaps.ThreeYearsAnonymize with { Years = 2 };

    [Fact]
    public void SimWorksReportsTheTwoApprovalsTheCodeNeverUses()
    {
        var report = PolicyCheck.Run(ExampleMaps.SimWorks());

        Assert.Equal("SimWorks.Cloud.csproj", report.Source);
        Assert.Collection(
            report.Issues,
            issue =>
            {
                Assert.Equal(new CheckIssue(
                    "PRIV301", "error",
                    "privacy.json approves user.behavior.purchase_history.product for 'WeChat Pay', but the code never sends it to 'WeChat Pay'",
                    new SourceLocation("privacy.json", 14, 7), null), issue);
            },
            issue =>
            {
                Assert.Equal(new CheckIssue(
                    "PRIV301", "error",
                    "privacy.json approves user.device.mac_address for 'Alipay', but the code never sends it to 'Alipay'",
                    new SourceLocation("privacy.json", 26, 7), null), issue);
            });
        Assert.True(report.Failed);
    }

    [Fact]
    public void LogAndCookieFlowsAreNotSharing()
    {
        // SimWorks logs the mobile number and stores the name in a cookie, neither approved: no PRIV302.
        var map = ExampleMaps.SimWorks();
        Assert.Contains(map.Flows, flow => flow.Kind == FlowKinds.Log && !flow.Approved);
        Assert.Contains(map.Flows, flow => flow.Kind == FlowKinds.Cookie && !flow.Approved);

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
    }

    [Fact]
    public void LogFlowNamingARecipientDoesNotCountAsSendingToIt()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("Tencent Analytics", ["user.contact.phone_number"]))
            .AddFlow(Flow(FlowKinds.Log, "Tencent Analytics", false, Data("Customer.Mobile", "user.contact.phone_number")));

        var report = PolicyCheck.Run(map);

        Assert.Contains(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient && issue.Message.Contains("'Tencent Analytics'"));
    }

    [Fact]
    public void RecipientReceivingNothingIsReportedOnceAsUnused()
    {
        var map = ExampleMaps.SimWorks().AddRecipient(
            Recipient("Tencent Ads", ["user.device.device_id", "user.behavior.browsing_history"], ["Customer.Name"], line: 50));

        var report = PolicyCheck.Run(map);

        var unused = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient);
        Assert.Equal(
            "privacy.json declares recipient 'Tencent Ads' for user.device.device_id, user.behavior.browsing_history and member 'Customer.Name', but the code sends it none of them",
            unused.Message);
        Assert.Equal(CheckLevels.Error, unused.Level);
        Assert.Equal(new SourceLocation("privacy.json", 50, 7), unused.PolicyLocation);
        Assert.Null(unused.CodeLocation);
        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.StaleApproval && issue.Message.Contains("Tencent Ads"));
    }

    [Fact]
    public void RecipientApprovedForNothingIsNotUnused()
    {
        var map = ExampleMaps.SimWorks().AddRecipient(Recipient("Advertising partners", []));

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.Message.Contains("Advertising partners"));
    }

    [Fact]
    public void RecipientReceivingSomethingIsNotUnused()
    {
        var report = PolicyCheck.Run(ExampleMaps.SimWorks());

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient);
        Assert.DoesNotContain(report.Issues, issue => issue.Message.Contains("Alibaba Cloud SMS"));
    }

    [Fact]
    public void RecipientReceivingOnlyUnapprovedDataIsUnusedAndTheSharingUndeclared()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("JPush", ["user.device.device_id"]))
            .AddFlow(Flow(FlowKinds.Recipient, "JPush", false, Data("Customer.Mobile", "user.contact.phone_number")));

        var report = PolicyCheck.Run(map);

        Assert.Contains(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient && issue.Message.Contains("'JPush'"));
        Assert.Contains(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing && issue.Message.Contains("'JPush'"));
    }

    [Fact]
    public void ParentKeyCountsAsSentWhenAChildIsSent()
    {
        var map = ExampleMaps.SimWorks().WithRecipients(
            Recipient("WeChat Pay", ["user.behavior.purchase_history"]),
            Recipient("Alipay", ["user.behavior.purchase_history.order_number"]),
            Recipient("Alibaba Cloud SMS", ["user.contact"]));

        var report = PolicyCheck.Run(map);

        Assert.Empty(report.Issues);
        Assert.False(report.Failed);
    }

    [Fact]
    public void ChildKeyDoesNotCountAsSentWhenOnlyItsParentOrASiblingIsSent()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("Logistics", ["user.behavior.purchase_history.product", "user.behavior.purchase_history.amount"]))
            .AddFlow(Flow(FlowKinds.Recipient, "Logistics", true, Data("Order.Summary", "user.behavior.purchase_history")))
            .AddFlow(Flow(FlowKinds.Recipient, "Logistics", true, Data("Order.Amount", "user.behavior.purchase_history.amount")));

        var report = PolicyCheck.Run(map);

        // The code sends the recipient the amount, so the recipient is used, but never the product.
        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient);
        Assert.Contains(report.Issues, issue => issue.RuleId == CheckRules.StaleApproval
            && issue.Message == "privacy.json approves user.behavior.purchase_history.product for 'Logistics', but the code never sends it to 'Logistics'");
    }

    [Fact]
    public void KeyIsNotAParentOfAKeyThatOnlySharesItsPrefix()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("Mailer", ["user.contact.phone"]))
            .AddFlow(Flow(FlowKinds.Recipient, "Mailer", true, Data("Customer.Mobile", "user.contact.phone_number")));

        var report = PolicyCheck.Run(map);

        Assert.Contains(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient && issue.Message.Contains("'Mailer'"));
    }

    [Fact]
    public void ApprovedMemberNeverSentIsStaleAndSentMemberIsNot()
    {
        var map = ExampleMaps.SimWorks().WithRecipients(
            Recipient("WeChat Pay", ["user.behavior.purchase_history.order_number"], ["Order.Amount", "Order.Product"]),
            Recipient("Alipay", ["user.behavior.purchase_history.order_number"]),
            Recipient("Alibaba Cloud SMS", ["user.contact.phone_number"]));

        var report = PolicyCheck.Run(map);

        var stale = Assert.Single(report.Issues);
        Assert.Equal(CheckRules.StaleApproval, stale.RuleId);
        Assert.Equal("privacy.json approves member 'Order.Product' for 'WeChat Pay', but the code never sends it to 'WeChat Pay'", stale.Message);
    }

    [Fact]
    public void RecipientNamesCompareIgnoringCase()
    {
        var map = ExampleMaps.SimWorks() with
        {
            Flows = ExampleMaps.SimWorks().Flows.Select(flow => flow.Recipient == "Alipay" ? flow with { Recipient = "ALIPAY" } : flow).ToList(),
        };

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.Message.Contains("order_number"));
        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UnusedRecipient);
    }

    [Fact]
    public void UnapprovedFlowToDeclaredRecipientIsUndeclaredSharing()
    {
        var flow = Flow(FlowKinds.Recipient, "WeChat Pay", false,
            Data("Order.OrderNumber", "user.behavior.purchase_history.order_number"),
            Data("Customer.Mobile", "user.contact.phone_number"));
        var map = ExampleMaps.SimWorks().AddFlow(flow);

        var report = PolicyCheck.Run(map);

        var sharing = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
        Assert.Equal(CheckLevels.Error, sharing.Level);
        Assert.Equal(
            "'Customer.Mobile' (user.contact.phone_number) sent to 'WeChat Pay' by SimWorks.Cloud.Partners.Sync.RunAsync(), but privacy.json approves only user.behavior.purchase_history.order_number, user.behavior.purchase_history.product, user.behavior.purchase_history.amount for 'WeChat Pay'",
            sharing.Message);
        Assert.Equal(flow.Location, sharing.CodeLocation);
        Assert.Equal(new SourceLocation("privacy.json", 14, 7), sharing.PolicyLocation);
        Assert.Equal(flow.Location, sharing.Location);
        Assert.Equal(sharing.PolicyLocation, sharing.RelatedLocation);
    }

    [Fact]
    public void FlowToUnknownHostIsUndeclaredSharing()
    {
        var flow = Flow(FlowKinds.Http, null, false, Data("Customer.Mobile", "user.contact.phone_number"));
        var report = PolicyCheck.Run(ExampleMaps.SimWorks().AddFlow(flow));

        var sharing = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
        Assert.Equal(
            "'Customer.Mobile' (user.contact.phone_number) sent to host 'api.partner.example' by SimWorks.Cloud.Partners.Sync.RunAsync(), but no recipient of privacy.json declares that host",
            sharing.Message);
        Assert.Null(sharing.PolicyLocation);
        Assert.Equal(flow.Location, sharing.CodeLocation);
        Assert.Null(sharing.RelatedLocation);
    }

    [Fact]
    public void FlowToRecipientThePolicyDoesNotDeclareIsUndeclaredSharing()
    {
        var flow = Flow(FlowKinds.Recipient, "Umeng", false, Data("Customer.Mobile", "user.contact.phone_number"));
        var report = PolicyCheck.Run(ExampleMaps.SimWorks().AddFlow(flow));

        var sharing = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
        Assert.EndsWith("but privacy.json declares no recipient 'Umeng'", sharing.Message);
        Assert.Null(sharing.PolicyLocation);
    }

    [Fact]
    public void FlowOfApprovedDataToRecipientOutsideTheRegionsIsUndeclaredSharing()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("Stripe", ["user.behavior.purchase_history"], region: "US"))
            .AddFlow(Flow(FlowKinds.Http, "Stripe", false, Data("Order.Amount", "user.behavior.purchase_history.amount")));

        var report = PolicyCheck.Run(map);

        var sharing = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
        Assert.Equal(
            "'Order.Amount' (user.behavior.purchase_history.amount) sent to 'Stripe' by SimWorks.Cloud.Partners.Sync.RunAsync(), which processes it in US, outside the regions privacy.json allows (CN)",
            sharing.Message);
    }

    [Fact]
    public void ApprovedFlowsAreNotUndeclaredSharing()
    {
        var map = ExampleMaps.SimWorks().AddFlow(
            Flow(FlowKinds.Recipient, "Alipay", true, Data("Device.Mac", "user.device.mac_address")));

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredSharing);
        Assert.DoesNotContain(report.Issues, issue => issue.Message.Contains("mac_address"));
    }

    [Fact]
    public void RetentionRuleNoRetainForEnforcesIsUnenforced()
    {
        var map = ExampleMaps.SimWorks().WithTypeRetention("Order", null);

        var report = PolicyCheck.Run(map);

        var unenforced = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UnenforcedRetention);
        Assert.Equal(CheckLevels.Error, unenforced.Level);
        Assert.Equal(
            "privacy.json keeps user.behavior.purchase_history at least P3Y (anonymized at expiry), but no member of that category has a [RetainFor]",
            unenforced.Message);
        Assert.Equal(new SourceLocation("privacy.json", 60, 7), unenforced.PolicyLocation);
        Assert.Equal(unenforced.PolicyLocation, unenforced.Location);
    }

    [Fact]
    public void RetentionRuleOfSeveralCategoriesNoRetainForEnforcesIsUnenforced()
    {
        var map = ExampleMaps.SimWorks().WithMemberRetention("LoginRecord", "IpAddress", null);

        var report = PolicyCheck.Run(map);

        var unenforced = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UnenforcedRetention);
        Assert.Equal(
            "privacy.json keeps user.device.ip_address, user.behavior.login_log at least P6M (deleted at expiry), but no member of those categories has a [RetainFor]",
            unenforced.Message);
        Assert.Equal(66, unenforced.PolicyLocation!.Line);
    }

    [Fact]
    public void RetentionRuleIsEnforcedWhenOneOfItsCategoriesIsRetained()
    {
        // The second rule names ip_address and login_log; only ip_address has a [RetainFor].
        var report = PolicyCheck.Run(ExampleMaps.SimWorks());

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UnenforcedRetention);
    }

    [Fact]
    public void RetentionRuleOnAParentKeyIsEnforcedByChildMembers()
    {
        var map = ExampleMaps.SimWorks().WithRetentionRules(
            RetentionRule(["user.behavior"], "P3Y", "anonymize"),
            RetentionRule(["user.device"], "P6M", "delete"));

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId is CheckRules.UnenforcedRetention or CheckRules.RetentionTooShort or CheckRules.UndeclaredRetention);
    }

    [Fact]
    public void MemberRetentionOverridesTheTypesForTheCheck()
    {
        // The type keeps orders three years, but the amount's own [RetainFor] keeps it only two.
        var map = ExampleMaps.SimWorks().WithMemberRetention("Order", "Amount", TwoYearsAnonymize);

        var report = PolicyCheck.Run(map);

        var tooShort = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort);
        Assert.Equal(
            "'Order.Amount' (user.behavior.purchase_history.amount) is kept P2Y by its [RetainFor], but privacy.json keeps user.behavior.purchase_history at least P3Y",
            tooShort.Message);
        Assert.Equal(new SourceLocation("Billing/Order.cs", 15, 5), tooShort.CodeLocation);
        Assert.Equal(new SourceLocation("privacy.json", 60, 7), tooShort.PolicyLocation);
        Assert.Equal(tooShort.CodeLocation, tooShort.Location);
    }

    [Fact]
    public void TypeRetentionShorterThanTheMinimumIsReportedForEachMember()
    {
        var map = ExampleMaps.SimWorks().WithTypeRetention("Order", TwoYearsAnonymize);

        var report = PolicyCheck.Run(map);

        var tooShort = report.Issues.Where(issue => issue.RuleId == CheckRules.RetentionTooShort).ToList();
        Assert.Equal(3, tooShort.Count);
        Assert.All(tooShort, issue => Assert.Contains("is kept P2Y by the [RetainFor] of 'Order'", issue.Message));
        Assert.True(report.Failed);
    }

    [Fact]
    public void RetentionEqualToOrLongerThanTheMinimumIsNotTooShort()
    {
        var equal = PolicyCheck.Run(ExampleMaps.SimWorks());
        var longer = PolicyCheck.Run(ExampleMaps.SimWorks().WithTypeRetention("Order", ExampleMaps.ThreeYearsAnonymize with { Years = 5 }));
        var inMonths = PolicyCheck.Run(ExampleMaps.SimWorks().WithTypeRetention("Order", ExampleMaps.ThreeYearsAnonymize with { Years = 0, Months = 36 }));

        Assert.DoesNotContain(equal.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort);
        Assert.DoesNotContain(longer.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort);
        Assert.DoesNotContain(inMonths.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort);
    }

    [Fact]
    public void RetentionInDaysIsComparedWithCalendarPeriods()
    {
        // Six months last 181 to 184 days: 180 days is too short, 184 is not.
        var days180 = PolicyCheck.Run(ExampleMaps.SimWorks().WithMemberRetention("LoginRecord", "IpAddress", ExampleMaps.SixMonthsDelete with { Months = 0, Days = 180 }));
        var days184 = PolicyCheck.Run(ExampleMaps.SimWorks().WithMemberRetention("LoginRecord", "IpAddress", ExampleMaps.SixMonthsDelete with { Months = 0, Days = 184 }));

        Assert.Contains(days180.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort && issue.Message.Contains("is kept P180D"));
        Assert.DoesNotContain(days184.Issues, issue => issue.RuleId == CheckRules.RetentionTooShort);
    }

    [Fact]
    public void EveryCoveringMinimumApplies()
    {
        var map = ExampleMaps.SimWorks().WithRetentionRules(
            RetentionRule(["user.behavior"], "P5Y", "anonymize", line: 70),
            RetentionRule(["user.behavior.purchase_history"], "P3Y", "anonymize", line: 76),
            RetentionRule(["user.device.ip_address"], "P6M", "delete", line: 82));

        var report = PolicyCheck.Run(map);

        var tooShort = report.Issues.Where(issue => issue.RuleId == CheckRules.RetentionTooShort).ToList();
        Assert.Equal(3, tooShort.Count);
        Assert.All(tooShort, issue =>
        {
            Assert.EndsWith("but privacy.json keeps user.behavior at least P5Y", issue.Message);
            Assert.Equal(70, issue.PolicyLocation!.Line);
        });
    }

    [Fact]
    public void UnparsableMinimumIsNotComparedAndDoesNotThrow()
    {
        var map = ExampleMaps.SimWorks().WithRetentionRules(
            RetentionRule(["user.behavior.purchase_history"], "three years", "anonymize"),
            RetentionRule(["user.device.ip_address"], "P6M", "delete"));

        var report = PolicyCheck.Run(map);

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId is CheckRules.RetentionTooShort or CheckRules.UnenforcedRetention);
    }

    [Fact]
    public void RetentionOfACategoryNoRuleCoversIsANote()
    {
        var map = ExampleMaps.SimWorks().WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"));

        var report = PolicyCheck.Run(map);

        var undeclared = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredRetention);
        Assert.Equal(CheckLevels.Note, undeclared.Level);
        Assert.Equal(
            "user.contact.phone_number is kept by [RetainFor] on 'Customer.Mobile' (P1Y, deleted at expiry), but no retention rule of privacy.json covers it",
            undeclared.Message);
        Assert.Equal(new SourceLocation("Accounts/Customer.cs", 14, 5), undeclared.CodeLocation);
        Assert.Null(undeclared.PolicyLocation);
    }

    [Fact]
    public void EachUncoveredCategoryGetsOneNote()
    {
        var map = ExampleMaps.SimWorks()
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithMemberRetention("Customer", "Name", new RetentionEntry(0, 6, 0, null, null, "anonymize"))
            .WithMemberRetention("Customer", "IdCardNumber", new RetentionEntry(2, 0, 0, null, null, "delete"));

        var report = PolicyCheck.Run(map);

        Assert.Equal(
            [
                "user.contact.phone_number is kept by [RetainFor] on 'Customer.Mobile' (P1Y, deleted at expiry), but no retention rule of privacy.json covers it",
                "user.name is kept by [RetainFor] on 'Customer.Name' (P6M, anonymized at expiry), but no retention rule of privacy.json covers it",
                "user.government_id.national_identification_number is kept by [RetainFor] on 'Customer.IdCardNumber' (P2Y, deleted at expiry), but no retention rule of privacy.json covers it",
            ],
            report.Issues.Where(issue => issue.RuleId == CheckRules.UndeclaredRetention).Select(issue => issue.Message));
    }

    [Fact]
    public void OneNoteNamesEveryMemberKeepingTheCategory()
    {
        var map = ExampleMaps.SimWorks()
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithMemberRetention("Customer", "Name", new RetentionEntry(0, 6, 0, null, null, "delete"));
        map = map with
        {
            Types = map.Types.Select(type => type.Name.EndsWith(".Customer", StringComparison.Ordinal)
                ? type with { Members = type.Members.Select(member => member.Name == "Name" ? member with { Category = "user.contact.phone_number" } : member).ToList() }
                : type).ToList(),
        };

        var undeclared = Assert.Single(PolicyCheck.Run(map).Issues, issue => issue.RuleId == CheckRules.UndeclaredRetention);

        Assert.Equal(
            "user.contact.phone_number is kept by [RetainFor] on 'Customer.Mobile' (P1Y, deleted at expiry), 'Customer.Name' (P6M, deleted at expiry), but no retention rule of privacy.json covers it",
            undeclared.Message);
    }

    [Fact]
    public void RetentionOfCoveredCategoriesIsNotUndeclared()
    {
        var report = PolicyCheck.Run(ExampleMaps.SimWorks());

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.UndeclaredRetention);
    }

    [Fact]
    public void DifferentExpiryActionIsAWarning()
    {
        var map = ExampleMaps.SimWorks().WithMemberRetention("LoginRecord", "IpAddress", ExampleMaps.SixMonthsDelete with { OnExpiry = "anonymize" });

        var report = PolicyCheck.Run(map);

        var mismatch = Assert.Single(report.Issues, issue => issue.RuleId == CheckRules.ExpiryActionMismatch);
        Assert.Equal(CheckLevels.Warning, mismatch.Level);
        Assert.Equal(
            "'LoginRecord.IpAddress' (user.device.ip_address) is anonymized at expiry by its [RetainFor], but privacy.json says user.device.ip_address is deleted",
            mismatch.Message);
        Assert.Equal(new SourceLocation("privacy.json", 66, 7), mismatch.PolicyLocation);
        Assert.Equal(new SourceLocation("Security/LoginRecord.cs", 11, 5), mismatch.CodeLocation);
    }

    [Fact]
    public void MostSpecificRuleDecidesTheExpiryAction()
    {
        var map = ExampleMaps.SimWorks().WithRetentionRules(
            RetentionRule(["user.behavior"], "P1Y", "delete"),
            RetentionRule(["user.behavior.purchase_history"], "P3Y", "anonymize"),
            RetentionRule(["user.device"], "P6M", null));

        var report = PolicyCheck.Run(map);

        // Orders are anonymized as the purchase-history rule says; the device rule states no action.
        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.ExpiryActionMismatch);
    }

    [Fact]
    public void SameExpiryActionIsNotAMismatch()
    {
        var report = PolicyCheck.Run(ExampleMaps.SimWorks());

        Assert.DoesNotContain(report.Issues, issue => issue.RuleId == CheckRules.ExpiryActionMismatch);
    }

    [Fact]
    public void IssuesComeInRuleOrder()
    {
        var map = ExampleMaps.SimWorks()
            .AddRecipient(Recipient("Tencent Ads", ["user.device.device_id"]))
            .AddFlow(Flow(FlowKinds.Http, null, false, Data("Customer.Mobile", "user.contact.phone_number")))
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithMemberRetention("LoginRecord", "IpAddress", new RetentionEntry(0, 1, 0, null, null, "anonymize"));

        var report = PolicyCheck.Run(map);

        Assert.Equal(
            ["PRIV300", "PRIV301", "PRIV301", "PRIV302", "PRIV304", "PRIV305", "PRIV306"],
            report.Issues.Select(issue => issue.RuleId));
    }

    [Fact]
    public void NoPolicyWithSharingIsOneError()
    {
        var map = ExampleMaps.SimWorks() with { Policy = null };

        var report = PolicyCheck.Run(map);

        var issue = Assert.Single(report.Issues);
        Assert.Equal(CheckRules.NoPolicy, issue.RuleId);
        Assert.Equal(CheckLevels.Error, issue.Level);
        Assert.Equal(
            "No privacy.json declares what the code may share, but the code sends personal information to 'Alibaba Cloud SMS', 'Alipay', 'WeChat Pay'",
            issue.Message);
        Assert.Null(issue.Location);
        Assert.True(report.Failed);
    }

    [Fact]
    public void NoPolicyWithoutSharingIsOneNoteAndPasses()
    {
        var simWorks = ExampleMaps.SimWorks();
        var map = simWorks with
        {
            Policy = null,
            Flows = simWorks.Flows.Where(flow => flow.Kind is FlowKinds.Log or FlowKinds.Cookie).ToList(),
        };

        var report = PolicyCheck.Run(map);

        var issue = Assert.Single(report.Issues);
        Assert.Equal(CheckRules.NoPolicy, issue.RuleId);
        Assert.Equal(CheckLevels.Note, issue.Level);
        Assert.False(report.Failed);
    }

    [Fact]
    public void WarningsAndNotesAloneDoNotFail()
    {
        var map = ExampleMaps.SimWorks()
            .WithRecipients(
                Recipient("WeChat Pay", ["user.behavior.purchase_history"]),
                Recipient("Alipay", ["user.behavior.purchase_history.order_number"]),
                Recipient("Alibaba Cloud SMS", ["user.contact.phone_number"]))
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithMemberRetention("LoginRecord", "IpAddress", ExampleMaps.SixMonthsDelete with { OnExpiry = "anonymize" });

        var report = PolicyCheck.Run(map);

        Assert.Equal([CheckRules.UndeclaredRetention, CheckRules.ExpiryActionMismatch], report.Issues.Select(issue => issue.RuleId));
        Assert.False(report.Failed);
    }

    [Fact]
    public void FindingConfiguredAsErrorFails()
    {
        var clean = ExampleMaps.SimWorks().WithRecipients(
            Recipient("WeChat Pay", ["user.behavior.purchase_history"]),
            Recipient("Alipay", ["user.behavior.purchase_history.order_number"]),
            Recipient("Alibaba Cloud SMS", ["user.contact.phone_number"]));

        Assert.False(PolicyCheck.Run(clean).Failed);
        Assert.False(PolicyCheck.Run(clean.WithFindings(Finding("PRIV002", "warning"), Finding("PRIV006", "hidden"))).Failed);
        Assert.True(PolicyCheck.Run(clean.WithFindings(Finding("PRIV001", "error"))).Failed);
    }

    [Fact]
    public void DriftIsTheSharingFindings()
    {
        var map = ExampleMaps.SimWorks().WithFindings(
            Finding("PRIV001", "warning"),
            Finding("PRIV002", "warning"),
            Finding("PRIV004", "warning"),
            Finding("PRIV009", "error"));

        var report = PolicyCheck.Run(map);

        Assert.Equal(["PRIV002", "PRIV009"], report.Drift.Select(finding => finding.RuleId));
        Assert.Equal(4, report.Findings.Count);
    }

    [Fact]
    public void EmptyMapWithEmptyPolicyHasNoIssues()
    {
        var map = new DataMap(DataMap.CurrentSchemaVersion, "Empty.sln", [], new PolicyEntry("privacy.json", [], [], [], [], []), [], [], []);

        var report = PolicyCheck.Run(map);

        Assert.Empty(report.Issues);
        Assert.False(report.Failed);
    }
}
