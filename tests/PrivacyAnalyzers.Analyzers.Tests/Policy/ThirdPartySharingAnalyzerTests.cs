using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV002: personal information passed to a [ThirdParty] recipient is checked against the policy file; PRIV205: unknown recipients.</summary>
public class ThirdPartySharingAnalyzerTests
{
    private const string Policy = """
        {
          "purposes": [ { "id": "payment" }, { "id": "notification" } ],
          "recipients": [
            { "name": "WeChat Pay", "purposes": ["payment"], "categories": ["user.behavior.purchase_history.order_number", "user.behavior.purchase_history.amount"] },
            { "name": "Alipay", "purposes": ["payment"], "categories": ["user.device"], "members": ["Order.BuyerPhone"] },
            { "name": "Alibaba Cloud SMS", "purposes": ["notification"], "categories": ["user.contact.phone_number"] },
            { "name": "Advertising partners", "categories": [] }
          ]
        }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop;

        public partial class Account
        {
            public int Id { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Phone { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            [PersonalInfo(DataCategory.Device.MacAddress)] public string Mac { get; set; } = "";
        }

        // Anonymize stands in for the generated one.
        public partial class Order : IAnonymizable<Order>
        {
            [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
            [PersonalInfo(DataCategory.Transaction.Amount)] public decimal Amount { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
            public Order Anonymize(PseudonymKey key) => new Order { Amount = Amount };
        }

        public partial class Receipt
        {
            [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
            public Account Buyer { get; set; } = new Account();
        }

        [ThirdParty("WeChat Pay")]
        public class WeChatPayClient
        {
            public void Pay(string orderNumber, decimal amount) { }
            public void Submit(object payload) { }
            public void Submit(Order order) => Submit((object)order.BuyerPhone);
        }

        public class AlipayClient
        {
            [ThirdParty("Alipay")] public void Report(params string[] values) { }
            [ThirdParty("Alipay")] public void Pay(Order order) { }
            public void Log(string text) { }
        }

        [ThirdParty("Alibaba Cloud SMS")]
        public interface ISmsSender
        {
            void Send(string phone, string text);
        }

        public class AliyunSms : ISmsSender
        {
            public AliyunSms(string signName) { }
            public void Send(string phone, string text) { }
        }

        [ThirdParty("Advertising partners")]
        public static class AdStatistics
        {
            public static void Count(string campaign, int visitors) { }
        }
        """;

    [Fact]
    public async Task Categories_the_policy_approves_for_the_recipient_are_not_reported()
    {
        await RunAsync("""
            namespace Shop;

            public class Checkout
            {
                public void Run(Order order, Account account, AliyunSms sms, ISmsSender sender, WeChatPayClient weChat, AlipayClient alipay)
                {
                    weChat.Pay(order.Number, order.Amount);
                    sms.Send(account.Phone, "Your code is 1234");
                    sender.Send(account.Phone.Trim(), "Paid");
                    alipay.Report(account.Mac);                      // a parent key approves its children
                    alipay.Report(order.BuyerPhone);                 // a member named in the policy
                    alipay.Log(account.Email);                       // not marked
                    AdStatistics.Count("spring", 42);
                }
            }
            """);
    }

    [Fact]
    public async Task A_value_of_a_category_the_recipient_is_not_approved_for_is_reported_with_what_the_policy_approves()
    {
        await RunAsync(
            """
            namespace Shop;

            public class Checkout
            {
                public void Run(Order order, Account account, WeChatPayClient weChat, AliyunSms sms)
                {
                    var note = $"Buyer {account.Email}";
                    weChat.Pay({|#0:note|}, order.Amount);
                    sms.Send(account.Phone, {|#1:"Receipt sent to " + account.Email|});
                    AdStatistics.Count({|#2:account.Phone|}, 1);
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "WeChatPayClient.Pay",
                "approves only user.behavior.purchase_history.order_number, user.behavior.purchase_history.amount for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "AliyunSms.Send", "approves only user.contact.phone_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "Advertising partners", "AdStatistics.Count", "approves no personal information for it"));
    }

    [Fact]
    public async Task A_whole_object_counts_by_every_personal_member_it_holds_and_its_anonymized_copy_passes()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout
            {
                public void Run(Order order, Receipt receipt, WeChatPayClient weChat, AlipayClient alipay, PseudonymKey key)
                {
                    weChat.Submit({|#0:order|});
                    weChat.Submit({|#1:receipt|});
                    weChat.Submit(order.Anonymize(key));
                    var anonymous = order.Anonymize(key);
                    weChat.Submit(anonymous);
                    alipay.Pay({|#2:order|});
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayClient.Submit",
                "approves only user.behavior.purchase_history.order_number, user.behavior.purchase_history.amount for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number), 'Account.Email' (user.contact.email) and 'Account.Mac' (user.device.mac_address) are", "WeChat Pay", "WeChatPayClient.Submit",
                "approves only user.behavior.purchase_history.order_number, user.behavior.purchase_history.amount for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Order.Number' (user.behavior.purchase_history.order_number) and 'Order.Amount' (user.behavior.purchase_history.amount) are", "Alipay", "AlipayClient.Pay",
                "approves only user.device, Order.BuyerPhone for it"));
    }

    [Fact]
    public async Task Params_elements_constructors_and_interface_implementations_are_sinks()
    {
        await RunAsync(
            """
            namespace Shop;

            public class Checkout
            {
                public void Run(Account account, AlipayClient alipay)
                {
                    alipay.Report(account.Mac, {|#0:account.Email|});
                    var sms = new AliyunSms({|#1:account.Email|});
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alipay", "AlipayClient.Report", "approves only user.device, Order.BuyerPhone for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "new AliyunSms", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task Marks_are_inherited_by_derived_types_and_overrides_and_calls_inside_the_wrapper_are_not_sharing_again()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class TenpayClient : WeChatPayClient
            {
                public void Refund(string reason) { }
            }

            public abstract class Gateway
            {
                [ThirdParty("Alibaba Cloud SMS")] public abstract void Notify(string phone, string text);
            }

            public class SmsGateway : Gateway
            {
                public override void Notify(string phone, string text) => Format(text);
                private void Format(string text) { }
            }

            public class Checkout
            {
                public void Run(Account account, TenpayClient tenpay, SmsGateway sms)
                {
                    tenpay.Refund({|#0:account.Email|});
                    sms.Notify(account.Phone, {|#1:account.Email|});
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "TenpayClient.Refund",
                "approves only user.behavior.purchase_history.order_number, user.behavior.purchase_history.amount for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SmsGateway.Notify", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task An_undeclared_recipient_is_reported_on_the_attribute_and_approves_nothing()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            [ThirdParty({|#0:"Stripe"|})]
            public class StripeClient
            {
                public void Charge(string orderNumber) { }
            }

            public class Checkout
            {
                public void Run(Order order, StripeClient stripe) => stripe.Charge({|#1:order.Number|});
            }
            """,
            Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithLocation(0).WithArguments(
                "Stripe", "; it declares 'WeChat Pay', 'Alipay', 'Alibaba Cloud SMS', 'Advertising partners'"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Order.Number' (user.behavior.purchase_history.order_number) is", "Stripe", "StripeClient.Charge", "does not declare this recipient"));
    }

    [Fact]
    public async Task Without_a_policy_file_no_recipient_is_approved()
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add("""
            namespace Shop;

            public class Checkout
            {
                public void Run(Order order, WeChatPayClient weChat) => weChat.Pay({|#0:order.Number|}, 1m);
            }
            """);
        const string missing = "; the project has no privacy policy file (privacy.json), so no recipient is approved";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("/0/Test0.cs", 28, 13, 28, 25).WithArguments("WeChat Pay", missing));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("/0/Test0.cs", 38, 17, 38, 25).WithArguments("Alipay", missing));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("/0/Test0.cs", 39, 17, 39, 25).WithArguments("Alipay", missing));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("/0/Test0.cs", 43, 13, 43, 32).WithArguments("Alibaba Cloud SMS", missing));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("/0/Test0.cs", 55, 13, 55, 35).WithArguments("Advertising partners", missing));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.Number' (user.behavior.purchase_history.order_number) is", "WeChat Pay", "WeChatPayClient.Pay",
            "file (privacy.json) is missing, so no recipient is approved"));

        await test.RunAsync(CancellationToken.None);
    }

    private static Task RunAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
