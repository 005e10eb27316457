using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>
/// PRIV002 for calls into a recipient's SDK and HttpClient requests to its hosts; PRIV009 for recipients processing data
/// outside the policy's regions.
/// </summary>
public class SdkAndHttpSharingTests
{
    private const string Policy = """
        {
          "purposes": [ { "id": "payment" }, { "id": "notification" } ],
          "recipients": [
            { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.order_number"], "sdkNamespaces": ["Tenpay.Sdk"], "httpHosts": ["api.mch.weixin.qq.com"], "region": "CN" },
            { "name": "Alibaba Cloud SMS", "categories": ["user.contact.phone_number"], "sdkTypes": ["Aliyun.Sms.SmsClient"], "httpHosts": ["*.aliyuncs.com"], "region": "CN" },
            { "name": "Twilio", "categories": ["user.contact.phone_number"], "sdkTypes": ["Twilio.Rest.MessageResource"], "httpHosts": ["api.twilio.com"], "region": "US" },
            { "name": "Mailgun", "categories": ["user.contact.email"], "httpHosts": ["api.mailgun.net"], "region": "US" }
          ],
          "regions": { "allowed": ["CN"], "exceptions": [ { "basis": "consent", "recipients": ["Mailgun"] } ] }
        }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop
        {
            public partial class Account
            {
                public int Id { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Phone { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            }

            // Anonymize stands in for the generated one.
            public partial class Order : IAnonymizable<Order>
            {
                [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
                public Order Anonymize(PseudonymKey key) => new Order();
            }
        }

        namespace Tenpay.Sdk.Payments
        {
            public class PayClient
            {
                public void Pay(string orderNumber) { }
                public void Pay(object request) => Pay(request.ToString() ?? "");
            }
        }

        namespace Twilio.Rest
        {
            public static class MessageResource
            {
                public static void Create(string to, string body) { }
            }
        }

        namespace Aliyun.Sms
        {
            public class SmsClient
            {
                public void Send(string phone, string text) { }
            }

            public class SmsTemplates
            {
                public void Register(string text) { }
            }
        }
        """;

    [Fact]
    public async Task Calls_into_a_recipients_sdk_namespaces_and_types_are_checked_against_what_it_is_approved_for()
    {
        await RunAsync(
            """
            using Tenpay.Sdk.Payments;
            using Aliyun.Sms;

            namespace Shop;

            public class Checkout
            {
                public void Run(Order order, Account account, PayClient pay, SmsClient sms, SmsTemplates templates)
                {
                    pay.Pay(order.Number);
                    pay.Pay({|#0:account.Email|});
                    pay.Pay({|#1:(object)order|});
                    sms.Send(account.Phone, {|#2:"Receipt for " + account.Email|});
                    templates.Register(account.Email);               // a type of the namespace that is not listed
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "PayClient.Pay", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "PayClient.Pay", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SmsClient.Send", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task Personal_info_in_the_uri_of_a_request_to_a_configured_host_is_checked()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Notifier(HttpClient http)
            {
                public async Task Run(Account account, Order order)
                {
                    await http.GetAsync($"https://dysmsapi.aliyuncs.com/send?phone={account.Phone}");
                    await http.GetAsync({|#4:"https://dysmsapi.aliyuncs.com/send?phone=" + account.Phone + "&mail=" + account.Email|});
                    await http.GetAsync({|#0:$"https://dysmsapi.aliyuncs.com/send?email={account.Email}"|});
                    await http.GetStringAsync({|#1:"https://api.mch.weixin.qq.com/pay?phone=" + order.BuyerPhone|});
                    await http.DeleteAsync({|#2:new Uri($"https://api.mch.weixin.qq.com/orders/{account.Email}")|});
                    var request = new HttpRequestMessage(HttpMethod.Get, {|#3:$"https://API.mch.weixin.qq.com/q?e={account.Email}"|});
                    await http.SendAsync(request);
                    await http.GetAsync("https://api.mch.weixin.qq.com/pay?order=" + order.Number);
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpClient.GetAsync", "approves only user.contact.phone_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.GetStringAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpClient.DeleteAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(3).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "new HttpRequestMessage", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(4).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpClient.GetAsync", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task Request_content_built_from_personal_info_is_checked_and_anonymized_objects_pass()
    {
        await RunAsync(
            """
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using PrivacyAnalyzers;

            namespace Shop;

            public class Payments(HttpClient http, PseudonymKey key)
            {
                public async Task Run(Account account, Order order)
                {
                    await http.PostAsync("https://api.mch.weixin.qq.com/pay", {|#0:new StringContent(account.Email)|});
                    var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["phone"] = account.Phone });
                    await http.PostAsync("https://api.mch.weixin.qq.com/pay", {|#1:form|});
                    await http.PostAsync("https://api.mch.weixin.qq.com/pay", {|#2:JsonContent.Create(order)|});
                    await http.PostAsJsonAsync("https://api.mch.weixin.qq.com/pay", {|#3:order|});
                    await http.PutAsJsonAsync("https://api.mch.weixin.qq.com/pay", order.Anonymize(key));
                    await http.PostAsync("https://api.mch.weixin.qq.com/pay", new StringContent(order.Number));
                    await http.PostAsJsonAsync("https://sms.aliyuncs.com/send", new { phone = account.Phone });
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpClient.PostAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(3).WithArguments(
                "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", "approves only user.behavior.purchase_history.order_number for it"));
    }

    [Fact]
    public async Task Headers_and_relative_requests_go_to_the_host_the_same_method_sets()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Payments
            {
                public async Task Run(Account account, Order order)
                {
                    var http = new HttpClient { BaseAddress = new Uri("https://api.mch.weixin.qq.com/v3/") };
                    http.DefaultRequestHeaders.Add("X-Order", order.Number);
                    http.DefaultRequestHeaders.Add("X-Buyer", {|#0:account.Email|});
                    await http.GetAsync({|#1:"orders?phone=" + account.Phone|});

                    var request = new HttpRequestMessage(HttpMethod.Post, "https://sms.aliyuncs.com/send");
                    request.Headers.TryAddWithoutValidation("X-Phone", account.Phone);
                    request.Headers.Add("X-Mail", {|#2:account.Email|});
                    request.Content = {|#3:new StringContent(account.Email)|};
                    await http.SendAsync(request);
                }

                public async Task Elsewhere(HttpClient unknown, string url, Account account)
                {
                    await unknown.GetAsync("orders?phone=" + account.Phone);       // no host stated in this method
                    await unknown.GetAsync(url + account.Phone);
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpClient.DefaultRequestHeaders.Add", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.GetAsync", "approves only user.behavior.purchase_history.order_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpRequestMessage.Headers.Add", "approves only user.contact.phone_number for it"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(3).WithArguments(
                "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpRequestMessage.Content", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task Personal_info_sent_to_a_host_no_recipient_declares_is_reported()
    {
        await RunAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Tracking(HttpClient http)
            {
                public async Task Run(Account account)
                {
                    await http.GetAsync({|#0:$"https://collect.tracker.example/hit?u={account.Phone}"|});
                    await http.GetAsync($"https://collect.tracker.example/hit?u={account.Id}");
                    await http.GetAsync($"https://{account.Email}");                  // the host itself is not known
                    await http.GetAsync({|#1:$"http://[::1]:5000/hit?u={account.Phone}"|});
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", "declares no recipient with this HTTP host"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "unknown host [::1]", "HttpClient.GetAsync", "declares no recipient with this HTTP host"));
    }

    [Fact]
    public async Task Sending_to_a_recipient_outside_the_allowed_regions_is_a_cross_border_transfer_unless_an_exception_covers_it()
    {
        await RunAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Notifier(HttpClient http)
            {
                public async Task Run(Account account)
                {
                    await http.GetAsync({|#0:$"https://api.twilio.com/send?to={account.Phone}"|});
                    await http.GetAsync($"https://api.mailgun.net/send?to={account.Email}");
                    await http.GetAsync($"https://sms.aliyuncs.com/send?to={account.Phone}");
                    await http.GetAsync("https://api.twilio.com/status");
                    Twilio.Rest.MessageResource.Create({|#1:account.Phone|}, "Your code is 1234");
                    Twilio.Rest.MessageResource.Create({|#2:account.Email|}, "Hello");
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.CrossBorderTransfer).WithLocation(0).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "Twilio", "HttpClient.GetAsync", "US", "CN"),
            Verifier.Diagnostic(RuleCatalog.CrossBorderTransfer).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "Twilio", "MessageResource.Create", "US", "CN"),
            Verifier.Diagnostic(RuleCatalog.CrossBorderTransfer).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "Twilio", "MessageResource.Create", "US", "CN"),
            Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "Twilio", "MessageResource.Create", "approves only user.contact.phone_number for it"));
    }

    [Fact]
    public async Task Without_allowed_regions_no_transfer_is_reported()
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add("""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Notifier(HttpClient http)
            {
                public Task Run(Account account) => http.GetAsync($"https://api.twilio.com/send?to={account.Phone}");
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", """
            { "recipients": [ { "name": "Twilio", "categories": ["user.contact"], "httpHosts": ["api.twilio.com"], "region": "US" } ] }
            """));
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
