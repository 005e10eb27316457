using Microsoft.Extensions.Logging;
using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>Login security (policy §1.1(3)(a)), logging more than it should.</summary>
public sealed class LoginService(ILogger<LoginService> logger)
{
    public void SignedIn(Account account, LoginAttempt attempt)
    {
        // PRIV001: the mobile number in clear text in the log.
        logger.LogInformation("User {Mobile} signed in", account.Mobile);
        // PRIV005: the record's compiler-generated ToString prints the mobile number and the IP address.
        logger.LogInformation("Login attempt {Attempt}", attempt);
    }

    public void EnsureActive(Account account)
    {
        if (account.CancelledAt is not null)
        {
            // PRIV003: the exception message ends up in logs and error responses.
            throw new InvalidOperationException($"Account {account.Mobile} was cancelled on {account.CancelledAt:yyyy-MM-dd}");
        }
    }
}
