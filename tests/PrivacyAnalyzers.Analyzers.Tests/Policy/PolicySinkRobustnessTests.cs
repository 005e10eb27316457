using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>Half-typed HTTP, SDK, cookie and [Purpose] code never makes the policy analyzers throw.</summary>
public class PolicySinkRobustnessTests
{
    private const string Policy = """
        {
          "purposes": [ { "id": "payment" } ],
          "recipients": [ { "name": "Pay", "categories": [], "sdkNamespaces": ["Pay.Sdk"], "sdkTypes": ["Pay.Client"], "httpHosts": ["*.pay.example", "api.pay.example"], "region": "US" } ],
          "regions": { "allowed": ["CN"] },
          "cookies": { "categories": [] }
        }
        """;

    [Theory]
    [InlineData("await http.GetAsync($\"https://{a.Email}\");")]
    [InlineData("await http.GetAsync(\"https://\" + a.Email);")]
    [InlineData("await http.GetAsync(\"https:///\" + a.Email);")]
    [InlineData("await http.GetAsync(\"//\" + a.Email);")]
    [InlineData("await http.GetAsync(\"https://user@api.pay.example:8443/x?e=\" + a.Email);")]
    [InlineData("await http.GetAsync(new Uri(new Uri(\"https://api.pay.example\"), a.Email));")]
    [InlineData("await http.GetAsync((string?)null);")]
    [InlineData("await http.GetAsync();")]
    [InlineData("await http.GetAsync(a.Email, );")]
    [InlineData("http.BaseAddress = new Uri(a.Email); await http.GetAsync(\"x\" + a.Email);")]
    [InlineData("http.BaseAddress = new Uri(\"https://a.pay.example\"); http.BaseAddress = new Uri(\"https://b.pay.example\"); await http.GetAsync(\"x\" + a.Email);")]
    [InlineData("var r = new HttpRequestMessage(); r.Headers.Add(\"x\", a.Email); r.Content = new StringContent(a.Email);")]
    [InlineData("var r = new HttpRequestMessage(HttpMethod.Get, ); r.Headers.Add(\"x\", a.Email")]
    [InlineData("new HttpRequestMessage { RequestUri = new Uri(\"https://api.pay.example\"), Content = new StringContent(a.Email) };")]
    [InlineData("http.DefaultRequestHeaders.Add(\"x\", new[] { a.Email });")]
    [InlineData("await http.PostAsJsonAsync(\"https://api.pay.example\", a, );")]
    [InlineData("new Pay.Sdk.Client().Send(a.Email); new Pay.Sdk.Client(a.Email).Send(); Pay.Sdk.Client.Missing(a.Email);")]
    [InlineData("cookies.Append(); cookies.Append(a.Email); cookies.Append(\"k\", a.Email, null); cookies.Append(\"k\", a.")]
    [InlineData("new CookieOptions().CreateCookieHeader(a.Email); new Microsoft.Net.Http.Headers.SetCookieHeaderValue(a.Email) { Value = a.Email };")]
    [InlineData("Missing(a.Email); a.Missing = a.Email; var x = nameof(a.Email);")]
    public async Task Half_typed_sink_code_does_not_make_the_analyzers_throw(string statements)
    {
        var code = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace Pay.Sdk { public class Client { public Client(string s) { } public Client() { } public void Send(string s) { } } }

            public partial class Account
            {
                [PersonalInfo(DataCategory.Contact.Email, Purposes = new[] { "payment", , 42 })] public string Email { get; set; } = "";
            }

            [Purpose("payment")]
            public class Use
            {
                [Purpose()] public void A() { }
                [Purpose(null)] public void B() { }
                [Purpose(7)] public void C() { }

                public async Task Run(Account a, HttpClient http, IResponseCookies cookies)
                {
            """ + statements + """

                }
            }
            """;

        var exceptions = await AnalyzeAsync(code);

        Assert.Empty(exceptions);
    }

    private static async Task<IReadOnlyCollection<Exception>> AnalyzeAsync(string code)
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
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ThirdPartySharingAnalyzer(), new CookieAnalyzer(), new PurposeAnalyzer());

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return exceptions;
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
