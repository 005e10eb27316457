using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Policy;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV002: values assigned to properties and indexers of [ThirdParty] types and of a recipient's SDK types are shared with it.</summary>
public class SetterSinkTests
{
    private const string Policy = """
        {
          "recipients": [
            { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.order_number"] },
            { "name": "Alibaba Cloud SMS", "categories": ["user.contact.phone_number"], "sdkNamespaces": ["AlibabaCloud.SDK.Dysmsapi20170525"] }
          ]
        }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop
        {
            public partial class Account
            {
                public int Id { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Mobile { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            }

            // Anonymize stands in for the generated one.
            public partial class Order : IAnonymizable<Order>
            {
                [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
                public Order Anonymize(PseudonymKey key) => new Order();
            }

            [ThirdParty("WeChat Pay")]
            public class WeChatPayRequest
            {
                public string OutTradeNo { get; set; } = "";
                public string Description { get; set; } = "";
                public object? Payer { get; set; }
                public string this[string key] { get => ""; set { } }

                // The marked type's own code: the data leaves when the request is handed over, not here.
                public void Describe(Order order)
                {
                    Description = order.BuyerPhone;
                    this["buyer"] = order.BuyerPhone;
                }
            }
        }

        namespace AlibabaCloud.SDK.Dysmsapi20170525.Models
        {
            public class SendSmsRequest
            {
                public string PhoneNumbers { get; set; } = "";
                public string TemplateParam { get; set; } = "";
                public string SignName { get; set; } = "";
                public static string? DefaultSignName { get; set; }

                // Code of the same SDK is not sharing again.
                public SendSmsRequest CopyTo(SendSmsRequest other)
                {
                    other.TemplateParam = TemplateParam;
                    return other;
                }
            }
        }

        namespace AlibabaCloud.SDK.Dysmsapi20170525.Models
        {
            public record SmsTemplate(string Code)
            {
                public string Param { get; init; } = "";
            }
        }

        namespace AlibabaCloud.SDK.Dysmsapi20170525
        {
            public class Client
            {
                public void SendSms(Models.SendSmsRequest request) { }
            }
        }
        """;

    [Fact]
    public async Task Values_set_on_a_recipients_sdk_types_are_checked_against_what_it_is_approved_for()
    {
        await RunAsync(
            """
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            namespace Shop;

            public class Notifier
            {
                public SendSmsRequest Build(Account account, SmsTemplate template)
                {
                    var personal = template with { Param = {|#4:account.Email|} };
                    var request = new SendSmsRequest { PhoneNumbers = account.Mobile, TemplateParam = {|#0:$"{{\"email\":\"{account.Email}\"}}"|} };
                    request.PhoneNumbers = account.Mobile;
                    request.SignName = {|#1:account.Email|};
                    request.SignName += {|#2:account.Email|};
                    SendSmsRequest.DefaultSignName = {|#3:account.Email|};
                    request.SignName = "SimWorks";
                    request.TemplateParam = account.Id.ToString();
                    return request;
                }
            }
            """,
            Unapproved(0, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SendSmsRequest.TemplateParam", "user.contact.phone_number"),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SendSmsRequest.SignName", "user.contact.phone_number"),
            Unapproved(2, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SendSmsRequest.SignName", "user.contact.phone_number"),
            Unapproved(3, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SendSmsRequest.DefaultSignName", "user.contact.phone_number"),
            Unapproved(4, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "SmsTemplate.Param", "user.contact.phone_number"));
    }

    [Fact]
    public async Task Properties_and_indexers_of_a_ThirdParty_type_are_sinks_and_whole_objects_count_by_their_personal_members()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout
            {
                public WeChatPayRequest Build(Order order, Account account, PseudonymKey key)
                {
                    var request = new WeChatPayRequest { OutTradeNo = order.Number, Description = {|#0:"Order for " + account.Mobile|} };
                    request.Payer = {|#1:order|};
                    request.Payer = order.Anonymize(key);
                    request.Description = Masking.MobilePhone(order.BuyerPhone) ?? "";
                    request["buyer"] = {|#2:order.BuyerPhone|};
                    request[{|#3:account.Email|}] = "contact";
                    request["order"] = order.Number;
                    request.Payer = {|#4:new WeChatPayRequest { Description = order.BuyerPhone }|};
                    return request;
                }
            }
            """,
            Unapproved(0, "'Account.Mobile' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayRequest.Description", "user.behavior.purchase_history.order_number"),
            Unapproved(1, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayRequest.Payer", "user.behavior.purchase_history.order_number"),
            Unapproved(2, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayRequest[...]", "user.behavior.purchase_history.order_number"),
            Unapproved(3, "'Account.Email' (user.contact.email) is", "WeChat Pay", "WeChatPayRequest[...]", "user.behavior.purchase_history.order_number"),
            Unapproved(4, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayRequest.Payer", "user.behavior.purchase_history.order_number"));
    }

    [Fact]
    public async Task Setters_used_by_the_marked_type_or_the_sdk_itself_and_types_of_no_recipient_are_not_sharing()
    {
        // Models holds WeChatPayRequest.Describe and SendSmsRequest.CopyTo, which set their own type's members.
        await RunAsync(
            """
            namespace Shop;

            public class Draft
            {
                public string Text { get; set; } = "";
                public string this[int index] { get => ""; set { } }
            }

            public class Drafts
            {
                public void Write(Draft draft, Account account)
                {
                    draft.Text = account.Email;
                    draft[0] = account.Mobile;
                }
            }
            """);
    }

    [Fact]
    public async Task A_request_filled_in_and_handed_to_the_sdk_client_in_the_same_method_is_reported_once_where_it_is_handed_over()
    {
        await RunAsync(
            """
            using AlibabaCloud.SDK.Dysmsapi20170525;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            namespace Shop;

            public class Notifier(Client client)
            {
                public void Send(Account account)
                {
                    client.SendSms({|#0:new SendSmsRequest { PhoneNumbers = account.Mobile, TemplateParam = account.Email }|});
                }

                public void SendLater(Account account)
                {
                    var request = new SendSmsRequest { PhoneNumbers = account.Mobile };
                    request.TemplateParam = account.Email;
                    request.SignName = account.Id + account.Email;
                    client.SendSms({|#1:request|});
                }
            }
            """,
            Unapproved(0, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "Client.SendSms", "user.contact.phone_number"),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "Client.SendSms", "user.contact.phone_number"));
    }

    [Fact]
    public async Task Setter_hits_are_observed_as_recipient_flows_approved_or_not()
    {
        var result = await PolicyAnalysis.AnalyzeAsync(new ThirdPartySharingAnalyzer(), Policy, Models, """
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            namespace Shop;

            public class Notifier
            {
                public SendSmsRequest Build(Account account) => new SendSmsRequest
                {
                    PhoneNumbers = {|#0:account.Mobile|},
                    TemplateParam = {|#1:account.Email|},
                };
            }
            """);

        Assert.Empty(result.Exceptions);
        Assert.Collection(
            result.Observations,
            flow => PolicyAnalysis.AssertObservation(flow, result.Span("#0"), "recipient", "SendSmsRequest.PhoneNumbers", "Alibaba Cloud SMS", "true", "Account.Mobile=user.contact.phone_number"),
            flow => PolicyAnalysis.AssertObservation(flow, result.Span("#1"), "recipient", "SendSmsRequest.TemplateParam", "Alibaba Cloud SMS", "false", "Account.Email=user.contact.email"));
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "PRIV002" && diagnostic.Location.SourceSpan == result.Span("#1"));
    }

    [Theory]
    [InlineData("request.PhoneNumbers = ;")]
    [InlineData("request.PhoneNumbers = account.")]
    [InlineData("request. = account.Email;")]
    [InlineData("request.Missing = account.Email;")]
    [InlineData("payment[] = account.Email;")]
    [InlineData("payment[account.Email, ] = account.Email;")]
    [InlineData("payment[1] = account.Email;")]
    [InlineData("new SendSmsRequest { PhoneNumbers = };")]
    [InlineData("new SendSmsRequest { PhoneNumbers = account.Email, = 1 };")]
    [InlineData("new WeChatPayRequest { [\"k\"] = account.Email, [] = account.Email };")]
    [InlineData("(request.PhoneNumbers, request.SignName) = (account.Mobile, account.Email);")]
    [InlineData("request.PhoneNumbers ??= account.Email; SendSmsRequest.Missing = account.Email;")]
    public async Task Half_typed_setters_do_not_make_the_analyzer_throw(string statements)
    {
        var result = await PolicyAnalysis.AnalyzeAsync(new ThirdPartySharingAnalyzer(), Policy, Models, """
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            namespace Shop;

            public class Notifier
            {
                public void Build(Account account, SendSmsRequest request, WeChatPayRequest payment)
                {
            """ + statements + """

                }
            }
            """);

        Assert.Empty(result.Exceptions);
    }

    private static DiagnosticResult Unapproved(int location, string members, string recipient, string sink, string approved)
        => Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(location).WithArguments(members, recipient, sink, "approves only " + approved + " for it");

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
