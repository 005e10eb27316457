using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// PRIV900: the sink analyzers observe every value carrying personal information that reaches a log, an exception, a
/// recipient, an HTTP host or a cookie, approved or not, with the properties the data map is built from. Off by default.
/// </summary>
public class FlowObservationTests
{
    private const string Policy = """
        {
          "recipients": [
            { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.order_number"], "httpHosts": ["api.mch.weixin.qq.com"], "region": "CN" },
            { "name": "Alibaba Cloud SMS", "categories": ["user.contact.phone_number"], "sdkTypes": ["Aliyun.Sms.SmsClient"], "httpHosts": ["*.aliyuncs.com"], "region": "CN" },
            { "name": "Twilio", "categories": ["user.contact.phone_number"], "sdkTypes": ["Twilio.Rest.MessageResource"], "region": "US" }
          ],
          "regions": { "allowed": ["CN"] },
          "cookies": { "categories": ["user.account.username"] }
        }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop
        {
            public partial class Account
            {
                public int Id { get; set; }
                [PersonalInfo(DataCategory.Account.Username)] public string UserName { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Phone { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            }

            // Not partial: the compiler's ToString prints Email.
            public record Customer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);

            // Anonymize stands in for the generated one.
            public partial class Order : IAnonymizable<Order>
            {
                [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
                public Order Anonymize(PseudonymKey key) => new Order();
            }

            [ThirdParty("WeChat Pay")]
            public class WeChatPayClient
            {
                public void CreateOrder(object order) { }
            }
        }

        namespace Aliyun.Sms
        {
            public class SmsClient
            {
                public void Send(string phone, string text) { }
            }
        }

        namespace Twilio.Rest
        {
            public static class MessageResource
            {
                public static void Create(string to, string body) { }
            }
        }
        """;

    [Fact]
    public async Task Personal_values_and_printing_objects_written_to_a_log_are_observed_and_masked_ones_are_not()
    {
        var (diagnostics, spans) = await ObserveAsync(new LogSinkAnalyzer(), """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            namespace Shop;

            public class SignIn
            {
                public void Run(ILogger logger, Account account, Customer customer)
                {
                    logger.LogInformation("Phone {Phone}", {|#0:account.Phone|});
                    logger.LogWarning("Customer {Customer}", {|#1:customer|});
                    logger.LogInformation("Phone {Phone}", Masking.MobilePhone(account.Phone));
                    logger.LogInformation("Account {Id}", account.Id);
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "log", "ILogger.LogInformation", null, null, "false", "Account.Phone=user.contact.phone_number"),
            flow => AssertFlow(flow, spans["#1"], "log", "ILogger.LogWarning", null, null, "false", "Customer.Email=user.contact.email"));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PRIV001" && diagnostic.Location.SourceSpan == spans["#0"].Single());
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PRIV005" && diagnostic.Location.SourceSpan == spans["#1"].Single());
    }

    [Fact]
    public async Task A_log_message_built_from_several_personal_values_is_observed_with_all_of_them()
    {
        var (diagnostics, spans) = await ObserveAsync(new LogSinkAnalyzer(), """
            using Microsoft.Extensions.Logging;

            namespace Shop;

            public class SignIn
            {
                public void Run(ILogger logger, Account account)
                {
                    logger.LogInformation({|#0:$"Signed in {account.Phone} <{account.Email}> as {account.UserName}"|});
                }
            }
            """);

        var flow = Assert.Single(Observations(diagnostics));
        AssertFlow(flow, spans["#0"], "log", "ILogger.LogInformation", null, null, "false",
            "Account.Email=user.contact.email\nAccount.Phone=user.contact.phone_number\nAccount.UserName=user.account.username");
    }

    [Fact]
    public async Task Personal_values_put_into_an_exception_are_observed()
    {
        var (diagnostics, spans) = await ObserveAsync(new ExceptionSinkAnalyzer(), """
            using System;

            namespace Shop;

            public class Lookup
            {
                public void Run(Account account)
                {
                    var error = new InvalidOperationException({|#0:"No account for " + account.Email|});
                    error.Data["phone"] = {|#1:account.Phone|};
                    throw new ArgumentException("No account " + account.Id);
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "exception", "InvalidOperationException.Message", null, null, "false", "Account.Email=user.contact.email"),
            flow => AssertFlow(flow, spans["#1"], "exception", "Exception.Data", null, null, "false", "Account.Phone=user.contact.phone_number"));
    }

    [Fact]
    public async Task Values_passed_to_a_ThirdParty_recipient_are_observed_approved_or_not_and_anonymized_ones_are_not()
    {
        var (diagnostics, spans) = await ObserveAsync(new ThirdPartySharingAnalyzer(), """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout
            {
                public void Run(WeChatPayClient client, Order order, PseudonymKey key)
                {
                    client.CreateOrder({|#0:order.Number|});
                    client.CreateOrder({|#1:order|});
                    client.CreateOrder(order.Anonymize(key));
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "recipient", "WeChatPayClient.CreateOrder", "WeChat Pay", null, "true", "Order.Number=user.behavior.purchase_history.order_number"),
            flow => AssertFlow(flow, spans["#1"], "recipient", "WeChatPayClient.CreateOrder", "WeChat Pay", null, "false", "Order.BuyerPhone=user.contact.phone_number\nOrder.Number=user.behavior.purchase_history.order_number"));
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PRIV002" && diagnostic.Location.SourceSpan == spans["#1"].Single());
    }

    [Fact]
    public async Task Sdk_calls_are_observed_and_a_transfer_outside_the_allowed_regions_is_not_approved()
    {
        var (diagnostics, spans) = await ObserveAsync(new ThirdPartySharingAnalyzer(), """
            using Aliyun.Sms;

            namespace Shop;

            public class Notifier
            {
                public void Run(SmsClient sms, Account account)
                {
                    sms.Send({|#0:account.Phone|}, "Your order has shipped");
                    Twilio.Rest.MessageResource.Create({|#1:account.Phone|}, "Your order has shipped");
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "recipient", "SmsClient.Send", "Alibaba Cloud SMS", null, "true", "Account.Phone=user.contact.phone_number"),
            flow => AssertFlow(flow, spans["#1"], "recipient", "MessageResource.Create", "Twilio", null, "false", "Account.Phone=user.contact.phone_number"));
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PRIV009");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "PRIV002");
    }

    [Fact]
    public async Task Http_requests_are_observed_with_their_host_and_the_recipient_declaring_it()
    {
        var (diagnostics, spans) = await ObserveAsync(new ThirdPartySharingAnalyzer(), """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Gateway(HttpClient http)
            {
                public async Task Run(Account account, Order order)
                {
                    await http.GetAsync({|#0:$"https://dysmsapi.aliyuncs.com/send?phone={account.Phone}"|});
                    await http.PostAsJsonAsync("https://api.mch.weixin.qq.com/pay", {|#1:order|});
                    await http.GetAsync({|#2:$"https://collect.tracker.example/hit?u={account.Phone}"|});
                    await http.GetAsync($"https://collect.tracker.example/hit?u={account.Id}");
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "http", "HttpClient.GetAsync", "Alibaba Cloud SMS", "dysmsapi.aliyuncs.com", "true", "Account.Phone=user.contact.phone_number"),
            flow => AssertFlow(flow, spans["#1"], "http", "HttpClient.PostAsJsonAsync", "WeChat Pay", "api.mch.weixin.qq.com", "false", "Order.BuyerPhone=user.contact.phone_number\nOrder.Number=user.behavior.purchase_history.order_number"),
            flow => AssertFlow(flow, spans["#2"], "http", "HttpClient.GetAsync", null, "collect.tracker.example", "false", "Account.Phone=user.contact.phone_number"));
    }

    [Fact]
    public async Task Cookies_are_observed_as_approved_when_the_policy_allows_every_carried_category()
    {
        var (diagnostics, spans) = await ObserveAsync(new CookieAnalyzer(), """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account)
                {
                    response.Cookies.Append("user", {|#0:account.UserName|});
                    response.Cookies.Append("contact", {|#1:$"{account.UserName}:{account.Phone}"|});
                    response.Cookies.Append("phone", Masking.MobilePhone(account.Phone) ?? "");
                }
            }
            """);

        Assert.Collection(
            Observations(diagnostics),
            flow => AssertFlow(flow, spans["#0"], "cookie", "IResponseCookies.Append", null, null, "true", "Account.UserName=user.account.username"),
            flow => AssertFlow(flow, spans["#1"], "cookie", "IResponseCookies.Append", null, null, "false", "Account.Phone=user.contact.phone_number\nAccount.UserName=user.account.username"));
    }

    [Fact]
    public async Task Nothing_is_observed_while_the_rule_is_left_disabled()
    {
        var (diagnostics, _) = await ObserveAsync(
            new ThirdPartySharingAnalyzer(),
            """
            namespace Shop;

            public class Checkout
            {
                public void Run(WeChatPayClient client, Order order) => client.CreateOrder(order);
            }
            """,
            enabled: false);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PRIV002");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == FlowObservation.RuleId);
        Assert.False(FlowObservation.Descriptor.IsEnabledByDefault);
    }

    [Fact]
    public async Task Turned_on_in_the_verifier_the_observation_shows_next_to_the_finding_with_the_configured_severity()
    {
        var test = new CSharpAnalyzerVerifier<LogSinkAnalyzer>.Test
        {
            TestCode = """
                using Microsoft.Extensions.Logging;

                namespace Shop;

                public class Checkout
                {
                    public void Run(ILogger logger, Account account) => logger.LogInformation({|#0:account.Email|});
                }
                """,
            ReferenceAssemblies = FlowVerifier<LogSinkAnalyzer>.WithLibraries,
        };
        test.TestState.Sources.Add(("Models.cs", FlowVerifier<LogSinkAnalyzer>.Models));
        test.TestState.AdditionalReferences.AddRange(FlowVerifier<LogSinkAnalyzer>.Compliance);
        test.DisabledDiagnostics.Remove(FlowObservation.RuleId);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(
                projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem(FlowObservation.RuleId, ReportDiagnostic.Warn)));
        });
        test.ExpectedDiagnostics.Add(FlowVerifier<LogSinkAnalyzer>.Diagnostic("PRIV001").WithLocation(0).WithArguments("Account.Email", "user.contact.email", "written to a log by ILogger.LogInformation"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(FlowObservation.RuleId, DiagnosticSeverity.Warning).WithLocation(0).WithArguments("'Account.Email' (user.contact.email)", "ILogger.LogInformation"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_documented_example_gets_the_observations_its_comments_announce()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", "PRIV900.md"));
        var match = Regex.Match(page, "^## Example of a reported flow.*?```csharp\\r?\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, "PRIV900.md has no C# example under '## Example of a reported flow'");
        var announced = match.Groups["code"].Value.Split('\n').Where(line => line.Contains("// PRIV900", StringComparison.Ordinal)).ToList();

        var (diagnostics, _) = await ObserveAsync(new ThirdPartySharingAnalyzer(), match.Groups["code"].Value);

        var observed = Observations(diagnostics);
        Assert.NotEmpty(announced);
        Assert.Equal(announced.Count, observed.Count);
        Assert.All(
            announced.Zip(observed),
            pair => Assert.Equal(pair.First.Contains("not approved", StringComparison.Ordinal) ? "false" : "true", pair.Second.Properties[FlowObservation.ApprovedProperty]));
    }

    [Fact]
    public void Data_is_distinct_and_sorted_the_message_names_three_members_and_ParseData_reads_it_back()
    {
        var location = Location.Create("Shop.cs", new TextSpan(0, 1), new LinePositionSpan(default, new LinePosition(0, 1)));
        var data = new[]
        {
            ("Order.Number", "user.behavior.purchase_history.order_number"),
            ("Account.Phone", "user.contact.phone_number"),
            ("Order.Number", "user.behavior.purchase_history.order_number"),
            ("Account.Email", "user.contact.email"),
            ("Account.Address", "user.contact.address"),
        };

        var flow = FlowObservation.Create(location, FlowObservation.HttpKind, "HttpClient.PostAsync", "WeChat Pay", "api.mch.weixin.qq.com", approved: false, data);

        Assert.Equal(
            "Account.Address=user.contact.address\nAccount.Email=user.contact.email\nAccount.Phone=user.contact.phone_number\nOrder.Number=user.behavior.purchase_history.order_number",
            flow.Properties[FlowObservation.DataProperty]);
        Assert.Equal(
            "'Account.Address' (user.contact.address), 'Account.Email' (user.contact.email), 'Account.Phone' (user.contact.phone_number) and 1 more flows to 'WeChat Pay' (api.mch.weixin.qq.com) by HttpClient.PostAsync, not approved by the privacy policy",
            flow.GetMessage());
        Assert.Equal(data.Distinct().OrderBy(item => item.Item1, StringComparer.Ordinal), FlowObservation.ParseData(flow.Properties[FlowObservation.DataProperty]));
        Assert.Equal(FlowObservation.RuleId, flow.Id);
        Assert.Equal(DiagnosticSeverity.Info, flow.Severity);
        Assert.EndsWith("docs/rules/PRIV900.md", flow.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    private static List<Diagnostic> Observations(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(diagnostic => diagnostic.Id == FlowObservation.RuleId).OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();

    private static void AssertFlow(Diagnostic flow, ImmutableArray<TextSpan> expectedSpan, string kind, string sink, string? recipient, string? host, string approved, string data)
    {
        Assert.Equal("Test.cs", flow.Location.SourceTree?.FilePath);
        Assert.Equal(Assert.Single(expectedSpan), flow.Location.SourceSpan);
        Assert.Equal(DiagnosticSeverity.Info, flow.Severity);
        Assert.Equal(kind, flow.Properties[FlowObservation.KindProperty]);
        Assert.Equal(sink, flow.Properties[FlowObservation.SinkProperty]);
        Assert.Equal(recipient, flow.Properties.GetValueOrDefault(FlowObservation.RecipientProperty));
        Assert.Equal(host, flow.Properties.GetValueOrDefault(FlowObservation.HostProperty));
        Assert.Equal(approved, flow.Properties[FlowObservation.ApprovedProperty]);
        Assert.Equal(data, flow.Properties[FlowObservation.DataProperty]);
    }

    /// <summary>
    /// Analyzes <paramref name="markup"/> (with <c>{|#n:...|}</c> spans) next to <see cref="Models"/> and <see cref="Policy"/>,
    /// against .NET 8, ASP.NET Core, the logging libraries and the runtime, with PRIV900 turned on unless told otherwise.
    /// </summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableDictionary<string, ImmutableArray<TextSpan>> Spans)> ObserveAsync(
        DiagnosticAnalyzer analyzer, string markup, bool enabled = true)
    {
        TestFileMarkupParser.GetSpans(markup, out var source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        var libraries = analyzer is LogSinkAnalyzer or ExceptionSinkAnalyzer ? FlowVerifier<LogSinkAnalyzer>.WithLibraries : CookieAnalyzerTests.AspNetCore;
        var references = await libraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (enabled)
        {
            options = options.WithSpecificDiagnosticOptions(ImmutableDictionary.Create<string, ReportDiagnostic>().Add(FlowObservation.RuleId, ReportDiagnostic.Info));
        }

        var compilation = CSharpCompilation.Create(
            "Observed",
            new[] { CSharpSyntaxTree.ParseText(Models, parseOptions, "Models.cs"), CSharpSyntaxTree.ParseText(source, parseOptions, "Test.cs") },
            references.Add(TestReferences.Runtime),
            options);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var analyzerOptions = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/privacy.json", Policy)));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), analyzerOptions)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, spans);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
