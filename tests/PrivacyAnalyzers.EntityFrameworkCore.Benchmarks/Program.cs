using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PrivacyAnalyzers.EntityFrameworkCore;
using PrivacyAnalyzers.EntityFrameworkCore.Benchmarks;
using PrivacyAnalyzers.EntityFrameworkCore.Tests;
using PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

// Usage: [purge-rows] [iterations]. Defaults: 2,000,000 rows (half expired), 3 iterations per variant.
var purgeRows = args.Length > 0 ? int.Parse(args[0]) : 2_000_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 3;
var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
var folder = Path.Combine(Path.GetTempPath(), "privacy-ef-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");

using var postgres = new PostgresServer();
var providers = new (string Name, Action<DbContextOptionsBuilder, string> Use, Func<string> NewDatabase)[]
{
    ("SQLite", (builder, database) => builder.UseSqlite("Data Source=" + database + ";Pooling=False"), () => Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db")),
    ("PostgreSQL", (builder, database) => builder.UseNpgsql(database), postgres.NewDatabase),
};

foreach (var provider in providers)
{
    await PurgeAsync(provider.Name, provider.Use, provider.NewDatabase());
    await EraseAsync(provider.Name, provider.Use, provider.NewDatabase());
    await ExportAsync(provider.Name, provider.Use, provider.NewDatabase());
}

SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return;

async Task PurgeAsync(string name, Action<DbContextOptionsBuilder, string> use, string database)
{
    PurgeContext Open(SqlLog? log = null)
    {
        var builder = new DbContextOptionsBuilder<PurgeContext>();
        use(builder, database);
        if (log is not null)
        {
            builder.AddInterceptors(log);
        }

        return new PurgeContext(builder.Options);
    }

    using (var db = Open())
    {
        db.Database.EnsureDeleted();
        db.Database.EnsureCreated();
    }

    var handWritten = new List<double>();
    var generated = new List<double>();
    var statements = new List<string>();
    // Iteration -1 warms up both variants and is not counted.
    for (var i = -1; i < iterations; i++)
    {
        foreach (var useGenerated in new[] { false, true })
        {
            await FillAsync(Open, name, purgeRows, now);
            var log = new SqlLog();
            using var db = Open(log);
            var watch = Stopwatch.StartNew();
            int deleted;
            if (useGenerated)
            {
                deleted = (await db.PurgeExpiredAsync(now)).Entities.Sum(entity => entity.Rows);
            }
            else
            {
                // What a team writes by hand: the same predicate, one ExecuteDelete.
                var cutoff = now.UtcDateTime.AddMonths(-6);
                deleted = await db.NetworkLogs.Where(entry => entry.At < cutoff).ExecuteDeleteAsync();
            }

            watch.Stop();
            if (deleted != purgeRows / 2)
            {
                throw new InvalidOperationException($"Deleted {deleted}, expected {purgeRows / 2}.");
            }

            if (i >= 0)
            {
                (useGenerated ? generated : handWritten).Add(watch.Elapsed.TotalMilliseconds);
            }

            if (useGenerated && i == 0)
            {
                statements.AddRange(log.Commands);
            }
        }
    }

    Report(name, $"Purge {purgeRows / 2:N0} of {purgeRows:N0} rows", handWritten, generated);
    Console.WriteLine($"  SQL of PurgeExpiredAsync ({statements.Count} commands): {string.Join(" | ", statements.Select(sql => sql.ReplaceLineEndings(" ")))}");
}

async Task FillAsync(Func<SqlLog?, PurgeContext> open, string name, int rows, DateTimeOffset at)
{
    using var db = open(null);
    await db.NetworkLogs.ExecuteDeleteAsync();
    var start = at.UtcDateTime;

    // Half the rows are a year old (expired), half a day old; generated in the database to keep the fill fast.
    var sql = name == "SQLite"
        ? $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) "
            + "INSERT INTO NetworkLogs (IpAddress, At) SELECT '10.0.' || (i % 250) || '.' || (i % 200), "
            + $"CASE WHEN i % 2 = 0 THEN '{start.AddYears(-1):yyyy-MM-dd HH:mm:ss}' ELSE '{start.AddDays(-1):yyyy-MM-dd HH:mm:ss}' END FROM n"
        : "INSERT INTO \"NetworkLogs\" (\"IpAddress\", \"At\") SELECT '10.0.' || (i % 250) || '.' || (i % 200), "
            + $"CASE WHEN i % 2 = 0 THEN TIMESTAMPTZ '{start.AddYears(-1):yyyy-MM-dd HH:mm:ss}+00' ELSE TIMESTAMPTZ '{start.AddDays(-1):yyyy-MM-dd HH:mm:ss}+00' END "
            + $"FROM generate_series(1, {rows}) AS i";
    await db.Database.ExecuteSqlRawAsync(sql);
    if (name == "PostgreSQL")
    {
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"NetworkLogs\"");
    }
}

async Task EraseAsync(string name, Action<DbContextOptionsBuilder, string> use, string database)
{
    ShopContext Open() => OpenShop(use, database);

    CreateShop(Open);

    var handWritten = new List<double>();
    var generated = new List<double>();
    for (var i = -1; i < iterations; i++)
    {
        foreach (var useGenerated in new[] { false, true })
        {
            var subject = Guid.NewGuid();
            using (var db = Open())
            {
                SeedSubject(db, subject, now);
                SeedSubject(db, Guid.NewGuid(), now);
            }

            using var context = Open();
            var watch = Stopwatch.StartNew();
            if (useGenerated)
            {
                await context.ErasePersonalDataAsync(subject, now, new ErasureOptions { Key = new PrivacyAnalyzers.PseudonymKey("bench", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) });
            }
            else
            {
                await EraseByHandAsync(context, subject, now);
            }

            watch.Stop();
            if (i >= 0)
            {
                (useGenerated ? generated : handWritten).Add(watch.Elapsed.TotalMilliseconds);
            }

            if (context.Customers.Any(customer => customer.Id == subject) || context.Devices.Any(device => device.OwnerId == subject))
            {
                throw new InvalidOperationException("The subject was not erased.");
            }
        }
    }

    Report(name, "Erase one subject, 10,000 rows in 5 entity types", handWritten, generated);
}

// 1 customer, 2,500 purchases inside their three years (kept, link and note removed), 2,500 access logs (half past
// six months: deleted; half kept, link removed), 2,499 tickets and 2,500 devices (deleted): 10,000 rows.
static void SeedSubject(ShopContext db, Guid subject, DateTimeOffset now)
{
    var at = now.UtcDateTime;
    db.Customers.Add(new Customer { Id = subject, Name = "Subject" });
    db.SaveChanges();
    db.Purchases.AddRange(Enumerable.Range(0, 2_500).Select(i => new Purchase { CustomerId = subject, Number = $"SO-{subject:N}-{i}", Amount = i, CompletedAt = at.AddDays(-i % 700), Note = "Note" }));
    db.AccessLogs.AddRange(Enumerable.Range(0, 2_500).Select(i => new AccessLog { CustomerId = subject, IpAddress = "10.0.0." + (i % 250), At = at.AddMonths(-(i % 2) * 8).AddDays(-1) }));
    db.Tickets.AddRange(Enumerable.Range(0, 2_499).Select(i => new Ticket { CustomerId = subject, Text = "Ticket", OpenedAt = at.AddDays(-i % 300) }));
    db.Devices.AddRange(Enumerable.Range(0, 2_500).Select(i => new Device { OwnerId = subject, Model = "Model", SeenAt = at.AddDays(-i % 80) }));
    db.SaveChanges();
    db.ChangeTracker.Clear();
}

// The same erasure written by hand for this model: one statement per entity and action, in one transaction.
static async Task EraseByHandAsync(ShopContext db, Guid subject, DateTimeOffset now)
{
    var purchaseCutoff = now.UtcDateTime.AddYears(-3);
    var logCutoff = now.UtcDateTime.AddMonths(-6);
    await using var transaction = await db.Database.BeginTransactionAsync();
    await db.Purchases.Where(purchase => purchase.CustomerId == subject && !(purchase.CompletedAt < purchaseCutoff))
        .ExecuteUpdateAsync(setters => setters.SetProperty(purchase => purchase.CustomerId, (Guid?)null).SetProperty(purchase => purchase.Note, (string?)null));
    await db.AccessLogs.Where(log => log.CustomerId == subject && !(log.At < logCutoff)).ExecuteUpdateAsync(setters => setters.SetProperty(log => log.CustomerId, (Guid?)null));
    await db.AccessLogs.Where(log => log.CustomerId == subject && log.At < logCutoff).ExecuteDeleteAsync();
    await db.Tickets.Where(ticket => ticket.CustomerId == subject).ExecuteDeleteAsync();
    await db.Devices.Where(device => device.OwnerId == subject).ExecuteDeleteAsync();
    await db.Customers.Where(customer => customer.Id == subject).ExecuteDeleteAsync();
    await transaction.CommitAsync();
}

async Task ExportAsync(string name, Action<DbContextOptionsBuilder, string> use, string database)
{
    ShopContext Open() => OpenShop(use, database);

    CreateShop(Open);

    foreach (var rows in new[] { 10_000, 100_000 })
    {
        var subject = Guid.NewGuid();
        using (var db = Open())
        {
            db.Customers.Add(new Customer { Id = subject, Name = "Subject" });
            db.SaveChanges();
            for (var batch = 0; batch < rows; batch += 10_000)
            {
                db.AccessLogs.AddRange(Enumerable.Range(batch, 10_000).Select(i => new AccessLog { CustomerId = subject, IpAddress = "10.0.0." + (i % 250), At = now.UtcDateTime.AddMinutes(-i) }));
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }

        using var context = Open();
        var stream = new PeakMemoryStream();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        await using (var writer = new Utf8JsonWriter(stream))
        {
            await context.ExportPersonalDataAsync(subject, writer);
        }

        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        Console.WriteLine(
            $"{name,-10} Export {rows,7:N0} rows: {stream.Length / 1048576.0,6:F1} MB of JSON, peak live managed heap {stream.PeakHeap / 1048576.0,6:F2} MB (before: {before / 1048576.0:F2} MB), allocated {allocatedMb,7:F1} MB");
    }
}

static ShopContext OpenShop(Action<DbContextOptionsBuilder, string> use, string database)
{
    var builder = new DbContextOptionsBuilder<ShopContext>();
    use(builder, database);
    return new ShopContext(builder.Options);
}

static void CreateShop(Func<ShopContext> open)
{
    using var db = open();
    db.Database.EnsureDeleted();
    db.Database.EnsureCreated();
}

static void Report(string provider, string what, List<double> handWritten, List<double> generated)
{
    var hand = Median(handWritten);
    var ours = Median(generated);
    Console.WriteLine(
        $"{provider,-10} {what}: hand-written {hand,8:F0} ms, PrivacyAnalyzers {ours,8:F0} ms, ratio {ours / hand:F2} "
        + $"(medians of {generated.Count}; runs: hand {string.Join("/", handWritten.Select(ms => ms.ToString("F0")))}, ours {string.Join("/", generated.Select(ms => ms.ToString("F0")))})");
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(value => value).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>Records the SQL sent.</summary>
internal sealed class SqlLog : DbCommandInterceptor
{
    public List<string> Commands { get; } = new();

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>
/// Discards what is written and samples the live managed heap (after a full collection) at every 8th write: the export
/// flushes every 256 rows, so the heap is measured every 2,048 rows.
/// </summary>
internal sealed class PeakMemoryStream : Stream
{
    private long _length;

    public long PeakHeap { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        _length += count;
        Sample();
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _length += buffer.Length;
        Sample();
        return ValueTask.CompletedTask;
    }

    private int _writes;

    private void Sample()
    {
        if (++_writes % 8 == 0)
        {
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: true));
        }
    }
}
