using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.EntityFrameworkCore.Benchmarks;

/// <summary>A network log: the purge benchmark's one table.</summary>
[RetainFor(Months = 6, From = nameof(At), Basis = "Cybersecurity Law Art. 21")]
public partial class NetworkLog
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress)]
    public required string IpAddress { get; set; }

    public DateTime At { get; set; }
}

public sealed class PurgeContext(DbContextOptions<PurgeContext> options) : DbContext(options)
{
    public DbSet<NetworkLog> NetworkLogs => Set<NetworkLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<NetworkLog>().HasIndex(log => log.At);
}
