using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests;

/// <summary>Models the erasure cannot carry out as declared: a clear error, and nothing changed.</summary>
public sealed class ModelErrorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Subject = Guid.NewGuid();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ModelErrorTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Rows_kept_by_law_behind_a_required_foreign_key_stop_the_erasure_before_anything_changes()
    {
        using var db = Open<VisitContext>(options => new VisitContext(options));
        db.Members.Add(new Member { Id = Subject, Name = "Member", Visits = { new Visit { Ip = "10.0.0.1", At = Now.UtcDateTime.AddDays(-1) } } });
        db.SaveChanges();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.ErasePersonalDataAsync(Subject, Now));

        Assert.Contains("Visit rows must be kept", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberId → Member.Id", error.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(1, db.Members.Count());
        Assert.Equal(1, db.Visits.Count());
    }

    [Fact]
    public async Task Rows_to_anonymize_in_batches_without_a_single_column_key_stop_the_erasure()
    {
        using var db = Open<BadgeContext>(options => new BadgeContext(options));
        db.Members.Add(new Member { Id = Subject, Name = "Member" });
        db.Badges.Add(new Badge { MemberId = Subject, Code = "gold", Label = "Gold member" });
        db.SaveChanges();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.ErasePersonalDataAsync(Subject, Now, new ErasureOptions { Key = Infrastructure.Seed.Key }));

        Assert.Contains("Badge has no single-column primary key", error.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal(1, db.Members.Count());
        Assert.Equal("Gold member", db.Badges.Single().Label);
    }

    [Fact]
    public void Generated_predicates_match_what_the_attributes_say()
    {
        var expired = Visit.PrivacyExpiredAt(Now).Compile();
        Assert.True(expired(new Visit { Ip = "", At = Now.UtcDateTime.AddMonths(-7) }));
        Assert.False(expired(new Visit { Ip = "", At = Now.UtcDateTime.AddMonths(-5) }));

        var purchaseExpired = Purchase.PrivacyExpiredAt(Now).Compile();
        Assert.False(purchaseExpired(new Purchase { Number = "", CompletedAt = null }));

        var noteExpired = Purchase.PrivacyNoteExpiredAt(Now).Compile();
        Assert.True(noteExpired(new Purchase { Number = "", CompletedAt = Now.UtcDateTime.AddDays(-31) }));
        Assert.False(noteExpired(new Purchase { Number = "", CompletedAt = Now.UtcDateTime.AddDays(-29) }));

        var mine = Device.PrivacyBelongsToOwnerId(Subject).Compile();
        Assert.True(mine(new Device { OwnerId = Subject, Model = "" }));
        Assert.False(mine(new Device { OwnerId = Guid.NewGuid(), Model = "" }));
    }

    private TContext Open<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var db = create(new DbContextOptionsBuilder<TContext>().UseSqlite(_connection).Options);
        db.Database.EnsureCreated();
        return db;
    }
}

public partial class Member
{
    [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
    public Guid Id { get; set; }

    [PersonalInfo(DataCategory.Name.All)]
    public required string Name { get; set; }

    public List<Visit> Visits { get; set; } = new();
}

/// <summary>Kept six months by law, but deleted with its member by a required foreign key.</summary>
[RetainFor(Months = 6, From = nameof(At), Basis = "Cybersecurity Law Art. 21", LegalMinimum = true, Covers = new[] { nameof(Ip), nameof(At) })]
public partial class Visit
{
    public long Id { get; set; }

    public Guid MemberId { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress)]
    public required string Ip { get; set; }

    public DateTime At { get; set; }
}

/// <summary>Anonymized with a pseudonym, keyed by two columns.</summary>
[RetainFor(Years = 1, From = nameof(AwardedAt), OnExpiry = ExpiryAction.Anonymize)]
public partial class Badge
{
    [DataSubjectId]
    public Guid MemberId { get; set; }

    public required string Code { get; set; }

    [PersonalInfo(DataCategory.Account.All), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public required string Label { get; set; }

    public DateTime AwardedAt { get; set; }
}

/// <summary>Members and their visits, linked by a required foreign key (cascade delete).</summary>
public sealed class VisitContext(DbContextOptions<VisitContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<Visit> Visits => Set<Visit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Member>().HasMany(member => member.Visits).WithOne().HasForeignKey(visit => visit.MemberId);
}

/// <summary>Members and their badges, keyed by member and code.</summary>
public sealed class BadgeContext(DbContextOptions<BadgeContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<Badge> Badges => Set<Badge>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>().Ignore(member => member.Visits);
        modelBuilder.Entity<Badge>().HasKey(badge => new { badge.MemberId, badge.Code });
    }
}
