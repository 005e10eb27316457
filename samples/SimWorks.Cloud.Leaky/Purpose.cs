namespace SimWorks.Cloud.Leaky;

/// <summary>The purpose ids of this project's privacy.json.</summary>
public static class Purpose
{
    public const string Account = "account";

    public const string Security = "security";

    public const string Payment = "payment";

    public const string Notification = "notification";

    public const string Recommendation = "recommendation";
}
