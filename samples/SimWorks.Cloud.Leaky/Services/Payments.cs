using PrivacyAnalyzers;
using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>WeChat Pay's unified order API; the policy approves order number, product and amount for it (§3.4).</summary>
[ThirdParty("WeChat Pay")]
public interface IWeChatPay
{
    /// <summary>Places the order; <paramref name="attach"/> is returned unchanged in the payment notification.</summary>
    string CreateOrder(string outTradeNo, decimal total, string attach);
}

public sealed class WeChatCheckout(IWeChatPay weChatPay)
{
    public string Pay(Order order, Account account) =>
        // PRIV002: the mobile number, as "attach" for reconciliation, is not approved for WeChat Pay.
        weChatPay.CreateOrder(order.OrderNumber, order.Amount, account.Mobile);
}

/// <summary>A mobile analytics SDK someone added. PRIV205: the policy names no such recipient.</summary>
[ThirdParty("Umeng")]
public sealed class UmengAnalytics
{
    public void TrackLogin(string userKey, string channel) =>
        Console.WriteLine($"umeng: login via {channel} ({userKey.Length} characters of user key)");
}

public sealed class LoginTracking(UmengAnalytics umeng)
{
    // PRIV002: a recipient the policy does not declare is approved for nothing.
    public void Track(Account account) => umeng.TrackLogin(account.Username, "app");
}
