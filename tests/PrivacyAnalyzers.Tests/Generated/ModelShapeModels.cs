using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Generated;

// Also compiled by the generator tests' snapshot and compile-matrix tests (embedded there as text).
// The shapes .NET 8+ teams write models in: required and init-only members in classes that are not sealed, types
// without a constructor of their own, inheritance chains, generic and nested types, field-backed properties.

public partial class Account
{
    public required int Id { get; init; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public required string Phone { get; init; }

    public string Plan { get; set; } = "free";
}

public partial class PremiumAccount : Account
{
    [PersonalInfo(DataCategory.Contact.Email)]
    public required string Email { get; init; }

    public int Level { get; init; }
}

/// <summary>Only inherits personal members: needs neither partial nor code of its own.</summary>
public class LegacyAccount : Account
{
    public string Region { get; set; } = "";
}

public sealed partial class SealedAccount
{
    public required int Id { get; init; }

    [PersonalInfo(DataCategory.Name.All)]
    public required string Holder { get; init; }
}

public abstract partial class Party
{
    [PersonalInfo(DataCategory.Name.All)]
    public required string Name { get; init; }
}

public sealed partial class Individual : Party
{
    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    public string? NationalId { get; init; }
}

public partial class Tagged<TValue>
    where TValue : struct, IComparable<TValue>
{
    [PersonalInfo(DataCategory.Contact.Email)]
    public required string Owner { get; init; }

    public TValue Value { get; init; }
}

public static partial class Directory
{
    public partial class Listing
    {
        [PersonalInfo(DataCategory.Contact.PhoneNumber)]
        public string? Phone { get; init; }
    }
}

public partial class FieldBacked
{
    private string _phone = "";

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Phone
    {
        get => _phone;
        init => _phone = value;
    }

    public int Visits { get; set; }
}

public partial class WithConstructor
{
    [SetsRequiredMembers]
    public WithConstructor(string email)
    {
        Email = email;
    }

    [PersonalInfo(DataCategory.Contact.Email)]
    public required string Email { get; init; }
}

public abstract partial class Shipment
{
    [PersonalInfo(DataCategory.Contact.Address)]
    public string Address { get; set; } = "";
}

/// <summary>Only inherits from a base copied by MemberwiseClone: the clone keeps its type and its own members.</summary>
public class LocalShipment : Shipment
{
    public int Zone { get; set; }
}

public partial record ClubMember
{
    [PersonalInfo(DataCategory.Contact.Email)]
    public required string Email { get; init; }

    public string? Nickname { get; init; }
}

public partial record struct MeterReading
{
    [PersonalInfo(DataCategory.Device.IpAddress)]
    public required string Ip { get; init; }

    public int Value { get; init; }
}

/// <summary>A positional record with members of its own.</summary>
public partial record GuestVisit([property: PersonalInfo(DataCategory.Contact.PhoneNumber)] string Phone)
{
    [PersonalInfo(DataCategory.Name.All)]
    public string? Guest { get; init; }

    public int Nights { get; init; }
}

/// <summary>Nullable and non-nullable references side by side.</summary>
public partial class Family
{
    [PersonalInfo(DataCategory.Name.All)]
    public required string Head { get; init; }

    [PersonalInfo(DataCategory.Name.All)]
    public string? Partner { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Phone { get; set; } = "";
}
