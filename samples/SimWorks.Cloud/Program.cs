using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;
using PrivacyAnalyzers.EntityFrameworkCore;
using SimWorks.Cloud;
using SimWorks.Cloud.Data;
using SimWorks.Cloud.Models;
using SimWorks.Cloud.Partners;

PseudonymKey analyticsKey;
try
{
    analyticsKey = AnalyticsKey.Load();
}
catch (ArgumentException invalidKey)
{
    Console.Error.WriteLine($"{AnalyticsKey.EnvironmentVariable} does not hold a usable key: {invalidKey.Message}");
    return 1;
}

// Whole seconds keep the printed dates readable.
var utcNow = DateTime.UtcNow;
utcNow = new DateTime(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

var databasePath = Path.Combine(AppContext.BaseDirectory, "simworks.db");
await using (var db = SimWorksDbContext.Open(databasePath))
{
    await db.Database.EnsureDeletedAsync();
    await db.Database.EnsureCreatedAsync();
    await SeedData.AddToAsync(db, utcNow);
}

Console.WriteLine($"Seeded a fresh database: {databasePath}");

await ShowMaskedDisplayAsync(databasePath);
await ShowAnonymizedAnalyticsAsync(databasePath, analyticsKey);
await ShowPersonalDataExportAsync(databasePath);
await PurgeExpiredDataAsync(databasePath, analyticsKey, utcNow);
ShowInventory();
await ShareWithThirdPartiesAsync(databasePath, utcNow);
await CancelAccountAsync(databasePath, analyticsKey, utcNow);
return 0;

static async Task ShowMaskedDisplayAsync(string databasePath)
{
    Heading("(a) Masked display: Personal Center and bill (policy §4 desensitization, §5.1 access)");
    await using var db = SimWorksDbContext.Open(databasePath);
    var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == SeedData.ZhangWeiId);
    var order = await db.Orders.AsNoTracking().Where(o => o.AccountId == SeedData.ZhangWeiId).OrderBy(o => o.Id).FirstAsync();
    var device = await db.Devices.AsNoTracking().FirstAsync(d => d.AccountId == SeedData.ZhangWeiId);

    Console.WriteLine($"ToString(): {account}");
    Console.WriteLine($"ToString(): {order}");
    Console.WriteLine($"ToString(): {device}");

    var shownAccount = account.Mask();
    Console.WriteLine($"Personal Center from Mask(): user {shownAccount.Username}, phone {shownAccount.Mobile}, member since {shownAccount.RegisteredAt:yyyy-MM-dd}");
    var shownOrder = order.Mask();
    Console.WriteLine($"Bill line from Mask():       {shownOrder.OrderNumber}  {shownOrder.Product}  {shownOrder.Amount:0.00} CNY  {shownOrder.Status}");
}

static async Task ShowAnonymizedAnalyticsAsync(string databasePath, PseudonymKey key)
{
    IAnalyticsPartners partners = new ConsoleAnalyticsPartners();
    Heading("(b) Anonymized analytics: de-identified data for usage analysis (policy §2(2), §3.1(5), §3.5)");
    await using var db = SimWorksDbContext.Open(databasePath);
    var account = await db.Accounts.AsNoTracking().AsSplitQuery()
        .Include(a => a.Orders)
        .Include(a => a.Devices)
        .Include(a => a.LoginLogs)
        .SingleAsync(a => a.Id == SeedData.ZhangWeiId);
    var totalSpent = account.Orders.Where(o => o.Status == PaymentStatus.Paid).Sum(o => o.Amount);

    foreach (var login in account.LoginLogs.OrderByDescending(l => l.LoggedInAt).Take(2))
    {
        var analyticsEvent = new LoginAnalyticsEvent(account.Id, account.Mobile, login.IpAddress, login.LoggedInAt, account.Devices[0].Model, totalSpent);
        Console.WriteLine($"Event:             {analyticsEvent}");
        partners.Publish(analyticsEvent.Anonymize(key));
    }

    Console.WriteLine(
        $"Both logins carry the same pseudonym under key '{key.KeyId}': logins can be counted per user without knowing the user. "
        + "The phone number is removed, the IP address cut to its /24 network, the time to its month and the amount to a 100 CNY bucket.");
}

static async Task ShowPersonalDataExportAsync(string databasePath)
{
    Heading("(c) Personal-data export: a copy of everything about one account (policy §5.1 access, §5.4 copies)");
    await using var db = SimWorksDbContext.Open(databasePath);

    // Every entity type that belongs to the account, row by row, written by the generated WritePersonalData.
    await using var output = Console.OpenStandardOutput();
    await using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
    {
        await db.ExportPersonalDataAsync(SeedData.ZhangWeiId, writer);
    }

    Console.WriteLine();
}

static async Task PurgeExpiredDataAsync(string databasePath, PseudonymKey key, DateTime utcNow)
{
    Heading("(d) Retention purge: orders 3 years from completion, network logs 6 months (policy §4)");
    await using var db = SimWorksDbContext.Open(databasePath);

    foreach (var order in await db.Orders.AsNoTracking().OrderBy(o => o.Id).ToListAsync())
    {
        var expiry = order.GetRetentionExpiry();
        Console.WriteLine($"Order {order.Mask().OrderNumber}: retained until {(expiry is null ? "(not completed, period not started)" : $"{expiry:yyyy-MM-dd}")}");
    }

    await PrintCountsAsync(db, "Before");
    var purge = await db.PurgeExpiredAsync(new DateTimeOffset(utcNow), new PurgeOptions { Key = key });
    PrintPurge(purge);
    await PrintCountsAsync(db, "After");

    foreach (var order in await db.Orders.AsNoTracking().Where(o => o.AccountId == null).ToListAsync())
    {
        var shown = order.Mask();
        Console.WriteLine($"Anonymized order kept for statistics: {shown.Product}, {shown.Amount:0} CNY bucket, completed {shown.CompletedAt:yyyy-MM}, no account");
    }
}

static async Task CancelAccountAsync(string databasePath, PseudonymKey key, DateTime utcNow)
{
    Heading("(g) Account cancellation: deleted or anonymized, except what the law keeps (policy §4, §5.6)");
    await using var db = SimWorksDbContext.Open(databasePath);
    var options = new ErasureOptions { Key = key };

    // A disputed account is not cancelled (policy §5.6, other provisions (1)).
    options.LegalHolds.HoldSubject(SeedData.LiNaId, "Complaint under review");
    var held = await db.ErasePersonalDataAsync(SeedData.LiNaId, new DateTimeOffset(utcNow), options);
    Console.WriteLine($"Li Na: {(held.Erased ? "erased" : $"not erased, legal hold: {held.HeldBecause}")}");

    var erasure = await db.ErasePersonalDataAsync(SeedData.ZhangWeiId, new DateTimeOffset(utcNow), options);
    Console.WriteLine($"Zhang Wei: {(erasure.Erased ? "erased" : "not erased")}");
    foreach (var entity in erasure.Entities)
    {
        var kept = entity.Kept == 0 ? string.Empty
            : $", kept {entity.Kept} until {(entity.KeptUntil is { } until ? $"{until:yyyy-MM-dd}" : "their periods end (one has not started)")} ({entity.KeptBecause})";
        var members = entity.AnonymizedMembers.Count == 0 ? string.Empty : $" [{string.Join(", ", entity.AnonymizedMembers)}]";
        Console.WriteLine($"{entity.Entity,-16} via {entity.ReachedThrough,-28} deleted {entity.Deleted}, anonymized {entity.Anonymized}{members}{kept}");
    }

    // The kept rows leave on their own expiry: the purge seven months later finds the network logs past six months.
    var later = await db.PurgeExpiredAsync(new DateTimeOffset(utcNow.AddMonths(7)), new PurgeOptions { Key = key });
    Console.WriteLine("Purge seven months later:");
    PrintPurge(later);
}

static async Task PrintCountsAsync(SimWorksDbContext db, string label)
{
    Console.WriteLine(
        $"{label}: login logs {await db.LoginLogs.CountAsync()}, download logs {await db.DownloadLogs.CountAsync()}, "
        + $"orders linked to an account {await db.Orders.CountAsync(o => o.AccountId != null)}, "
        + $"anonymized orders {await db.Orders.CountAsync(o => o.AccountId == null)}");
}

static void PrintPurge(PurgeResult purge)
{
    foreach (var entity in purge.Entities)
    {
        var action = entity.Action == ExpiryAction.Delete ? "deleted" : "anonymized";
        Console.WriteLine($"{entity.Entity}{(entity.Member is null ? string.Empty : "." + entity.Member)}: ({entity.Basis}) expired: {entity.Rows} {action}");
    }
}

static void ShowInventory()
{
    Heading("(e) Privacy inventory generated at compile time (policy §4 data classification)");
    Console.WriteLine($"{"Type",-21}{"Member",-17}{"Category",-46}{"Mask",-12}{"Anonymization",-14}{"Purposes"}");
    foreach (var type in PersonalDataInventory.For(typeof(Account).Assembly).OrderBy(t => t.Type.Name, StringComparer.Ordinal))
    {
        foreach (var member in type.Members)
        {
            Console.WriteLine(
                $"{type.Type.Name,-21}{member.Name,-17}{member.Category,-46}{member.Mask,-12}{member.Anonymization,-14}{string.Join(", ", member.Purposes)}");
        }

        if (type.Retention is { } retention)
        {
            Console.WriteLine($"{"",-21}retained {retention} from {retention.FromMember} ({retention.Basis}), then {retention.OnExpiry}");
        }
    }
}

static async Task ShareWithThirdPartiesAsync(string databasePath, DateTime utcNow)
{
    Heading("(f) Third parties: payment agencies and the SMS provider receive what the policy names (policy §1.2(3), §3.4, §3.5)");
    await using var db = SimWorksDbContext.Open(databasePath);
    var account = await db.Accounts.AsNoTracking().AsSplitQuery()
        .Include(a => a.Orders)
        .Include(a => a.Devices)
        .SingleAsync(a => a.Id == SeedData.ZhangWeiId);
    var device = account.Devices[0];
    var shownDevice = device.Mask();
    using var http = new HttpClient(new SandboxHandler());

    var pending = account.Orders.Single(o => o.Status == PaymentStatus.Pending);
    var weChatLink = await new WeChatPayClient(http).CreateNativePaymentAsync(pending);
    var shownPending = pending.Mask();
    Console.WriteLine($"WeChat Pay received order {shownPending.OrderNumber}, '{shownPending.Product}', {shownPending.Amount:0.00} CNY; pay at {weChatLink}");

    var alipay = new AlipayCheckout(new SandboxAlipayClient());
    var trusted = alipay.IsDeviceTrusted(device);
    Console.WriteLine(
        $"Alipay risk control received SIM {shownDevice.SimSerialNumber}, MAC {shownDevice.MacAddress} and {device.WifiNetworks.Count} Wi-Fi networks; "
        + $"device {(trusted ? "trusted" : "to be verified")}");
    var recharge = new Order
    {
        OrderNumber = $"SO{utcNow:yyyyMMdd}0005",
        Product = "Cloud compute credit, 100 CNY",
        Amount = 100m,
        PaymentChannel = "Alipay",
    };
    var alipayLink = alipay.Pay(recharge);
    var shownRecharge = recharge.Mask();
    Console.WriteLine($"Alipay payment received order {shownRecharge.OrderNumber}, {shownRecharge.Amount:0.00} CNY; pay at {alipayLink}");

    var receipt = await new AliyunSmsSender(http).SendInvoiceIssuedAsync(account, device);
    Console.WriteLine($"Alibaba Cloud SMS received mobile {account.Mask().Mobile}, device {shownDevice.Model} / {shownDevice.OsVersion}; receipt {receipt}");
    Console.WriteLine("Advertising partners received only the anonymized events of (b).");
}

static void Heading(string title)
{
    Console.WriteLine();
    Console.WriteLine($"== {title} ==");
}
