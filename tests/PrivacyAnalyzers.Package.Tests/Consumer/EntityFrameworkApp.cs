using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;
using PrivacyAnalyzers.EntityFrameworkCore;

// A fresh consumer of the packed PrivacyAnalyzers and PrivacyAnalyzers.EntityFrameworkCore packages: it purges,
// exports and erases, and prints what each did as "Label: value" lines. On SQLite, or on PostgreSQL when a connection
// string is given.
var postgres = args.Length > 0 ? args[0] : null;
var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
var path = Path.Combine(Path.GetTempPath(), "ef-consumer-" + Guid.NewGuid().ToString("N") + ".db");
var accountId = Guid.NewGuid();
var key = new PseudonymKey("consumer-test", Enumerable.Range(1, 32).Select(value => (byte)value).ToArray());
try
{
    await using (var db = ShopDb.Open(path, postgres))
    {
        await db.Database.EnsureCreatedAsync();
        db.Accounts.Add(new Account
        {
            Id = accountId,
            Mobile = "13812345678",
            Orders =
            {
                new Order { Number = "SO-1", CompletedAt = now.UtcDateTime.AddYears(-4) },
                new Order { Number = "SO-2", CompletedAt = now.UtcDateTime.AddYears(-1) },
            },
        });
        await db.SaveChangesAsync();
    }

    await using (var db = ShopDb.Open(path, postgres))
    {
        var purge = await db.PurgeExpiredAsync(now, new PurgeOptions { Key = key });
        Console.WriteLine("Purge: " + string.Join(", ", purge.Entities.Select(entity => $"{entity.Entity} {entity.Action} {entity.Rows}")));

        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream))
        {
            await db.ExportPersonalDataAsync(accountId, writer);
        }

        using var export = JsonDocument.Parse(stream.ToArray());
        Console.WriteLine("Export: " + string.Join(", ", export.RootElement.EnumerateObject().Select(entity => $"{entity.Name} {entity.Value.GetArrayLength()}")));

        var erasure = await db.ErasePersonalDataAsync(accountId, now, new ErasureOptions { Key = key });
        Console.WriteLine("Erase: " + string.Join(", ", erasure.Entities.Select(entity => $"{entity.Entity} deleted {entity.Deleted} anonymized {entity.Anonymized} kept {entity.Kept}")));
        Console.WriteLine("Kept orders: " + string.Join(", ", db.Orders.AsNoTracking().OrderBy(order => order.Id).Select(order => order.AccountId == null ? "unlinked" : "linked")));
    }
}
finally
{
    if (postgres is null)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
    else
    {
        await using var db = ShopDb.Open(path, postgres);
        await db.Database.EnsureDeletedAsync();
    }
}

[RetainFor(Days = 21, From = nameof(ClosedAt), Basis = "Terms")]
public partial class Account
{
    [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
    public Guid Id { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Mobile { get; set; } = "";

    public DateTime? ClosedAt { get; set; }

    public List<Order> Orders { get; set; } = new();
}

[RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31", OnExpiry = ExpiryAction.Anonymize,
    LegalMinimum = true, Covers = new[] { nameof(Number), nameof(CompletedAt) })]
public partial class Order
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId)]
    public Guid? AccountId { get; set; }

    [PersonalInfo(DataCategory.Transaction.OrderNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public string Number { get; set; } = "";

    [PersonalInfo(DataCategory.Transaction.All), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
    public DateTime? CompletedAt { get; set; }
}

public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Order> Orders => Set<Order>();

    public static ShopDb Open(string path, string? postgres)
        => new(postgres is null
            ? new DbContextOptionsBuilder<ShopDb>().UseSqlite("Data Source=" + path + ";Pooling=False").Options
            : new DbContextOptionsBuilder<ShopDb>().UseNpgsql(postgres).Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Account>().HasMany(account => account.Orders).WithOne().HasForeignKey(order => order.AccountId).OnDelete(DeleteBehavior.SetNull);
}
