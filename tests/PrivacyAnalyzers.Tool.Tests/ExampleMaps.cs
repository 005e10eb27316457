using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>A small, hand-built data map shaped like the SimWorks sample, for the writers' and the check's tests.</summary>
internal static class ExampleMaps
{
    private static SourceLocation At(string path, int line, int column = 5) => new(path, line, column);

    public static readonly RetentionEntry ThreeYearsAnonymize =
        new(3, 0, 0, "CompletedAt", "E-Commerce Law Art. 31", "anonymize");

    public static readonly RetentionEntry SixMonthsDelete =
        new(0, 6, 0, "SignedInAt", "Cybersecurity Law Art. 21", "delete");

    public static DataMap SimWorks() => new(
        DataMap.CurrentSchemaVersion,
        "SimWorks.Cloud.csproj",
        [new ProjectEntry("SimWorks.Cloud", "SimWorks.Cloud.csproj", "privacy.json")],
        Policy(),
        [
            new DataTypeEntry(
                "SimWorks.Cloud.Accounts.Customer",
                "SimWorks.Cloud",
                "class",
                Retention: null,
                DataSubjectId: "Id",
                [
                    new DataMemberEntry("Mobile", "string", "user.contact.phone_number", false, ["account", "notification"], "PhoneNumber", "Pseudonymize", null, false, At("Accounts/Customer.cs", 14)),
                    new DataMemberEntry("Name", "string", "user.name", false, [], "Name", "Redact", null, false, At("Accounts/Customer.cs", 17)),
                    new DataMemberEntry("IdCardNumber", "string?", "user.government_id.national_identification_number", true, ["security"], "NationalId", "Redact", null, false, At("Accounts/Customer.cs", 20)),
                ],
                At("Accounts/Customer.cs", 9, 22)),
            new DataTypeEntry(
                "SimWorks.Cloud.Billing.Order",
                "SimWorks.Cloud",
                "record",
                ThreeYearsAnonymize,
                DataSubjectId: null,
                [
                    new DataMemberEntry("OrderNumber", "string", "user.behavior.purchase_history.order_number", false, ["payment"], null, "Pseudonymize", null, false, At("Billing/Order.cs", 12)),
                    new DataMemberEntry("Amount", "decimal", "user.behavior.purchase_history.amount", false, ["payment"], null, "Generalize", null, false, At("Billing/Order.cs", 15)),
                    new DataMemberEntry("Product", "string", "user.behavior.purchase_history.product", false, ["payment"], null, null, null, false, At("Billing/Order.cs", 18)),
                ],
                At("Billing/Order.cs", 8, 23)),
            new DataTypeEntry(
                "SimWorks.Cloud.Security.LoginRecord",
                "SimWorks.Cloud",
                "class",
                Retention: null,
                DataSubjectId: null,
                [
                    new DataMemberEntry("IpAddress", "string", "user.device.ip_address", false, ["security"], "IpAddress", "Generalize", SixMonthsDelete, false, At("Security/LoginRecord.cs", 11)),
                ],
                At("Security/LoginRecord.cs", 7, 18)),
        ],
        [
            new FlowEntry(FlowKinds.Recipient, "WeChatPayGateway.CreateOrder", "WeChat Pay", null,
                [new FlowData("Order.OrderNumber", "user.behavior.purchase_history.order_number"), new FlowData("Order.Amount", "user.behavior.purchase_history.amount")],
                ["payment"], true, "SimWorks.Cloud.Billing.CheckoutService.PayWithWeChatAsync(Order)", "SimWorks.Cloud", At("Billing/CheckoutService.cs", 31, 40)),
            new FlowEntry(FlowKinds.Http, "HttpClient.PostAsJsonAsync", "Alipay", "openapi.alipay.com",
                [new FlowData("Order.OrderNumber", "user.behavior.purchase_history.order_number")],
                ["payment"], true, "SimWorks.Cloud.Billing.CheckoutService.PayWithAlipayAsync(Order)", "SimWorks.Cloud", At("Billing/CheckoutService.cs", 45, 13)),
            new FlowEntry(FlowKinds.Recipient, "SmsSender.SendAsync", "Alibaba Cloud SMS", null,
                [new FlowData("Customer.Mobile", "user.contact.phone_number")],
                [], true, "SimWorks.Cloud.Notifications.Notifier.SendCodeAsync(Customer)", "SimWorks.Cloud", At("Notifications/Notifier.cs", 22, 35)),
            new FlowEntry(FlowKinds.Log, "ILogger.LogInformation", null, null,
                [new FlowData("Customer.Mobile", "user.contact.phone_number")],
                [], false, "SimWorks.Cloud.Accounts.SignUpService.Register(Customer)", "SimWorks.Cloud", At("Accounts/SignUpService.cs", 18, 52)),
            new FlowEntry(FlowKinds.Cookie, "IResponseCookies.Append", null, null,
                [new FlowData("Customer.Name", "user.name")],
                [], false, "SimWorks.Cloud.Web.SessionCookies.Remember(Customer)", "SimWorks.Cloud", At("Web/SessionCookies.cs", 12, 42)),
        ],
        [
            new FindingEntry("PRIV001", "warning", "'Customer.Mobile' (user.contact.phone_number) is written to ILogger.LogInformation; mask or remove it",
                "SimWorks.Cloud", At("Accounts/SignUpService.cs", 18, 52), "https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/PRIV001.md"),
            new FindingEntry("PRIV004", "warning", "'Customer.Name' (user.name) is stored in a cookie by IResponseCookies.Append; the policy allows user.account.username, user.device.cookie_id in cookies",
                "SimWorks.Cloud", At("Web/SessionCookies.cs", 12, 42), "https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/PRIV004.md"),
        ]);

    public static PolicyEntry Policy() => new(
        "privacy.json",
        [
            new PolicyPurposeEntry("account", "Registration and login"),
            new PolicyPurposeEntry("security", "Risk control"),
            new PolicyPurposeEntry("payment", "Payment through payment agencies"),
            new PolicyPurposeEntry("notification", "SMS notifications"),
        ],
        [
            new PolicyRecipientEntry("WeChat Pay", "Payments within mobile applications", ["payment"],
                ["user.behavior.purchase_history.order_number", "user.behavior.purchase_history.product", "user.behavior.purchase_history.amount"],
                [], ["api.mch.weixin.qq.com"], "CN", At("privacy.json", 14, 7)),
            new PolicyRecipientEntry("Alipay", "Payments and risk control", ["payment", "security"],
                ["user.device.mac_address", "user.behavior.purchase_history.order_number"],
                [], ["openapi.alipay.com"], "CN", At("privacy.json", 26, 7)),
            new PolicyRecipientEntry("Alibaba Cloud SMS", "SMS notifications", ["notification", "account"],
                ["user.contact.phone_number"],
                [], ["dysmsapi.aliyuncs.com"], "CN", At("privacy.json", 38, 7)),
        ],
        ["CN"],
        ["user.account.username", "user.device.cookie_id"],
        [
            new PolicyRetentionEntry(["user.behavior.purchase_history"], "P3Y", "E-Commerce Law: transaction information at least three years", "anonymize", At("privacy.json", 60, 7)),
            new PolicyRetentionEntry(["user.device.ip_address", "user.behavior.login_log"], "P6M", "Cybersecurity Law: network logs at least six months", "delete", At("privacy.json", 66, 7)),
        ]);
}
