using PrivacyAnalyzers;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Two customers with rows on both sides of their retention deadlines, at a fixed <see cref="Now"/>.</summary>
public static class Seed
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly Guid Alice = new("11111111-1111-4111-8111-111111111111");

    public static readonly Guid Bob = new("22222222-2222-4222-8222-222222222222");

    public static readonly PseudonymKey Key = new("test", Enumerable.Range(1, 32).Select(value => (byte)value).ToArray());

    private static DateTime Ago(int years = 0, int months = 0, int days = 0) => Now.UtcDateTime.AddYears(-years).AddMonths(-months).AddDays(-days);

    public static void Into(ShopContext db)
    {
        db.Customers.Add(new Customer
        {
            Id = Alice,
            Name = "Alice Example",
            Purchases =
            {
                new Purchase { Number = "SO-A-1", Amount = 1288.50m, CompletedAt = Ago(years: 4) },
                new Purchase { Number = "SO-A-2", Amount = 42m, CompletedAt = Ago(years: 1), Note = "Leave at the door" },
                new Purchase { Number = "SO-A-3", Amount = 99m, CompletedAt = Ago(days: 10), Note = "Call first" },
                new Purchase { Number = "SO-A-4", Amount = 10m, CompletedAt = null, Note = "Pending" },
            },
            AccessLogs =
            {
                new AccessLog { IpAddress = "10.0.0.1", At = Ago(months: 8) },
                new AccessLog { IpAddress = "10.0.0.2", At = Ago(months: 1) },
            },
            Tickets =
            {
                new Ticket { Text = "Refund please", OpenedAt = Ago(years: 2) },
                new Ticket { Text = "Invoice address", OpenedAt = Ago(months: 1) },
            },
        });
        db.Devices.AddRange(
            new Device { OwnerId = Alice, Model = "Phone A", SeenAt = Ago(days: 100) },
            new Device { OwnerId = Alice, Model = "Laptop A", SeenAt = Ago(days: 1) });

        db.Customers.Add(new Customer
        {
            Id = Bob,
            Name = "Bob Example",
            ClosedAt = Ago(days: 30),
            Purchases = { new Purchase { Number = "SO-B-1", Amount = 500m, CompletedAt = Ago(years: 4) } },
            AccessLogs = { new AccessLog { IpAddress = "10.0.1.1", At = Ago(months: 8) } },
            Tickets = { new Ticket { Text = "Where is my order", OpenedAt = Ago(years: 2) } },
        });
        db.Devices.Add(new Device { OwnerId = Bob, Model = "Phone B", SeenAt = Ago(days: 100) });
        db.SaveChanges();
    }
}
