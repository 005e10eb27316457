using Microsoft.EntityFrameworkCore;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Data;

/// <summary>
/// The SimWorks Cloud database. Tables are reached through <c>Set&lt;T&gt;()</c>: a <c>DbSet&lt;Account&gt;</c> property
/// would make the context itself count as holding personal information (PRIV100), as any enumerable member would.
/// </summary>
public sealed class SimWorksDbContext(DbContextOptions<SimWorksDbContext> options) : DbContext(options)
{
    public static SimWorksDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<SimWorksDbContext>().UseSqlite($"Data Source={databasePath}").Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The other entities and their links to the account follow from its navigations by convention. The order's
        // link is configured because an anonymized order outlives it.
        modelBuilder.Entity<Account>()
            .HasMany(account => account.Orders)
            .WithOne()
            .HasForeignKey(order => order.AccountId)
            .OnDelete(DeleteBehavior.SetNull);

        modelBuilder.Entity<Order>().HasIndex(order => order.OrderNumber).IsUnique();
        modelBuilder.Entity<Order>().Property(order => order.Status).HasConversion<string>();
    }
}
