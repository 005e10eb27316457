namespace SimWorks.Cloud.Models;

/// <summary>The purposes personal information is collected for: the purpose ids of the project's privacy.json.</summary>
public static class Purpose
{
    /// <summary>Registration and login with a mobile phone number (§1.2(1)).</summary>
    public const string Account = "account";

    /// <summary>Account and transaction risk control, login security (§1.1(3)(a), §1.2(2), the Alipay SDK in §3.4).</summary>
    public const string Security = "security";

    /// <summary>Recharge and payment through WeChat Pay and Alipay (§1.2(3)).</summary>
    public const string Payment = "payment";

    /// <summary>SMS notifications by the entrusted SMS provider (§3.4, §3.5).</summary>
    public const string Notification = "notification";

    /// <summary>Usage analysis and promotion statistics (§2(2), §3.1(5)).</summary>
    public const string Analytics = "analytics";

    /// <summary>Keeping downloaded materials searchable (§1.1(3)(b)).</summary>
    public const string Downloads = "downloads";
}
