using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Data;

/// <summary>Two accounts with orders and logs on both sides of their retention deadlines.</summary>
public static class SeedData
{
    public static readonly Guid ZhangWeiId = new("5f0c8a52-3a8e-4d63-9c55-0d2b2f6a1c01");
    public static readonly Guid LiNaId = new("9b7e41d3-6c1f-4f0a-8a4e-7e3c5d2b9f02");

    public static async Task AddToAsync(SimWorksDbContext db, DateTime utcNow)
    {
        var zhangWei = new Account
        {
            Id = ZhangWeiId,
            Mobile = "13812345678",
            Username = "zhangwei_sim",
            RegisteredAt = utcNow.AddYears(-5),
            Orders =
            {
                // Completed four years ago: past the three-year E-Commerce Law period.
                NewOrder("SO202111250001", "Cloud compute credit, 500 CNY", 500m, "Alipay", utcNow.AddYears(-4)),
                NewOrder("SO202411250002", "Simulation job bill, 128 core-hours", 1288.50m, "WeChat Pay", utcNow.AddYears(-1)),
                NewOrder("SO202611250003", "Cloud compute credit, 200 CNY", 200m, "WeChat Pay", completedAt: null),
            },
            Devices =
            {
                new DeviceInfo
                {
                    SimSerialNumber = "89860318740212345678",
                    MacAddress = "3C:22:FB:1A:2B:3C",
                    WifiNetworks = { "SimWorks-Office", "CMCC-5G-8A21", "Home-WiFi" },
                    DeviceName = "zhangwei-mate60",
                    Model = "HUAWEI Mate 60",
                    OsVersion = "HarmonyOS 4.2",
                    CollectedAt = utcNow.AddDays(-1),
                },
            },
            LoginLogs =
            {
                new LoginLog { IpAddress = "221.0.15.27", LoggedInAt = utcNow.AddMonths(-8) },
                new LoginLog { IpAddress = "221.0.15.27", LoggedInAt = utcNow.AddMonths(-7) },
                new LoginLog { IpAddress = "112.224.3.81", LoggedInAt = utcNow.AddMonths(-2) },
                new LoginLog { IpAddress = "112.224.3.81", LoggedInAt = utcNow.AddDays(-1) },
            },
            DownloadLogs =
            {
                new DownloadLog { IpAddress = "221.0.15.27", Material = "CFD solver user guide.pdf", DownloadedAt = utcNow.AddYears(-1) },
                new DownloadLog { IpAddress = "112.224.3.81", Material = "Mesh tutorial dataset.zip", DownloadedAt = utcNow.AddDays(-10) },
            },
            SmsNotifications =
            {
                new SmsNotification { Mobile = "13812345678", Template = "SMS_INVOICE_ISSUED", SentAt = utcNow.AddYears(-1).AddDays(2) },
            },
        };

        var liNa = new Account
        {
            Id = LiNaId,
            Mobile = "13998765432",
            Username = "lina_cae",
            RegisteredAt = utcNow.AddYears(-2),
            Orders =
            {
                NewOrder("SO202208150004", "Simulation job bill, 64 core-hours", 644.25m, "Alipay", utcNow.AddYears(-3).AddDays(-30)),
            },
            LoginLogs =
            {
                new LoginLog { IpAddress = "58.56.20.4", LoggedInAt = utcNow.AddMonths(-9) },
                new LoginLog { IpAddress = "58.56.20.4", LoggedInAt = utcNow.AddDays(-3) },
            },
            DownloadLogs =
            {
                new DownloadLog { IpAddress = "58.56.20.4", Material = "Structural templates.zip", DownloadedAt = utcNow.AddMonths(-7) },
            },
        };

        db.AddRange(zhangWei, liNa);
        await db.SaveChangesAsync();
    }

    private static Order NewOrder(string number, string product, decimal amount, string channel, DateTime? completedAt) => new()
    {
        OrderNumber = number,
        Product = product,
        Amount = amount,
        PaymentChannel = channel,
        Status = completedAt is null ? PaymentStatus.Pending : PaymentStatus.Paid,
        CompletedAt = completedAt,
    };
}
