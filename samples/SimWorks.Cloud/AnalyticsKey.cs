using System.Security.Cryptography;
using PrivacyAnalyzers;

namespace SimWorks.Cloud;

/// <summary>The secret behind analytics pseudonyms. It comes from the environment (a secret store in production), never from code.</summary>
public static class AnalyticsKey
{
    public const string EnvironmentVariable = "SIMWORKS_PSEUDONYM_KEY";

    public const string KeyId = "simworks-analytics";

    public static PseudonymKey Load()
    {
        var secret = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(secret))
        {
            return PseudonymKey.FromBase64(KeyId, secret);
        }

        Console.WriteLine(
            $"Note: {EnvironmentVariable} is not set, so this run uses a random key of its own and its pseudonyms match no other run. "
            + "Set it to 32 random bytes in Base64 (openssl rand -base64 32) for stable pseudonyms.");
        return new PseudonymKey(KeyId, RandomNumberGenerator.GetBytes(32));
    }
}
