using System.Net.Http.Json;
using System.Text.Json.Serialization;
using PrivacyAnalyzers;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Partners;

/// <summary>
/// WeChat Pay's native (QR code) payment, API v3. WeChat Pay receives the order number, the product and the amount
/// (policy §1.2(3), §3.4); privacy.json approves exactly these for its host api.mch.weixin.qq.com.
/// </summary>
public sealed class WeChatPayClient(HttpClient http)
{
    public const string Host = "api.mch.weixin.qq.com";

    private const string AppId = "wx8888888888888888";
    private const string MerchantId = "1900000109";
    private const string NotifyUrl = "https://cloud.simworks.example/payments/wechat/notify";

    /// <summary>Places the order with WeChat Pay and returns the <c>weixin://</c> link the user's QR code encodes.</summary>
    [Purpose(Purpose.Payment)]
    public async Task<string> CreateNativePaymentAsync(Order order)
    {
        var prepay = new
        {
            appid = AppId,
            mchid = MerchantId,
            description = order.Product,
            out_trade_no = order.OrderNumber,
            notify_url = NotifyUrl,
            // WeChat Pay counts in fen.
            amount = new { total = (int)Math.Round(order.Amount * 100), currency = "CNY" },
        };
        using var response = await http.PostAsync("https://api.mch.weixin.qq.com/v3/pay/transactions/native", JsonContent.Create(prepay));
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<NativePrepayAnswer>();
        return answer?.CodeUrl ?? throw new InvalidOperationException("WeChat Pay returned no code_url.");
    }

    private sealed record NativePrepayAnswer([property: JsonPropertyName("code_url")] string CodeUrl);
}
