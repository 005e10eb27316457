using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>"Remember me" at sign-in; the policy allows the username in cookies (§2), nothing else.</summary>
public static class RememberMe
{
    public static void Remember(HttpResponse response, Account account)
    {
        var options = new CookieOptions { HttpOnly = true, Secure = true, MaxAge = TimeSpan.FromDays(30) };
        response.Cookies.Append("simworks_user", account.Username, options);
        // PRIV004: the mobile number in a cookie.
        response.Cookies.Append("simworks_mobile", account.Mobile, options);
    }

    /// <summary>The sign-in hint the old web front end reads, written as a raw header.</summary>
    public static void RememberLastLogin(HttpResponse response, Account account) =>
        // PRIV004: a Set-Cookie header is a cookie too; the mobile number is not allowed in it.
        response.Headers.Append(HeaderNames.SetCookie, $"simworks_last_login={account.Mobile}; Path=/; Secure; HttpOnly");
}
