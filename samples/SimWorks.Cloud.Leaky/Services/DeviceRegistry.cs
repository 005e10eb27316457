using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>Receives the devices the payment and SMS SDKs report.</summary>
public static class DeviceRegistry
{
    public static void Registered(DeviceInfo device) =>
        // PRIV001: the MAC address on the console.
        Console.WriteLine($"Registered device {device.MacAddress}");
}
