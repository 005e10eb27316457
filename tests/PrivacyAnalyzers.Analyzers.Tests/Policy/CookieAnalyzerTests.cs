using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.CookieAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV004: personal information written into a cookie is checked against the policy's cookies.categories.</summary>
public class CookieAnalyzerTests
{
    /// <summary>.NET 8 with the ASP.NET Core 8 shared framework's reference assemblies.</summary>
    public static ReferenceAssemblies AspNetCore => TestReferences.AspNetCore;

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
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Phone { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Categories_the_policy_allows_in_cookies_and_values_that_are_not_personal_are_not_reported()
    {
        await RunAsync("""
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account)
                {
                    response.Cookies.Append("user", account.UserName);
                    response.Cookies.Append("id", account.Id.ToString(), new CookieOptions { HttpOnly = true });
                    response.Cookies.Append("phone", Masking.MobilePhone(account.Phone) ?? "");
                    response.Cookies.Delete("email");
                }
            }
            """);
    }

    [Fact]
    public async Task Personal_info_of_a_category_the_policy_does_not_allow_in_cookies_is_reported()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Net.Http.Headers;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpContext context, Account account)
                {
                    context.Response.Cookies.Append("contact", {|#0:$"{account.UserName}:{account.Email}"|});
                    context.Response.Cookies.Append("phone", {|#1:account.Phone|}, new CookieOptions { Secure = true });
                    var header = new CookieOptions().CreateCookieHeader("email", {|#2:account.Email|});
                    var raw = new SetCookieHeaderValue("phone", {|#3:account.Phone|});
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(0).WithArguments(
                "'Account.Email' (user.contact.email) is", "IResponseCookies.Append", "allows only user.account.username, user.device.cookie_id in cookies"),
            Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(1).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "IResponseCookies.Append", "allows only user.account.username, user.device.cookie_id in cookies"),
            Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(2).WithArguments(
                "'Account.Email' (user.contact.email) is", "CookieOptions.CreateCookieHeader", "allows only user.account.username, user.device.cookie_id in cookies"),
            Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(3).WithArguments(
                "'Account.Phone' (user.contact.phone_number) is", "new SetCookieHeaderValue", "allows only user.account.username, user.device.cookie_id in cookies"));
    }

    [Fact]
    public async Task A_whole_object_serialized_into_a_cookie_counts_by_the_members_the_policy_does_not_allow()
    {
        await RunAsync(
            """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace Shop;

            public class SignIn
            {
                public void Remember(IResponseCookies cookies, Account account, Profile profile)
                {
                    cookies.Append("account", account.ToString());           // prints its type name only
                    cookies.Append("profile", {|#0:$"{profile}"|});
                }
            }

            public record Profile
            {
                [PersonalInfo(DataCategory.Account.Username)] public string UserName { get; init; } = "";
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Phone { get; init; } = "";
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; init; } = "";
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(0).WithArguments(
                "'Profile.Phone' (user.contact.phone_number) and 'Profile.Email' (user.contact.email) are", "IResponseCookies.Append",
                "allows only user.account.username, user.device.cookie_id in cookies"));
    }

    [Fact]
    public async Task System_Web_HttpCookie_names_values_and_subkeys_are_sinks()
    {
        // The .NET Framework's System.Web.HttpCookie, declared with its real shape: .NET 8 has no System.Web.
        const string systemWeb = """
            using System.Collections.Specialized;

            namespace System.Web;

            public sealed class HttpCookie
            {
                public HttpCookie(string name) { Name = name; }
                public HttpCookie(string name, string value) { Name = name; Value = value; }
                public string Name { get; set; }
                public string? Value { get; set; }
                public NameValueCollection Values { get; } = new NameValueCollection();
                public string? this[string key] { get => Values[key]; set => Values[key] = value; }
            }
            """;
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(systemWeb);
        test.TestState.Sources.Add("""
            using System.Web;

            namespace Shop;

            public class SignIn
            {
                public HttpCookie Remember(Account account)
                {
                    var cookie = new HttpCookie("user", account.UserName);
                    cookie.Value = {|#0:account.Email|};
                    cookie["phone"] = {|#1:account.Phone|};
                    cookie.Values["mail"] = {|#2:account.Email|};
                    cookie.Values.Add("name", account.UserName);
                    var other = new HttpCookie("contact", {|#3:account.Phone|});
                    return cookie;
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        const string allowed = "allows only user.account.username, user.device.cookie_id in cookies";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(0).WithArguments("'Account.Email' (user.contact.email) is", "HttpCookie.Value", allowed));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(1).WithArguments("'Account.Phone' (user.contact.phone_number) is", "HttpCookie[...]", allowed));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(2).WithArguments("'Account.Email' (user.contact.email) is", "HttpCookie.Values[...]", allowed));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(3).WithArguments("'Account.Phone' (user.contact.phone_number) is", "new HttpCookie", allowed));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_a_policy_file_no_personal_info_may_be_stored_in_cookies()
    {
        var test = new Verifier.Test { ReferenceAssemblies = AspNetCore };
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add("""
            using Microsoft.AspNetCore.Http;

            namespace Shop;

            public class SignIn
            {
                public void Remember(HttpResponse response, Account account) => response.Cookies.Append("user", {|#0:account.UserName|});
            }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PersonalInfoInCookie).WithLocation(0).WithArguments(
            "'Account.UserName' (user.account.username) is", "IResponseCookies.Append", "file (privacy.json) is missing, so no personal information may be stored in cookies"));
        await test.RunAsync(CancellationToken.None);
    }

    private static Task RunAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test { ReferenceAssemblies = AspNetCore };
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
