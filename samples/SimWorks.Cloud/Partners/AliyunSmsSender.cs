using System.Net.Http.Json;
using PrivacyAnalyzers;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Partners;

/// <summary>
/// The entrusted SMS provider, Alibaba Cloud SMS (policy §3.4, §3.5): it receives the mobile number, and its SDK
/// reports the device name, model and system version. privacy.json approves these for its host dysmsapi.aliyuncs.com.
/// </summary>
public sealed class AliyunSmsSender(HttpClient http)
{
    public const string Host = "dysmsapi.aliyuncs.com";

    private const string SignName = "SimWorks";
    private const string InvoiceIssuedTemplate = "SMS_INVOICE_ISSUED";

    /// <summary>Sends the "invoice issued" notification and returns the provider's delivery receipt id.</summary>
    [Purpose(Purpose.Notification)]
    public async Task<string> SendInvoiceIssuedAsync(Account account, DeviceInfo device)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://dysmsapi.aliyuncs.com/");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "SendSms",
            ["PhoneNumbers"] = account.Mobile,
            ["SignName"] = SignName,
            ["TemplateCode"] = InvoiceIssuedTemplate,
        });
        request.Headers.TryAddWithoutValidation("User-Agent", $"AlibabaCloud-Dysmsapi/2017-05-25 ({device.DeviceName}; {device.Model}; {device.OsVersion})");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<SendSmsAnswer>();
        return answer is { Code: "OK" } ? answer.BizId : throw new InvalidOperationException($"The SMS was not accepted: {answer?.Code}");
    }

    private sealed record SendSmsAnswer(string Code, string BizId);
}
