using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A fresh, created database of one provider; each context it opens sees the same data.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract string Provider { get; }

    /// <summary>A new context, with optional interceptors (to record or interrupt the SQL sent).</summary>
    public ShopContext Open(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<ShopContext>();
        Configure(builder);
        if (interceptors.Length != 0)
        {
            builder.AddInterceptors(interceptors);
        }

        return new ShopContext(builder.Options);
    }

    public virtual void Dispose()
    {
    }

    protected abstract void Configure(DbContextOptionsBuilder builder);

    protected void Create()
    {
        using var db = Open();
        db.Database.EnsureDeleted();
        db.Database.EnsureCreated();
    }
}

public sealed class SqliteFileDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "privacy-ef-" + Guid.NewGuid().ToString("N") + ".db");

    public SqliteFileDatabase() => Create();

    public override string Provider => "SQLite file";

    protected override void Configure(DbContextOptionsBuilder builder) => builder.UseSqlite("Data Source=" + _path + ";Pooling=False");

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>SQLite in memory: one open connection shared by every context (the database lives as long as it does).</summary>
public sealed class SqliteMemoryDatabase : TestDatabase
{
    private readonly DbConnection _connection = new SqliteConnection("Data Source=:memory:");

    public SqliteMemoryDatabase()
    {
        _connection.Open();
        Create();
    }

    public override string Provider => "SQLite in memory";

    protected override void Configure(DbContextOptionsBuilder builder) => builder.UseSqlite(_connection);

    public override void Dispose() => _connection.Dispose();
}

public sealed class PostgresDatabase : TestDatabase
{
    private readonly string _connectionString;

    public PostgresDatabase(PostgresServer server)
    {
        _connectionString = server.NewDatabase();
        Create();
    }

    public override string Provider => "PostgreSQL";

    protected override void Configure(DbContextOptionsBuilder builder) => builder.UseNpgsql(_connectionString);

    public override void Dispose()
    {
        using var db = Open();
        db.Database.EnsureDeleted();
    }
}
