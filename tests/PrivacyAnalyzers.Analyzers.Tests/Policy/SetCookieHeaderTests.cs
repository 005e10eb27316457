using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Policy;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.CookieAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV004: personal information written into a raw Set-Cookie header of an ASP.NET Core response.</summary>
public class SetCookieHeaderTests
{
    private const string Policy = """
        {
          "cookies": { "categories": ["user.account.username", "user.device.cookie_id"] }
        }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop;

        public partial class Account
        {
            public int Id { get; set; }
            [PersonalInfo(DataCategory.Account.Username)] public string UserName { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Mobile { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
        }
        """;

    private const string Allowed = "allows only user.account.username, user.device.cookie_id in cookies";

    [Fact]
    public async Task Set_cookie_headers_written_by_name_indexer_or_property_are_checked_against_the_cookie_categories()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Net.Http.Headers;
            using PrivacyAnalyzers;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account)
                {
                    response.Headers["Set-Cookie"] = {|#0:$"sid={account.Mobile}; Path=/"|};
                    response.Headers["set-cookie"] = {|#1:"mail=" + account.Email|};
                    response.Headers.Append("Set-Cookie", {|#2:$"user={account.UserName}&phone={account.Mobile}"|});
                    response.Headers.Append(HeaderNames.SetCookie, $"user={account.UserName}");
                    response.Headers.SetCookie = {|#3:$"mail={account.Email}"|};
                    response.Headers.Add(HeaderNames.SetCookie, {|#4:account.Email|});
                    response.Headers.AppendCommaSeparatedValues("SET-COOKIE", {|#5:account.Mobile|}, "theme=dark");
                    response.Headers.SetCommaSeparatedValues(HeaderNames.SetCookie, "theme=dark", {|#6:$"mail={account.Email}"|});
                    response.Headers["Set-Cookie"] = $"phone={Masking.MobilePhone(account.Mobile)}";
                    response.Headers["Set-Cookie"] = $"id={account.Id}";
                }
            }
            """,
            Stored(0, "'Account.Mobile' (user.contact.phone_number) is", "IHeaderDictionary[Set-Cookie]"),
            Stored(1, "'Account.Email' (user.contact.email) is", "IHeaderDictionary[Set-Cookie]"),
            Stored(2, "'Account.Mobile' (user.contact.phone_number) is", "IHeaderDictionary.Append"),
            Stored(3, "'Account.Email' (user.contact.email) is", "IHeaderDictionary.SetCookie"),
            Stored(4, "'Account.Email' (user.contact.email) is", "IHeaderDictionary.Add"),
            Stored(5, "'Account.Mobile' (user.contact.phone_number) is", "IHeaderDictionary.AppendCommaSeparatedValues"),
            Stored(6, "'Account.Email' (user.contact.email) is", "IHeaderDictionary.SetCommaSeparatedValues"));
    }

    [Fact]
    public async Task Other_headers_header_names_that_are_not_constant_and_HttpResponseMessage_headers_are_not_cookies()
    {
        await RunAsync(
            """
            using System.Net.Http;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Net.Http.Headers;

            namespace Shop;

            public class Responses
            {
                public HttpResponseMessage Write(HttpResponse response, Account account, string headerName)
                {
                    response.Headers["X-Contact"] = account.Email;
                    response.Headers.Append(HeaderNames.Location, "/users/" + account.Email);
                    response.Headers.ContentDisposition = $"attachment; filename={account.Mobile}.pdf";
                    response.Headers[headerName] = account.Email;
                    response.Headers["Set-Cookie-Hint"] = account.Email;

                    var message = new HttpResponseMessage();
                    message.Headers.Add("Set-Cookie", $"mail={account.Email}");
                    message.Headers.TryAddWithoutValidation("Set-Cookie", account.Mobile);
                    return message;
                }
            }
            """);
    }

    [Fact]
    public async Task A_header_dictionary_held_in_a_local_is_still_the_response()
    {
        await RunAsync(
            """
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Http;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpContext context, Account account)
                {
                    IHeaderDictionary headers = context.Response.Headers;
                    var cookie = $"contact={account.Email}";
                    headers.TryAdd("Set-Cookie", {|#0:cookie|});
                    headers["Set-Cookie"] = $"user={account.UserName}";
                }
            }
            """,
            Stored(0, "'Account.Email' (user.contact.email) is", "IHeaderDictionary.TryAdd"));
    }

    [Fact]
    public async Task Set_cookie_headers_are_observed_as_cookie_flows()
    {
        var result = await PolicyAnalysis.AnalyzeAsync(new CookieAnalyzer(), Policy, Models, """
            using Microsoft.AspNetCore.Http;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account)
                {
                    response.Headers["Set-Cookie"] = {|#0:$"user={account.UserName}"|};
                    response.Headers.SetCookie = {|#1:$"user={account.UserName}; phone={account.Mobile}"|};
                }
            }
            """);

        Assert.Empty(result.Exceptions);
        Assert.Collection(
            result.Observations,
            flow => PolicyAnalysis.AssertObservation(flow, result.Span("#0"), "cookie", "IHeaderDictionary[Set-Cookie]", null, "true", "Account.UserName=user.account.username"),
            flow => PolicyAnalysis.AssertObservation(
                flow, result.Span("#1"), "cookie", "IHeaderDictionary.SetCookie", null, "false", "Account.Mobile=user.contact.phone_number\nAccount.UserName=user.account.username"));
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "PRIV004" && diagnostic.Location.SourceSpan == result.Span("#1"));
    }

    [Theory]
    [InlineData("response.Headers[\"Set-Cookie\"] = ;")]
    [InlineData("response.Headers[\"Set-Cookie\"] = account.")]
    [InlineData("response.Headers[] = account.Email;")]
    [InlineData("response.Headers[\"Set-Cookie\", ] = account.Email;")]
    [InlineData("response.Headers[null!] = account.Email; response.Headers[(string)null!] = account.Email;")]
    [InlineData("response.Headers.Append(\"Set-Cookie\"); response.Headers.Append(, account.Email); response.Headers.Append(\"Set-Cookie\", ")]
    [InlineData("response.Headers.Add(); response.Headers.Add(new(\"Set-Cookie\", account.Email)); HeaderDictionaryExtensions.Append(null!, \"Set-Cookie\", account.Email);")]
    [InlineData("response.Headers.SetCookie = ; response.Headers.Missing = account.Email; response.Headers.SetCookie += account.Email;")]
    [InlineData("(response.Headers.SetCookie, response.Headers[\"Set-Cookie\"]) = (account.Email, account.Email);")]
    public async Task Half_typed_header_code_does_not_make_the_analyzer_throw(string statements)
    {
        var result = await PolicyAnalysis.AnalyzeAsync(new CookieAnalyzer(), Policy, Models, """
            using Microsoft.AspNetCore.Http;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account)
                {
            """ + statements + """

                }
            }
            """);

        Assert.Empty(result.Exceptions);
    }

    private static DiagnosticResult Stored(int location, string members, string sink)
        => Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(location).WithArguments(members, sink, Allowed);

    private static Task RunAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test { ReferenceAssemblies = CookieAnalyzerTests.AspNetCore };
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
