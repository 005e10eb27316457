using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// The part of the synthetic solution that the privacy policy rules work on: a privacy.json modelled on the SimWorks
/// Cloud sample (two payment providers, an SMS provider and advertising partners in China, a card processor abroad
/// covered by the cross-border-transaction exception, an e-mail provider abroad that no exception covers), the partner
/// interfaces marked [ThirdParty], a stand-in for the SMS provider's SDK, and in one module in ten a checkout that
/// pays, notifies and recommends through those partners, under [Purpose] declarations.
/// </summary>
public static partial class SyntheticSolution
{
    /// <summary>The path of the policy file, next to the project as the package's default expects it.</summary>
    public const string PolicyFilePath = "privacy.json";

    /// <summary>The policy file as an additional file, the way the package's props hand it to the compiler.</summary>
    public static ImmutableArray<AdditionalText> AdditionalFiles() =>
        ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(PolicyFilePath, PolicyFile));

    /// <summary>Whether <paramref name="module"/> has a checkout (modules 5, 15, 25, ...).</summary>
    public static bool HasCheckout(int module) => module % 10 == 5;

    /// <summary>
    /// The policy diagnostics the analyzers must report on <paramref name="moduleCount"/> modules, by rule; each count
    /// follows from what <see cref="Checkout"/> and the shared files plant (see the comments there).
    /// </summary>
    public static IReadOnlyDictionary<string, int> ExpectedPolicyDiagnostics(int moduleCount = DefaultModuleCount)
    {
        var checkouts = Enumerable.Range(0, moduleCount).Count(HasCheckout);
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            // Per checkout: the order number to the SMS SDK, the shipping city to an undeclared host, the whole customer
            // to the advertising partners, the name and the mobile number to the undeclared loyalty recipient.
            ["PRIV002"] = 5 * checkouts,
            // Cookies: the reference assemblies hold no cookie API (no ASP.NET Core), so the rule has no sink to check.
            ["PRIV004"] = 0,
            // Per checkout: the birth date (collected for "account") read for "recommendation".
            ["PRIV008"] = checkouts,
            // Per checkout: the e-mail address to SendGrid, which processes it in the US.
            ["PRIV009"] = checkouts,
            // None of the policy file's entries is invalid, duplicated or undeclared.
            ["PRIV200"] = 0,
            ["PRIV201"] = 0,
            // The policy file's one misspelled category key.
            ["PRIV202"] = 1,
            ["PRIV203"] = 0,
            ["PRIV204"] = 0,
            // The one [ThirdParty] name the policy does not declare.
            ["PRIV205"] = 1,
            // Every [Purpose] and Purposes id is declared.
            ["PRIV206"] = 0,
        };
    }

    // Strict JSON, as docs/policy-file.md describes it. "user.device.os_verison" is the misspelling PRIV202 reports.
    private const string PolicyFile = """
        {
          "$schema": "https://raw.githubusercontent.com/privacy-analyzers/PrivacyAnalyzers/main/src/PrivacyAnalyzers.Package/build/privacy.schema.json",
          "purposes": [
            { "id": "account", "description": "Registration and login with a mobile phone number." },
            { "id": "security", "description": "Account and transaction risk control, identity verification." },
            { "id": "payment", "description": "Payment through third-party payment agencies." },
            { "id": "notification", "description": "SMS and e-mail for orders and account notifications." },
            { "id": "recommendation", "description": "Product recommendations." },
            { "id": "analytics", "description": "Usage analysis and promotion statistics." }
          ],
          "recipients": [
            {
              "name": "WeChat Pay",
              "description": "Payments through WeChat Pay.",
              "purposes": ["payment"],
              "categories": [
                "user.behavior.purchase_history.order_number",
                "user.behavior.purchase_history.product",
                "user.behavior.purchase_history.amount"
              ],
              "sdkNamespaces": ["SKIT.FlurlHttpClient.Wechat.TenpayV3"],
              "httpHosts": ["api.mch.weixin.qq.com"],
              "region": "CN"
            },
            {
              "name": "Alipay",
              "description": "Payments through Alipay, and risk control during login and payment.",
              "purposes": ["payment", "security"],
              "categories": [
                "user.device.sim_serial_number",
                "user.device.mac_address",
                "user.device.wifi_list",
                "user.behavior.purchase_history.order_number",
                "user.behavior.purchase_history.amount"
              ],
              "sdkNamespaces": ["Aop.Api"],
              "httpHosts": ["openapi.alipay.com"],
              "region": "CN"
            },
            {
              "name": "Alibaba Cloud SMS",
              "description": "The SMS service provider entrusted with the mobile number.",
              "purposes": ["notification", "account"],
              "categories": [
                "user.contact.phone_number",
                "user.device.name",
                "user.device.model",
                "user.device.os_verison"
              ],
              "sdkNamespaces": ["AlibabaCloud.SDK.Dysmsapi20170525"],
              "httpHosts": ["dysmsapi.aliyuncs.com"],
              "region": "CN"
            },
            {
              "name": "Stripe",
              "description": "Card payments of orders shipped abroad.",
              "purposes": ["payment"],
              "categories": ["user.financial.credit_card", "user.behavior.purchase_history"],
              "httpHosts": ["api.stripe.com", "*.stripe.com"],
              "region": "US"
            },
            {
              "name": "SendGrid",
              "description": "Order receipts by e-mail.",
              "purposes": ["notification"],
              "categories": ["user.contact.email", "user.name"],
              "httpHosts": ["api.sendgrid.com"],
              "region": "US"
            },
            {
              "name": "Advertising partners",
              "description": "Advertising monitoring and statistics: de-identified statistics only.",
              "purposes": ["analytics"],
              "categories": [],
              "region": "CN"
            }
          ],
          "regions": {
            "allowed": ["CN"],
            "exceptions": [
              { "basis": "law", "description": "Clear provisions in laws and regulations." },
              { "basis": "cross-border-transaction", "recipients": ["Stripe"], "description": "Orders paid by card abroad." }
            ]
          },
          "cookies": {
            "categories": ["user.account.username", "user.device.cookie_id"]
          }
        }
        """;

    /// <summary>The path of the first module's checkout.</summary>
    public const string FirstCheckoutPath = "Module005/Checkout005.cs";

    /// <summary>The paths of the files every solution has once, whatever its number of modules.</summary>
    public static IEnumerable<string> SharedPolicyFilePaths => SharedPolicyFiles().Select(file => file.Path);

    /// <summary>The partner interfaces, a partner client and a vendor SDK stand-in.</summary>
    private static IEnumerable<SourceFile> SharedPolicyFiles()
    {
        yield return new SourceFile("Partners/Recipients.cs", Recipients);
        yield return new SourceFile("Partners/WeChatPayClient.cs", WeChatPayClient);
        yield return new SourceFile("Vendor/Dysmsapi.cs", SmsSdk);
    }

    // "Loyalty Cloud" is not a recipient of the policy: PRIV205 on its attribute, and PRIV002 for what it receives.
    private const string Recipients = """
        using System;
        using PrivacyAnalyzers;

        namespace Shop.Partners
        {
            /// <summary>WeChat Pay's native payment: the order number and amount, as the policy approves.</summary>
            [ThirdParty("WeChat Pay")]
            public interface IWeChatPay
            {
                string CreateNativeOrder(
                    [PersonalInfo(DataCategory.Transaction.OrderNumber)] string orderNumber,
                    [PersonalInfo(DataCategory.Transaction.Amount)] decimal amount,
                    string description);
            }

            /// <summary>The advertising partners: de-identified statistics only.</summary>
            [ThirdParty("Advertising partners")]
            public interface IAdvertisingPartners
            {
                void Publish(object statistics);
            }

            /// <summary>A loyalty programme run by an outside company.</summary>
            [ThirdParty("Loyalty Cloud")]
            public interface ILoyaltyProgram
            {
                void Enroll(Guid memberId, string displayName, string mobile);
            }
        }
        """;

    private const string WeChatPayClient = """
        using System.Net.Http;
        using System.Net.Http.Json;

        namespace Shop.Partners
        {
            /// <summary>WeChat Pay's HTTP API (api.mch.weixin.qq.com), which receives what <see cref="IWeChatPay"/> is given.</summary>
            public sealed class WeChatPayClient : IWeChatPay
            {
                private readonly HttpClient http;
                private readonly string merchantId;

                public WeChatPayClient(HttpClient http, string merchantId)
                {
                    this.http = http;
                    this.merchantId = merchantId;
                }

                public string CreateNativeOrder(string orderNumber, decimal amount, string description)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://api.mch.weixin.qq.com/v3/pay/transactions/native")
                    {
                        Content = JsonContent.Create(new { mchid = merchantId, out_trade_no = orderNumber, description, amount = new { total = (int)(amount * 100) } }),
                    };
                    using var response = http.Send(request);
                    response.EnsureSuccessStatusCode();
                    return response.Headers.Location?.ToString() ?? "";
                }
            }
        }
        """;

    // The vendor's package is not referenced: this stand-in has the namespace and shape of its client.
    private const string SmsSdk = """
        namespace AlibabaCloud.SDK.Dysmsapi20170525
        {
            /// <summary>The Alibaba Cloud SMS client, as its SDK names it.</summary>
            public sealed class Client
            {
                private readonly string accessKeyId;

                public Client(string accessKeyId)
                {
                    this.accessKeyId = accessKeyId;
                }

                public string SendSms(string phoneNumbers, string signName, string templateCode, string templateParam) =>
                    accessKeyId.Length == 0 || phoneNumbers.Length == 0 ? "" : signName + ":" + templateCode + ":" + templateParam.Length;
            }
        }
        """;

    // What a checkout plants, by method: PayAsync and TokenizeCardAsync nothing (approved; Stripe is abroad but covered
    // by an exception); NotifyShipped one PRIV002 (the order number to the SMS SDK); SendReceiptAsync one PRIV009 (the
    // e-mail to SendGrid, approved for it); RecommendAsync one PRIV008 (the birth date) and one PRIV002 (the city to a
    // host the policy does not declare); PublishStatistics one PRIV002 (the whole customer; the summary and the
    // anonymized copy pass); EnrollInLoyalty two PRIV002 (name and mobile number to an undeclared recipient).
    private static string Checkout(string n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using AlibabaCloud.SDK.Dysmsapi20170525;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        using Shop.Partners;

        namespace Shop.Module{{n}}
        {
            /// <summary>Payment, notifications and recommendations of module {{n}}, through the partners of the privacy policy.</summary>
            public sealed class Checkout{{n}}
            {
                private readonly HttpClient http;
                private readonly IWeChatPay weChatPay;
                private readonly IAdvertisingPartners advertising;
                private readonly ILoyaltyProgram loyalty;
                private readonly Client sms;
                private readonly PseudonymKey key;
                private readonly ILogger<Checkout{{n}}> logger;

                public Checkout{{n}}(HttpClient http, IWeChatPay weChatPay, IAdvertisingPartners advertising, ILoyaltyProgram loyalty, Client sms, PseudonymKey key, ILogger<Checkout{{n}}> logger)
                {
                    this.http = http;
                    this.weChatPay = weChatPay;
                    this.advertising = advertising;
                    this.loyalty = loyalty;
                    this.sms = sms;
                    this.key = key;
                    this.logger = logger;
                }

                [Purpose("payment")]
                public async Task<string> PayAsync(Order{{n}} order, CancellationToken cancellationToken)
                {
                    var codeUrl = weChatPay.CreateNativeOrder(order.OrderNumber, order.Amount, "Shop order");
                    using var response = await http.PostAsJsonAsync(
                        "https://api.mch.weixin.qq.com/v3/pay/transactions/" + order.OrderNumber + "/notify",
                        new { out_trade_no = order.OrderNumber, amount = order.Amount },
                        cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    logger.LogInformation("Order {OrderNumber} sent to WeChat Pay", Masking.OrderNumber(order.OrderNumber));
                    return codeUrl;
                }

                [Purpose("payment")]
                public Task<HttpResponseMessage> TokenizeCardAsync(Customer{{n}} customer, CancellationToken cancellationToken)
                {
                    var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["type"] = "card",
                        ["card[number]"] = customer.CardNumber ?? "",
                    });
                    return http.PostAsync("https://api.stripe.com/v1/payment_methods", form, cancellationToken);
                }

                [Purpose("notification")]
                public string NotifyShipped(Customer{{n}} customer, Order{{n}} order) =>
                    sms.SendSms(customer.Mobile, "Shop", "SMS_ORDER_SHIPPED", "order=" + order.OrderNumber);

                [Purpose("notification")]
                public async Task SendReceiptAsync(Customer{{n}} customer, Order{{n}} order, CancellationToken cancellationToken)
                {
                    var body = "{\"to\":\"" + customer.Email + "\",\"subject\":\"Receipt for order " + order.Id + "\"}";
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("https://api.sendgrid.com/v3/mail/send", content, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                }

                [Purpose("recommendation")]
                public Task<string> RecommendAsync(Customer{{n}} customer, CancellationToken cancellationToken)
                {
                    var ageGroup = (DateTime.UtcNow.Year - customer.BirthDate.Year) / 10 * 10;
                    var city = customer.ShippingAddress?.City ?? "";
                    return http.GetStringAsync($"https://api.recommender.example/v1/suggest?city={city}&age={ageGroup}", cancellationToken);
                }

                [Purpose("analytics")]
                public void PublishStatistics(Customer{{n}} customer)
                {
                    advertising.Publish(CustomerSummary{{n}}.From(customer));
                    advertising.Publish(customer.Anonymize(key));
                    advertising.Publish(customer);
                }

                public void EnrollInLoyalty(Customer{{n}} customer) => loyalty.Enroll(customer.Id, customer.Name, customer.Mobile);
            }
        }
        """;

    /// <summary>An additional file held in memory.</summary>
    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
