using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>
/// PRIV002 checks every personal member a value handed to a recipient carries: each value an anonymous object, a
/// dictionary, a tuple or text is built from, numbers computed from a personal number, and the members of objects held.
/// </summary>
public class CarriedMembersTests
{
    private const string OrderNumber = "'Order.OrderNumber' (user.behavior.purchase_history.order_number)";
    private const string Product = "'Order.Product' (user.behavior.purchase_history.product)";
    private const string Amount = "'Order.Amount' (user.behavior.purchase_history.amount)";

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop
        {
            public partial class Order
            {
                public long Id { get; set; }
                [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string OrderNumber { get; set; } = "";
                [PersonalInfo(DataCategory.Transaction.Product)] public string Product { get; set; } = "";
                [PersonalInfo(DataCategory.Transaction.Amount)] public decimal Amount { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
            }

            [ThirdParty("WeChat Pay")]
            public class WeChatPaySdk
            {
                public void Submit(object request) { }
            }
        }
        """;

    // The SimWorks sample's WeChat Pay client: an anonymous request serialized as JSON, the amount in fen.
    private const string NativePayment = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        namespace Shop;

        public sealed class WeChatPayClient(HttpClient http)
        {
            public async Task CreateNativePaymentAsync(Order order)
            {
                var prepay = new
                {
                    appid = "wx8888888888888888",
                    mchid = "1900000109",
                    description = order.Product,
                    out_trade_no = order.OrderNumber,
                    notify_url = "https://cloud.simworks.example/payments/wechat/notify",
                    amount = new { total = (int)Math.Round(order.Amount * 100), currency = "CNY" },
                };
                using var response = await http.PostAsync("https://api.mch.weixin.qq.com/v3/pay/transactions/native", {|#0:JsonContent.Create(prepay)|});
            }
        }
        """;

    [Fact]
    public async Task Every_value_of_a_payment_request_is_reported_to_a_recipient_approving_none()
    {
        await RunAsync(
            NativePayment,
            Policy(),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                Product + ", " + OrderNumber + " and " + Amount + " are", "WeChat Pay", "HttpClient.PostAsync", "approves no personal information for it"));
    }

    [Fact]
    public async Task A_payment_request_within_what_the_policy_approves_is_not_reported()
    {
        await RunAsync(
            NativePayment.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|});", ");", StringComparison.Ordinal),
            Policy("user.behavior.purchase_history.order_number", "user.behavior.purchase_history.product", "user.behavior.purchase_history.amount"));
    }

    [Theory]
    [InlineData("user.behavior.purchase_history.product", "user.behavior.purchase_history.amount", OrderNumber)]
    [InlineData("user.behavior.purchase_history.order_number", "user.behavior.purchase_history.amount", Product)]
    // The amount reaches the request only rounded and converted to fen.
    [InlineData("user.behavior.purchase_history.order_number", "user.behavior.purchase_history.product", Amount)]
    public async Task The_one_value_of_a_payment_request_the_policy_does_not_approve_is_reported(string approved, string alsoApproved, string reported)
    {
        await RunAsync(
            NativePayment,
            Policy(approved, alsoApproved),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                reported + " is", "WeChat Pay", "HttpClient.PostAsync", "approves only " + approved + ", " + alsoApproved + " for it"));
    }

    [Fact]
    public async Task An_approved_value_does_not_hide_an_unapproved_one_next_to_it()
    {
        await RunAsync(
            """
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Payments(HttpClient http, WeChatPaySdk sdk)
            {
                public async Task Run(Order order, bool flag)
                {
                    var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["no"] = order.OrderNumber, ["phone"] = order.BuyerPhone });
                    await http.PostAsync("https://api.mch.weixin.qq.com/pay", {|#0:form|});
                    sdk.Submit({|#1:(order.OrderNumber, order.BuyerPhone)|});
                    sdk.Submit({|#2:new { order.OrderNumber, Total = order.Amount * 100 }|});
                    var request = new Dictionary<string, object> { { "no", order.OrderNumber } };
                    request.Add("fen", decimal.Round(order.Amount * 100));
                    sdk.Submit({|#3:request|});
                    sdk.Submit({|#4:flag ? order.OrderNumber : order.BuyerPhone|});
                    sdk.Submit(new { order.OrderNumber, order.OrderNumber.Length, Big = order.Amount > 100 });
                }
            }
            """,
            Policy("user.behavior.purchase_history.order_number"),
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "HttpClient.PostAsync"),
            Unapproved(1, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChatPaySdk.Submit"),
            Unapproved(2, Amount + " is", "WeChatPaySdk.Submit"),
            Unapproved(3, Amount + " is", "WeChatPaySdk.Submit"),
            Unapproved(4, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChatPaySdk.Submit"));
    }

    [Fact]
    public async Task A_member_read_back_from_a_request_counts_by_what_it_was_built_from()
    {
        await RunAsync(
            """
            namespace Shop;

            public class Payments(WeChatPaySdk sdk)
            {
                public void Run(Order order)
                {
                    var request = new { no = order.OrderNumber, phone = order.BuyerPhone, fen = (long)(order.Amount * 100) };
                    sdk.Submit(request.no);
                    sdk.Submit({|#0:request.phone|});
                    sdk.Submit({|#1:request.fen|});
                    var pair = (order.OrderNumber, order.BuyerPhone);
                    sdk.Submit(pair.Item1);
                    sdk.Submit({|#2:pair.Item2|});
                }
            }
            """,
            Policy("user.behavior.purchase_history.order_number"),
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChatPaySdk.Submit"),
            Unapproved(1, Amount + " is", "WeChatPaySdk.Submit"),
            Unapproved(2, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChatPaySdk.Submit"));
    }

    [Fact]
    public async Task An_object_held_in_a_request_carries_all_its_members()
    {
        await RunAsync(
            """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Payments(HttpClient http)
            {
                public Task Run(Order order)
                    => http.PostAsync("https://api.mch.weixin.qq.com/pay", {|#0:JsonContent.Create(new { order, channel = "native" })|});
            }
            """,
            Policy("user.behavior.purchase_history"),
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "HttpClient.PostAsync", "approves only user.behavior.purchase_history for it"));
    }

    private static DiagnosticResult Unapproved(int location, string carried, string sink, string approval = "approves only user.behavior.purchase_history.order_number for it")
        => Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(location).WithArguments(carried, "WeChat Pay", sink, approval);

    /// <summary>A policy like the SimWorks sample's: WeChat Pay at its API host, approved for <paramref name="categories"/>.</summary>
    private static string Policy(params string[] categories) => $$"""
        {
          "purposes": [ { "id": "payment" } ],
          "recipients": [
            {
              "name": "WeChat Pay",
              "purposes": ["payment"],
              "categories": [{{string.Join(", ", categories.Select(category => "\"" + category + "\""))}}],
              "httpHosts": ["api.mch.weixin.qq.com"],
              "region": "CN"
            }
          ],
          "regions": { "allowed": ["CN"] }
        }
        """;

    private static Task RunAsync(string source, string policy, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
