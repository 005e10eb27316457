using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests;

/// <summary>Purge, erasure and export, run against each real database by the classes at the end of the file.</summary>
public abstract class PersonalDataTests : IDisposable
{
    private TestDatabase? _database;

    protected TestDatabase Database => _database ??= CreateDatabase();

    protected abstract TestDatabase CreateDatabase();

    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    private ShopContext Seeded()
    {
        using (var db = Database.Open())
        {
            Seed.Into(db);
        }

        return Database.Open();
    }

    private static PurgeOptions Options(bool dryRun = false) => new() { Key = Seed.Key, DryRun = dryRun };

    [Fact]
    public async Task Purge_deletes_expired_rows_and_anonymizes_expired_purchases_in_place()
    {
        using var db = Seeded();

        var result = await db.PurgeExpiredAsync(Seed.Now, Options());

        Assert.Equal(
            new[] { "AccessLog Delete 2", "Device Delete 2", "Purchase Anonymize 2", "Purchase.Note Anonymize 1", "Ticket Delete 2", "Customer Delete 1" },
            result.Entities.Select(Describe));
        using var after = Database.Open();
        Assert.Equal(new[] { "10.0.0.2" }, after.AccessLogs.Select(log => log.IpAddress).ToArray());
        Assert.Equal(new[] { "Laptop A" }, after.Devices.Select(device => device.Model).ToArray());
        Assert.Equal(new[] { Seed.Alice }, after.Customers.Select(customer => customer.Id).ToArray());

        var purchases = after.Purchases.AsNoTracking().OrderBy(purchase => purchase.Id).ToList();
        var anonymized = purchases.Where(purchase => purchase.Number.StartsWith("test:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, anonymized.Count);
        Assert.All(anonymized, purchase => Assert.Null(purchase.CustomerId));
        Assert.Contains(anonymized, purchase => purchase.Amount == 1200m);
        Assert.All(anonymized, purchase => Assert.Equal(1, purchase.CompletedAt!.Value.Day));

        // The note outlived its 30 days on the purchase of a year ago only; the pending purchase has not started its period.
        Assert.Equal(new[] { null, "Call first", "Pending" }, purchases.Where(purchase => purchase.CustomerId == Seed.Alice).Select(purchase => purchase.Note));
        Assert.Equal("SO-A-4", purchases.Single(purchase => purchase.CompletedAt is null).Number);
    }

    [Fact]
    public async Task Purge_run_again_finds_nothing_left_to_do()
    {
        using var db = Seeded();
        await db.PurgeExpiredAsync(Seed.Now, Options());
        var before = Snapshot();

        var again = await db.PurgeExpiredAsync(Seed.Now, Options());

        Assert.All(again.Entities, entity => Assert.Equal(0, entity.Rows));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Dry_run_counts_what_the_purge_does_and_changes_nothing()
    {
        using var db = Seeded();
        var before = Snapshot();

        var dryRun = await db.PurgeExpiredAsync(Seed.Now, Options(dryRun: true));

        Assert.True(dryRun.DryRun);
        Assert.Equal(before, Snapshot());
        var purge = await db.PurgeExpiredAsync(Seed.Now, Options());
        Assert.Equal(purge.Entities.Select(Describe), dryRun.Entities.Select(Describe));
    }

    [Fact]
    public async Task Purge_deletes_with_one_statement_per_entity_and_reads_no_deleted_row()
    {
        using (var seed = Database.Open())
        {
            Seed.Into(seed);
        }

        var log = new SqlLog();
        using var db = Database.Open(log);

        await db.PurgeExpiredAsync(Seed.Now, Options());

        foreach (var table in new[] { "AccessLogs", "Devices", "Tickets", "Customers" })
        {
            var statements = log.Commands.Where(sql => sql.Contains(table, StringComparison.Ordinal)).ToList();
            var delete = Assert.Single(statements);
            Assert.StartsWith("DELETE", delete.TrimStart(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Legal_hold_keeps_a_subjects_rows_and_held_rows_out_of_the_purge()
    {
        using var db = Seeded();
        var options = Options();
        options.LegalHolds.HoldSubject(Seed.Bob, "Complaint 2026-118").HoldRows<Device>(device => device.Model == "Phone A", "Investigation 7");

        var result = await db.PurgeExpiredAsync(Seed.Now, options);

        Assert.Equal(
            new[] { "AccessLog Delete 1", "Device Delete 0", "Purchase Anonymize 1", "Purchase.Note Anonymize 1", "Ticket Delete 1", "Customer Delete 0" },
            result.Entities.Select(Describe));
        using var after = Database.Open();
        Assert.Equal("SO-B-1", after.Purchases.Single(purchase => purchase.CustomerId == Seed.Bob).Number);
        Assert.Equal(3, after.Devices.Count());
    }

    [Fact]
    public async Task Cancelled_purge_leaves_everything_as_it_was()
    {
        using (var seed = Database.Open())
        {
            Seed.Into(seed);
        }

        var before = Snapshot();
        using var cancel = new CancellationTokenSource();
        using var db = Database.Open(new SqlLog(sql => sql.Contains("Tickets", StringComparison.Ordinal), cancel));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.PurgeExpiredAsync(Seed.Now, Options(), cancel.Token));

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Purge_without_a_key_for_pseudonyms_fails_before_changing_anything()
    {
        using var db = Seeded();
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.PurgeExpiredAsync(Seed.Now, new PurgeOptions()));

        Assert.Contains("Purchase", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Erasure_deletes_what_no_law_keeps_and_keeps_legal_minimums_with_uncovered_members_anonymized()
    {
        using var db = Seeded();

        var result = await db.ErasePersonalDataAsync(Seed.Alice, Seed.Now, new ErasureOptions { Key = Seed.Key });

        Assert.True(result.Erased);
        Assert.Equal(
            new[]
            {
                "AccessLog via CustomerId → Customer.Id: deleted 1, anonymized 1 [CustomerId], kept 1",
                "Device via [DataSubjectId] OwnerId: deleted 2, anonymized 0 [], kept 0",
                "Purchase via CustomerId → Customer.Id: deleted 0, anonymized 4 [CustomerId, Note, Number, Amount, CompletedAt], kept 3",
                "Ticket via CustomerId → Customer.Id: deleted 2, anonymized 0 [], kept 0",
                "Customer via [DataSubjectId] Id: deleted 1, anonymized 0 [], kept 0",
            },
            result.Entities.Select(entity => $"{entity.Entity} via {entity.ReachedThrough}: deleted {entity.Deleted}, anonymized {entity.Anonymized} [{string.Join(", ", entity.AnonymizedMembers)}], kept {entity.Kept}"));

        var log = result.Entities.Single(entity => entity.Entity == "AccessLog");
        Assert.Equal("Legal minimum 6 months from At: Cybersecurity Law Art. 21", log.KeptBecause);
        Assert.Equal(new DateTimeOffset(Seed.Now.UtcDateTime.AddMonths(-1).AddMonths(6)), log.KeptUntil);

        // The pending purchase has not started its period, so no end can be given.
        Assert.Null(result.Entities.Single(entity => entity.Entity == "Purchase").KeptUntil);

        using var after = Database.Open();
        Assert.False(after.Customers.Any(customer => customer.Id == Seed.Alice));
        Assert.False(after.Devices.Any(device => device.OwnerId == Seed.Alice));
        var kept = after.Purchases.AsNoTracking().Where(purchase => purchase.Number.StartsWith("SO-A")).OrderBy(purchase => purchase.Number).ToList();
        Assert.Equal(new[] { "SO-A-2", "SO-A-3", "SO-A-4" }, kept.Select(purchase => purchase.Number));
        Assert.All(kept, purchase => Assert.Null(purchase.CustomerId));
        Assert.All(kept, purchase => Assert.Null(purchase.Note));
        Assert.Equal(new[] { 42m, 99m, 10m }, kept.Select(purchase => purchase.Amount));
        Assert.Equal("10.0.0.2", after.AccessLogs.Single(log => log.CustomerId == null && log.IpAddress.StartsWith("10.0.0.")).IpAddress);

        // Bob is untouched.
        Assert.True(after.Customers.Any(customer => customer.Id == Seed.Bob));
        Assert.Equal(1, after.Tickets.Count());
    }

    [Fact]
    public async Task Erasure_run_again_finds_the_subject_gone_and_changes_nothing()
    {
        using var db = Seeded();
        await db.ErasePersonalDataAsync(Seed.Alice, Seed.Now, new ErasureOptions { Key = Seed.Key });
        var before = Snapshot();

        await Assert.ThrowsAsync<DataSubjectNotFoundException>(() => db.ErasePersonalDataAsync(Seed.Alice, Seed.Now, new ErasureOptions { Key = Seed.Key }));

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Erasure_of_a_subject_under_legal_hold_changes_nothing_and_says_why()
    {
        using var db = Seeded();
        var before = Snapshot();
        var options = new ErasureOptions { Key = Seed.Key };
        options.LegalHolds.HoldSubject(Seed.Alice, "Lawsuit 2026-3");

        var result = await db.ErasePersonalDataAsync(Seed.Alice, Seed.Now, options);

        Assert.False(result.Erased);
        Assert.Equal("Lawsuit 2026-3", result.HeldBecause);
        Assert.Empty(result.Entities);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Erasure_of_an_unknown_subject_is_an_error_and_changes_nothing()
    {
        using var db = Seeded();
        var before = Snapshot();

        var error = await Assert.ThrowsAsync<DataSubjectNotFoundException>(() => db.ErasePersonalDataAsync(Guid.NewGuid(), Seed.Now, new ErasureOptions { Key = Seed.Key }));

        Assert.Equal("subjectId", error.ParamName);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Erasure_with_an_id_of_a_type_no_subject_has_is_an_error()
    {
        using var db = Seeded();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.ErasePersonalDataAsync("alice", Seed.Now, CancellationToken.None));

        Assert.Contains("Customer.Id (Guid)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_that_fails_midway_leaves_nothing_half_erased()
    {
        using (var seed = Database.Open())
        {
            Seed.Into(seed);
        }

        var before = Snapshot();
        using var db = Database.Open(new SqlLog(sql => sql.TrimStart().StartsWith("DELETE", StringComparison.Ordinal) && sql.Contains("Customers", StringComparison.Ordinal)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.ErasePersonalDataAsync(Seed.Alice, Seed.Now, new ErasureOptions { Key = Seed.Key }));

        Assert.Equal(before, Snapshot());
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Export_writes_every_row_of_the_subject_with_its_generated_writer()
    {
        using var db = Seeded();
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream))
        {
            await db.ExportPersonalDataAsync(Seed.Alice, writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(new[] { "AccessLog", "Customer", "Device", "Purchase", "Ticket" }, root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(4, root.GetProperty("Purchase").GetArrayLength());
        Assert.Equal(2, root.GetProperty("Device").GetArrayLength());
        Assert.Contains("Alice Example", root.GetProperty("Customer")[0].GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", root.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_unknown_subject_is_an_error_and_writes_nothing()
    {
        using var db = Seeded();
        using var stream = new MemoryStream();
        await using var writer = new Utf8JsonWriter(stream);

        await Assert.ThrowsAsync<DataSubjectNotFoundException>(() => db.ExportPersonalDataAsync(Guid.NewGuid(), writer));

        Assert.Equal(0, writer.BytesCommitted + writer.BytesPending);
    }

    private static string Describe(PurgedEntity entity)
        => entity.Entity + (entity.Member is null ? string.Empty : "." + entity.Member) + " " + entity.Action + " " + entity.Rows;

    /// <summary>Every row of every table, in a fixed order: equal snapshots mean nothing changed.</summary>
    private string Snapshot()
    {
        using var db = Database.Open();
        var text = new StringBuilder();
        foreach (var customer in db.Customers.AsNoTracking().OrderBy(customer => customer.Name))
        {
            text.AppendLine($"C {customer.Id} {customer.Name} {customer.ClosedAt:O}");
        }

        foreach (var purchase in db.Purchases.AsNoTracking().OrderBy(purchase => purchase.Id))
        {
            text.AppendLine($"P {purchase.Id} {purchase.CustomerId} {purchase.Number} {purchase.Amount} {purchase.Note} {purchase.CompletedAt:O}");
        }

        foreach (var log in db.AccessLogs.AsNoTracking().OrderBy(log => log.Id))
        {
            text.AppendLine($"L {log.Id} {log.CustomerId} {log.IpAddress} {log.At:O}");
        }

        foreach (var ticket in db.Tickets.AsNoTracking().OrderBy(ticket => ticket.Id))
        {
            text.AppendLine($"T {ticket.Id} {ticket.CustomerId} {ticket.Text}");
        }

        foreach (var device in db.Devices.AsNoTracking().OrderBy(device => device.Id))
        {
            text.AppendLine($"D {device.Id} {device.OwnerId} {device.Model}");
        }

        return text.ToString();
    }
}

public sealed class SqliteFilePersonalDataTests : PersonalDataTests
{
    protected override TestDatabase CreateDatabase() => new SqliteFileDatabase();
}

public sealed class SqliteMemoryPersonalDataTests : PersonalDataTests
{
    protected override TestDatabase CreateDatabase() => new SqliteMemoryDatabase();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresPersonalDataTests(PostgresServer server) : PersonalDataTests
{
    protected override TestDatabase CreateDatabase() => new PostgresDatabase(server);
}
