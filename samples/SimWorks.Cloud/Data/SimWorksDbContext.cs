using Microsoft.EntityFrameworkCore;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Data;

/// <summary>
/// The SimWorks Cloud database. Its tables are queries, not data held in memory, so the context itself holds no
/// personal information and needs neither <c>partial</c> nor generated privacy code.
/// </summary>
public sealed class SimWorksDbContext(DbContextOptions<SimWorksDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<DeviceInfo> Devices => Set<DeviceInfo>();

    public DbSet<LoginLog> LoginLogs => Set<LoginLog>();

    public DbSet<DownloadLog> DownloadLogs => Set<DownloadLog>();

    public DbSet<SmsNotification> SmsNotifications => Set<SmsNotification>();

    public static SimWorksDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<SimWorksDbContext>().UseSqlite($"Data Source={databasePath}").Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The other entities and their links to the account follow from its navigations by convention. The links of
        // orders and network logs are configured because the law keeps them after the account is gone.
        modelBuilder.Entity<Account>().HasMany(account => account.Orders).WithOne().HasForeignKey(order => order.AccountId).OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Account>().HasMany(account => account.LoginLogs).WithOne().HasForeignKey(log => log.AccountId).OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Account>().HasMany(account => account.DownloadLogs).WithOne().HasForeignKey(log => log.AccountId).OnDelete(DeleteBehavior.SetNull);

        modelBuilder.Entity<Order>().HasIndex(order => order.OrderNumber).IsUnique();
        modelBuilder.Entity<Order>().Property(order => order.Status).HasConversion<string>();
    }
}
