using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests;

/// <summary>The data subject: a customer account, deleted 21 days after it is closed.</summary>
[RetainFor(Days = 21, From = nameof(ClosedAt), Basis = "Terms §9")]
public partial class Customer
{
    [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
    public Guid Id { get; set; }

    [PersonalInfo(DataCategory.Name.All)]
    public required string Name { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<Purchase> Purchases { get; set; } = new();

    public List<AccessLog> AccessLogs { get; set; } = new();

    public List<Ticket> Tickets { get; set; } = new();
}

/// <summary>A transaction record: kept at least three years from completion (law), then anonymized; its note only 30 days.</summary>
[RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31", OnExpiry = ExpiryAction.Anonymize,
    LegalMinimum = true, Covers = new[] { nameof(Number), nameof(Amount), nameof(CompletedAt) })]
public partial class Purchase
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId)]
    public Guid? CustomerId { get; set; }

    [PersonalInfo(DataCategory.Transaction.OrderNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public required string Number { get; set; }

    [PersonalInfo(DataCategory.Transaction.Amount), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 100)]
    public decimal Amount { get; set; }

    /// <summary>Delivery instructions, needed only until the goods arrive.</summary>
    [PersonalInfo(DataCategory.Contact.All), RetainFor(Days = 30, From = nameof(CompletedAt), Basis = "Delivery")]
    public string? Note { get; set; }

    [PersonalInfo(DataCategory.Transaction.All), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
    public DateTime? CompletedAt { get; set; }
}

/// <summary>A network log: kept at least six months (law), then deleted.</summary>
[RetainFor(Months = 6, From = nameof(At), Basis = "Cybersecurity Law Art. 21", LegalMinimum = true, Covers = new[] { nameof(IpAddress), nameof(At) })]
public partial class AccessLog
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId)]
    public Guid? CustomerId { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress)]
    public required string IpAddress { get; set; }

    [PersonalInfo(DataCategory.Behavior.LoginLog)]
    public DateTime At { get; set; }
}

/// <summary>A support ticket: at most a year, no legal minimum; goes with the customer.</summary>
[RetainFor(Months = 12, From = nameof(OpenedAt), Basis = "Support")]
public partial class Ticket
{
    public long Id { get; set; }

    public Guid CustomerId { get; set; }

    [PersonalInfo(DataCategory.Contact.All)]
    public required string Text { get; set; }

    public DateTime OpenedAt { get; set; }
}

/// <summary>A device seen by the app; found by its own [DataSubjectId] (no relationship).</summary>
[RetainFor(Days = 90, From = nameof(SeenAt), Basis = "Security")]
public partial class Device
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
    public Guid OwnerId { get; set; }

    [PersonalInfo(DataCategory.Device.Model)]
    public required string Model { get; set; }

    public DateTime SeenAt { get; set; }
}

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<AccessLog> AccessLogs => Set<AccessLog>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<Device> Devices => Set<Device>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Records the law keeps outlive the customer: their link is cleared, not cascaded.
        modelBuilder.Entity<Customer>().HasMany(customer => customer.Purchases).WithOne().HasForeignKey(purchase => purchase.CustomerId).OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Customer>().HasMany(customer => customer.AccessLogs).WithOne().HasForeignKey(log => log.CustomerId).OnDelete(DeleteBehavior.SetNull);
        modelBuilder.Entity<Customer>().HasMany(customer => customer.Tickets).WithOne().HasForeignKey(ticket => ticket.CustomerId);
        modelBuilder.Entity<Purchase>().HasIndex(purchase => purchase.CompletedAt);
        modelBuilder.Entity<AccessLog>().HasIndex(log => log.At);
        modelBuilder.Entity<Device>().HasIndex(device => device.OwnerId);
    }
}
