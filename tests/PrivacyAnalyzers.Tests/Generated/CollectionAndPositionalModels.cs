using System.Collections.Immutable;

namespace PrivacyAnalyzers.Tests.Generated;

// Models holding personal information in every collection shape, and positional records whose parameters carry the
// attributes without the property: target; compiled by the real generator.

public partial class Household
{
    public HashSet<Address> Homes { get; set; } = new();

    public ISet<Address>? Former { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public HashSet<string> Phones { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [PersonalInfo(DataCategory.Contact.Email)]
    public ISet<string?>? Emails { get; set; }
}

/// <summary>Enumerates addresses and prints them in its own ToString.</summary>
public sealed class AddressBook : IEnumerable<Address>
{
    public List<Address> Items { get; } = new();

    public IEnumerator<Address> GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join("; ", Items.Select(item => item.Street));
}

public partial class Archive
{
    public Dictionary<string, Address> ByName { get; set; } = new();

    public ImmutableArray<Address> Frozen { get; set; }

    public Address[][]? Jagged { get; set; }

    public Address[,]? Grid { get; set; }

    public Queue<Address>? Waiting { get; set; }

    public AddressBook Book { get; set; } = new();

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public Queue<string>? Phones { get; set; }

    [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
    public Dictionary<string, DateTime>? Birthdays { get; set; }
}

public partial record PositionalCustomer(
    int Id,
    [PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile,
    [PersonalInfo(DataCategory.UniqueId), DataSubjectId] Guid SubjectId);

public partial record struct PositionalVisit([PersonalInfo(DataCategory.Device.IpAddress), Mask(MaskStyle.Full)] string? Ip);
