using PrivacyAnalyzers;

namespace SimWorks.Cloud.Leaky.Models;

/// <summary>Device data the Alipay and SMS SDKs collect (policy §3.4), with no retention period and one member missed.</summary>
public partial class DeviceInfo
{
    [PersonalInfo(DataCategory.Device.Imei, Purposes = new[] { Purpose.Security })]
    private readonly string _imei;

    public DeviceInfo([PersonalInfo(DataCategory.Device.Imei)] string imei) => _imei = imei;

    public long Id { get; set; }

    // PRIV006: neither the member nor the type says how long it is kept.
    [PersonalInfo(DataCategory.Device.MacAddress, Purposes = new[] { Purpose.Security })]
    public string MacAddress { get; set; } = "";

    // PRIV104: computed from a field, so Mask() and Anonymize() cannot set it on a copy.
    [PersonalInfo(DataCategory.Device.Imei, Purposes = new[] { Purpose.Security })]
    public string Imei => _imei;

    // PRIV007: a SIM serial number nobody marked.
    public string SimSerialNumber { get; set; } = "";

    // PRIV107 (an error, lowered to a warning here): a negative keep count.
    [PersonalInfo(DataCategory.Device.Model, Purposes = new[] { Purpose.Notification }), Mask(-1, 4)]
    public string Model { get; set; } = "";
}
