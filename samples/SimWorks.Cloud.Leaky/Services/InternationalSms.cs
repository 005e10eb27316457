using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>Login codes for users abroad, through a provider that processes them in the US.</summary>
public sealed class InternationalSms(HttpClient http)
{
    public Task<HttpResponseMessage> SendLoginCodeAsync(Account account, string code) =>
        http.PostAsync(
            "https://api.twilio.com/2010-04-01/Accounts/AC0000000000/Messages.json",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                // PRIV009: the policy keeps personal information in China (§4); Twilio's region is US.
                ["To"] = account.Mobile,
                ["From"] = "+15005550006",
                ["Body"] = $"SimWorks login code: {code}",
            }));
}
