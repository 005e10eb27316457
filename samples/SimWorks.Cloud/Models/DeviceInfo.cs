using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

/// <summary>
/// Device and network information collected by the Alipay SDK for payment risk control (SIM serial number, MAC address,
/// Wi-Fi list) and by the SMS SDK (device name, model, system version) — policy §3.4.
/// Kept six months from collection: the data secures logins and payments, whose network logs the Cybersecurity Law
/// asks to keep six months (policy §4); older device data no longer describes the device in use.
/// </summary>
[RetainFor(Months = 6, From = nameof(CollectedAt), Basis = "Cybersecurity Law Art. 21", OnExpiry = ExpiryAction.Delete)]
public partial class DeviceInfo
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Security, Purpose.Notification })]
    public Guid AccountId { get; set; }

    [PersonalInfo(DataCategory.Device.SimSerialNumber, Purposes = new[] { Purpose.Security }), Mask(keepFirst: 4, keepLast: 4)]
    public required string SimSerialNumber { get; set; }

    /// <summary>The vendor prefix (first three octets) stays visible for support; the device-specific part is hidden.</summary>
    [PersonalInfo(DataCategory.Device.MacAddress, Purposes = new[] { Purpose.Security }), Mask(keepFirst: 8, keepLast: 0)]
    public required string MacAddress { get; set; }

    [PersonalInfo(DataCategory.Device.WifiList, Purposes = new[] { Purpose.Security })]
    public List<string> WifiNetworks { get; set; } = new();

    [PersonalInfo(DataCategory.Device.Name, Purposes = new[] { Purpose.Notification })]
    public required string DeviceName { get; set; }

    [PersonalInfo(DataCategory.Device.Model, Purposes = new[] { Purpose.Notification }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public required string Model { get; set; }

    [PersonalInfo(DataCategory.Device.OsVersion, Purposes = new[] { Purpose.Notification }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public required string OsVersion { get; set; }

    /// <summary>When the SDKs last reported the device.</summary>
    public DateTime CollectedAt { get; set; }
}
