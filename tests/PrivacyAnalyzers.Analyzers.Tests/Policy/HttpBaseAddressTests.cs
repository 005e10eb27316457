using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>
/// PRIV002 for HttpClient requests with a relative URI: the host is the client's BaseAddress, set in the same method, by
/// an IHttpClientFactory named or typed client registration, or by the constructors and initializers of the type holding
/// the client.
/// </summary>
public class HttpBaseAddressTests
{
    private const string Policy = """
        {
          "recipients": [
            { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.order_number"], "httpHosts": ["api.mch.weixin.qq.com"], "region": "CN" },
            { "name": "Alibaba Cloud SMS", "categories": ["user.contact.phone_number"], "httpHosts": ["*.aliyuncs.com"], "region": "CN" },
            { "name": "Mailgun", "categories": ["user.contact.email"], "httpHosts": ["api.mailgun.net"], "region": "CN" }
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
        }

        public partial class Order
        {
            [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
        }
        """;

    private const string WeChatOnly = "approves only user.behavior.purchase_history.order_number for it";
    private const string SmsOnly = "approves only user.contact.phone_number for it";
    private const string NoRecipient = "declares no recipient with this HTTP host";

    private const string NamedClients = """
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop;

        public static class ClientNames
        {
            public const string Tracker = "tracker";
        }

        public static class NamedClientRegistrations
        {
            public static void AddClients(IServiceCollection services)
            {
                services.AddHttpClient("wechat", c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
                services.AddHttpClient("sms", (provider, c) => { c.BaseAddress = new Uri("https://dysmsapi.aliyuncs.com/"); });
                services.AddHttpClient(ClientNames.Tracker).ConfigureHttpClient(c => c.BaseAddress = new Uri("https://collect.tracker.example/"));
                services.AddHttpClient("configured", c => c.BaseAddress = new Uri(Environment.GetEnvironmentVariable("CONFIGURED_URL")!));
                services.AddHttpClient("twice", c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
                services.AddHttpClient("twice", c => c.BaseAddress = new Uri("https://api.mailgun.net/"));
                services.AddHttpClient("mail", c => c.BaseAddress = new Uri("https://api.mailgun.net/v3/"));
            }
        }
        """;

    [Fact]
    public async Task A_relative_request_goes_to_the_base_address_the_same_method_sets_and_an_absolute_one_to_its_own_host()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Payments
            {
                public async Task Pay(Order order, Account account)
                {
                    var client = new HttpClient { BaseAddress = new Uri("https://api.mch.weixin.qq.com/") };
                    await client.PostAsJsonAsync("v3/pay", {|#0:order|});
                    await client.PostAsJsonAsync("v3/pay", new { order.Number });
                    await client.PostAsJsonAsync("https://dysmsapi.aliyuncs.com/send", new { account.Phone });
                    await client.PostAsJsonAsync({|#1:"https://dysmsapi.aliyuncs.com/send?mail=" + account.Email|}, new { account.Phone });
                }

                public async Task Track(HttpClient client, Account account)
                {
                    client.BaseAddress = new Uri("https://collect.tracker.example/");
                    await client.GetAsync({|#2:$"hit?u={account.Phone}"|});
                    await client.GetAsync($"hit?u={account.Id}");
                }

                public async Task Elsewhere(HttpClient client, Account account)
                {
                    await client.GetAsync($"hit?u={account.Phone}");              // no base address known
                }
            }
            """,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", WeChatOnly),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpClient.PostAsJsonAsync", SmsOnly),
            Unapproved(2, "'Account.Phone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", NoRecipient));
    }

    [Fact]
    public async Task A_named_factory_client_sends_to_the_base_address_its_registration_sets()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Checkout(IHttpClientFactory factory)
            {
                public async Task Run(Order order, Account account)
                {
                    var wechat = factory.CreateClient("wechat");
                    await wechat.PostAsJsonAsync("v3/pay", {|#0:order|});
                    await wechat.PostAsJsonAsync("v3/pay", new { order.Number });
                    await wechat.PostAsJsonAsync("https://dysmsapi.aliyuncs.com/send", new { account.Phone });

                    await factory.CreateClient("sms").GetAsync($"send?phone={account.Phone}");
                    await factory.CreateClient("sms").GetAsync({|#1:$"send?mail={account.Email}"|});
                    await factory.CreateClient(ClientNames.Tracker).GetAsync({|#2:"hit?u=" + account.Phone|});

                    await factory.CreateClient("configured").GetAsync("hit?u=" + account.Email);   // a base address read at run time
                    await factory.CreateClient("twice").GetAsync("hit?u=" + account.Email);        // two hosts registered
                    await factory.CreateClient("unregistered").GetAsync("hit?u=" + account.Email);
                    await factory.CreateClient().GetAsync("hit?u=" + account.Email);

                    var reconfigured = factory.CreateClient("wechat");                              // two hosts for one client
                    reconfigured.BaseAddress = new Uri("https://api.mailgun.net/v3/");
                    await reconfigured.PostAsJsonAsync("messages", new { account.Phone });
                }
            }
            """,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", WeChatOnly),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpClient.GetAsync", SmsOnly),
            Unapproved(2, "'Account.Phone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", NoRecipient));
    }

    [Fact]
    public async Task A_typed_client_sends_with_its_injected_client_to_the_base_address_its_registration_sets()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class WeChatPayClient(HttpClient http)
            {
                public Task Pay(Order order) => http.PostAsJsonAsync("v3/pay", {|#0:order|});

                public Task Query(Order order) => http.GetAsync($"v3/orders/{order.Number}");
            }

            public interface ISmsClient
            {
                Task Send(Account account);
            }

            public class SmsClient : ISmsClient
            {
                private readonly HttpClient _http;

                public SmsClient(HttpClient http)
                {
                    _http = http ?? throw new ArgumentNullException(nameof(http));
                }

                public Task Send(Account account) => _http.PostAsJsonAsync("send", new { account.Phone });

                public Task SendAll(Account account) => _http.PostAsJsonAsync("send", {|#1:new { account.Phone, account.Email }|});
            }

            public class TrackerClient
            {
                public TrackerClient(HttpClient http) => Http = http;

                private HttpClient Http { get; }

                public Task Hit(Account account) => Http.GetAsync({|#2:"hit?u=" + account.Phone|});
            }

            // The constructor sets the base address after the registration does.
            public class MailClient
            {
                private readonly HttpClient _http;

                public MailClient(HttpClient http)
                {
                    http.BaseAddress = new Uri("https://api.mailgun.net/v3/");
                    _http = http;
                }

                public Task Send(Account account) => _http.PostAsJsonAsync("messages", new { account.Email });

                public Task Text(Account account) => _http.PostAsJsonAsync("messages", {|#3:new { account.Phone }|});
            }

            public class NotRegistered(HttpClient http)
            {
                public Task Hit(Account account) => http.GetAsync("hit?u=" + account.Email);
            }

            public class OwnClient(HttpClient http)
            {
                private readonly HttpClient _own = new HttpClient();

                public HttpClient? Settable { get; set; }

                public Task Hit(Account account) => _own.GetAsync("hit?u=" + account.Email);           // not the injected client

                public Task Set(Account account) => Settable!.GetAsync("hit?u=" + account.Email);     // nor is this one

                public Task Pay(Account account) => http.GetAsync({|#4:"v3/pay?u=" + account.Email|});
            }
            """,
            """
            using System;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop;

            public static class TypedClientRegistrations
            {
                public static void AddClients(IServiceCollection services)
                {
                    services.AddHttpClient<WeChatPayClient>(c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
                    services.AddHttpClient<ISmsClient, SmsClient>(c => c.BaseAddress = new Uri("https://dysmsapi.aliyuncs.com/"));
                    services.AddHttpClient<TrackerClient>()
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5))
                        .ConfigureHttpClient((provider, c) => c.BaseAddress = new Uri("https://collect.tracker.example/"));
                    services.AddHttpClient<MailClient>(c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
                    services.AddHttpClient<OwnClient>(c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
                }
            }
            """,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", WeChatOnly),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "HttpClient.PostAsJsonAsync", SmsOnly),
            Unapproved(2, "'Account.Phone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", NoRecipient),
            Unapproved(3, "'Account.Phone' (user.contact.phone_number) is", "Mailgun", "HttpClient.PostAsJsonAsync", "approves only user.contact.email for it"),
            Unapproved(4, "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpClient.GetAsync", WeChatOnly));
    }

    [Fact]
    public async Task A_client_field_or_property_sends_to_the_base_address_its_types_constructor_or_initializer_sets()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Gateway
            {
                private static readonly HttpClient Sms = new HttpClient { BaseAddress = new Uri("https://dysmsapi.aliyuncs.com/") };
                private readonly HttpClient _client;
                private readonly HttpClient _unknown = new HttpClient();

                public Gateway(IHttpClientFactory factory)
                {
                    _client = new HttpClient();
                    _client.BaseAddress = new Uri("https://api.mch.weixin.qq.com/");
                    Tracker.BaseAddress = new Uri("https://collect.tracker.example/");
                    Mail = factory.CreateClient("mail");
                }

                public HttpClient Tracker { get; } = new HttpClient();

                public HttpClient Mail { get; }

                public Task Pay(Order order) => _client.PostAsJsonAsync("v3/pay", {|#0:order|});

                public Task Query(Order order) => _client.GetAsync("v3/orders/" + order.Number);

                public Task Tag(Account account)
                {
                    _client.DefaultRequestHeaders.Add("X-Mail", {|#1:account.Email|});
                    return Task.CompletedTask;
                }

                public Task Text(Account account) => Sms.GetAsync($"send?phone={account.Phone}");

                public Task Hit(Account account) => Tracker.GetAsync({|#2:"hit?u=" + account.Phone|});

                public Task Send(Account account) => Mail.PostAsJsonAsync("messages", new { account.Email });

                public Task Other(Account account) => _unknown.GetAsync("hit?u=" + account.Email);
            }

            public class Ambiguous
            {
                private readonly HttpClient _client = new HttpClient();

                public Ambiguous()
                {
                    _client.BaseAddress = new Uri("https://api.mch.weixin.qq.com/");
                }

                public Ambiguous(string url)
                {
                    _client.BaseAddress = new Uri(url);
                }

                public Task Send(Account account) => _client.GetAsync("hit?u=" + account.Email);
            }
            """,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", WeChatOnly),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpClient.DefaultRequestHeaders.Add", WeChatOnly),
            Unapproved(2, "'Account.Phone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", NoRecipient));
    }

    [Fact]
    public async Task A_relative_request_message_goes_to_the_base_address_of_the_client_that_sends_it()
    {
        await RunAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Requests(IHttpClientFactory factory)
            {
                public async Task Run(Account account, Order order)
                {
                    var wechat = factory.CreateClient("wechat");
                    var request = new HttpRequestMessage(HttpMethod.Post, "v3/pay") { Content = {|#0:JsonContent.Create(order)|} };
                    request.Headers.Add("X-Order", order.Number);
                    request.Headers.Add("X-Mail", {|#1:account.Email|});
                    await wechat.SendAsync(request);

                    await factory.CreateClient("sms").SendAsync(new HttpRequestMessage(HttpMethod.Get, {|#2:$"send?mail={account.Email}"|}));

                    var query = new HttpRequestMessage { Method = HttpMethod.Get };
                    query.RequestUri = {|#3:new Uri("v3/orders?phone=" + order.BuyerPhone, UriKind.Relative)|};
                    await wechat.SendAsync(query);

                    using var text = new HttpRequestMessage(HttpMethod.Post, new Uri("send", UriKind.Relative));
                    text.Content = new StringContent(account.Phone);
                    await factory.CreateClient("sms").SendAsync(text);

                    var absolute = new HttpRequestMessage(HttpMethod.Post, "https://api.mailgun.net/v3/messages");
                    absolute.Content = new StringContent(account.Email);
                    await wechat.SendAsync(absolute);

                    var unsent = new HttpRequestMessage(HttpMethod.Post, "v3/pay");           // no client sends it here
                    unsent.Content = new StringContent(account.Email);

                    var shared = new HttpRequestMessage(HttpMethod.Post, "send");             // sent by clients with different hosts
                    shared.Content = new StringContent(account.Email);
                    await wechat.SendAsync(shared);
                    await factory.CreateClient("sms").SendAsync(shared);
                }
            }
            """,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpRequestMessage.Content", WeChatOnly),
            Unapproved(1, "'Account.Email' (user.contact.email) is", "WeChat Pay", "HttpRequestMessage.Headers.Add", WeChatOnly),
            Unapproved(2, "'Account.Email' (user.contact.email) is", "Alibaba Cloud SMS", "new HttpRequestMessage", SmsOnly),
            Unapproved(3, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpRequestMessage.RequestUri", WeChatOnly));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(8190)]
    [InlineData(8192)]
    [InlineData(20000)]
    public async Task A_registration_is_found_wherever_it_stands_in_a_long_file(int position)
    {
        const string Registration = """
            using System;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop;

            public static class LateRegistrations
            {
                public static void AddClients(IServiceCollection services)
                    => services.AddHttpClient("late", c => c.BaseAddress = new Uri("https://api.mch.weixin.qq.com/"));
            }
            """;
        var padding = position - Registration.IndexOf("AddHttpClient", StringComparison.Ordinal);
        var registrations = "//" + new string('x', padding - 3) + "\n" + Registration;
        Assert.Equal(position, registrations.IndexOf("AddHttpClient", StringComparison.Ordinal));

        await RunAsync(
            """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace Shop;

            public class Checkout(IHttpClientFactory factory)
            {
                public Task Pay(Order order) => factory.CreateClient("late").PostAsJsonAsync("v3/pay", {|#0:order|});
            }
            """,
            registrations,
            Unapproved(0, "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.PostAsJsonAsync", WeChatOnly));
    }

    [Theory]
    [InlineData("services.AddHttpClient(", "")]
    [InlineData("services.AddHttpClient(\"wechat\", c => c.BaseAddress = );", "")]
    [InlineData("services.AddHttpClient(\"wechat\", c => c.BaseAddress = null);", "")]
    [InlineData("services.AddHttpClient(\"wechat\", c => { c.BaseAddress = new Uri(url); c.BaseAddress = new Uri(\"https://api.pay.example\"); });", "")]
    [InlineData("services.AddHttpClient(url, c => c.BaseAddress = new Uri(\"https://api.pay.example\"));", "")]
    [InlineData("services.AddHttpClient(\"wechat\", Configure); services.AddHttpClient(\"wechat\", (Action<HttpClient>)null!);", "static void Configure(HttpClient c) { }")]
    [InlineData("services.AddHttpClient(\"wechat\").ConfigureHttpClient(); services.AddHttpClient(\"wechat\").ConfigureHttpClient(c => c.BaseAddress = new Uri(\"https://\" + url));", "")]
    [InlineData("services.AddHttpClient<>(c => c.BaseAddress = new Uri(\"https://api.pay.example\"));", "")]
    [InlineData("services.AddHttpClient<Missing>(c => c.BaseAddress = new Uri(\"https://api.pay.example\"));", "")]
    [InlineData("services.AddHttpClient<Use>(c => c.BaseAddress = new Uri(\"https://api.pay.example\")).AddHttpMessageHandler(() => null!).ConfigureHttpClient((p, c) => c.BaseAddress = null);", "")]
    [InlineData("await factory.CreateClient(null!).GetAsync(\"x\" + a.Email); await factory.CreateClient().GetAsync(\"x\" + a.Email); await factory.CreateClient(\"wechat\", ).GetAsync(\"x\" + a.Email);", "")]
    [InlineData("await factory.CreateClient(url).GetAsync(\"x\" + a.Email); await factory.Missing(\"wechat\").GetAsync(\"x\" + a.Email);", "")]
    [InlineData("await _client.GetAsync(\"x\" + a.Email); await Client.GetAsync(\"x\" + a.Email); await _typed.GetAsync(\"x\" + a.Email);", "public Use(string url) { _client.BaseAddress = null; _client.BaseAddress = new Uri(url); Client = ; _client = }")]
    [InlineData("await _client.GetAsync(\"x\" + a.Email);", "public Use() : this(null!) { _client = _client; _client = Client ?? ; } static Use() { }")]
    [InlineData("await Client.GetAsync(\"x\" + a.Email);", "public HttpClient Client { get => ; set => _client = value; } = ")]
    [InlineData("var r = new HttpRequestMessage(HttpMethod.Get, \"x\") { Content = new StringContent(a.Email) }; await r.SendAsync(r); await _client.SendAsync(r, ); await _client.SendAsync();", "")]
    [InlineData("HttpClient c = new HttpRequestMessage(HttpMethod.Get, \"x\"); c.DefaultRequestHeaders.Add(\"x\", a.Email); await c.SendAsync(c);", "")]
    [InlineData("var r = new HttpRequestMessage(HttpMethod.Get, \"x\"); r = r; r.RequestUri = r.RequestUri; r.Content = new StringContent(a.Email); await _client.SendAsync(r); await r.Content.SendAsync(r);", "")]
    public async Task Half_typed_registrations_and_clients_do_not_make_the_analyzer_throw(string statements, string members)
    {
        var code = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using PrivacyAnalyzers;

            public partial class Account
            {
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            }

            public partial class Use(HttpClient _typed)
            {
                private HttpClient _client = new HttpClient();
                public HttpClient Client { get; set; } = new HttpClient { BaseAddress = new Uri("https://api.pay.example") };

            """ + members + """

                public async Task Run(Account a, IServiceCollection services, IHttpClientFactory factory, string url)
                {
            """ + statements + """

                    // Requests that make the analyzer read the registrations and the type's constructors.
                    await factory.CreateClient("wechat").GetAsync("x" + a.Email);
                    await _typed.GetAsync("x" + a.Email);
                }
            }
            """;

        var exceptions = await AnalyzeForExceptionsAsync(code);

        Assert.Empty(exceptions);
    }

    private static DiagnosticResult Unapproved(int location, string carried, string recipient, string sink, string approval)
        => Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(location).WithArguments(carried, recipient, sink, approval);

    /// <summary>Runs the analyzer with ASP.NET Core (Microsoft.Extensions.Http) and the named clients' registrations in a file of their own.</summary>
    private static Task RunAsync(string source, params DiagnosticResult[] expected) => RunAsync(source, registrations: null, expected);

    private static Task RunAsync(string source, string? registrations, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test { ReferenceAssemblies = CookieAnalyzerTests.AspNetCore };
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(NamedClients);
        if (registrations is not null)
        {
            test.TestState.Sources.Add(registrations);
        }

        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static async Task<IReadOnlyCollection<Exception>> AnalyzeForExceptionsAsync(string code)
    {
        var references = await CookieAnalyzerTests.AspNetCore.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/privacy.json", Policy))),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThirdPartySharingAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return exceptions;
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
