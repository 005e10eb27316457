using PrivacyAnalyzers;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Partners;

public enum AlipayRiskLevel
{
    Low,
    High,
}

/// <summary>
/// Alipay's open API as SimWorks uses it (policy §3.4): device and network information for risk control at login and
/// payment, order number and amount for payment. privacy.json approves exactly these categories for Alipay.
/// </summary>
[ThirdParty("Alipay")]
public interface IAlipayClient
{
    /// <summary><c>alipay.security.risk.detect</c>: how risky a login or payment from this device is.</summary>
    AlipayRiskLevel DetectRisk(
        [PersonalInfo(DataCategory.Device.SimSerialNumber)] string simSerialNumber,
        [PersonalInfo(DataCategory.Device.MacAddress)] string macAddress,
        [PersonalInfo(DataCategory.Device.WifiList)] IReadOnlyList<string> wifiNetworks);

    /// <summary><c>alipay.trade.precreate</c>: returns the link the user's QR code encodes.</summary>
    string PrecreateTrade(
        [PersonalInfo(DataCategory.Transaction.OrderNumber)] string orderNumber,
        [PersonalInfo(DataCategory.Transaction.Amount)] decimal totalAmount);
}

/// <summary>Answers as Alipay's sandbox would, without a network call.</summary>
public sealed class SandboxAlipayClient : IAlipayClient
{
    public AlipayRiskLevel DetectRisk(string simSerialNumber, string macAddress, IReadOnlyList<string> wifiNetworks)
    {
        Console.WriteLine("  alipay.security.risk.detect (answered by the sandbox)");
        return AlipayRiskLevel.Low;
    }

    public string PrecreateTrade(string orderNumber, decimal totalAmount)
    {
        Console.WriteLine("  alipay.trade.precreate (answered by the sandbox)");
        return "https://qr.alipay.com/bax00000sandbox";
    }
}

/// <summary>The two uses of Alipay, each limited to the data collected for its purpose.</summary>
public sealed class AlipayCheckout(IAlipayClient alipay)
{
    [Purpose(Purpose.Security)]
    public bool IsDeviceTrusted(DeviceInfo device) =>
        alipay.DetectRisk(device.SimSerialNumber, device.MacAddress, device.WifiNetworks) == AlipayRiskLevel.Low;

    [Purpose(Purpose.Payment)]
    public string Pay(Order order) => alipay.PrecreateTrade(order.OrderNumber, order.Amount);
}
