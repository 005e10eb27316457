namespace PrivacyAnalyzers.Serilog.Tests;

// Models compiled by the real generator; the policy masks them through their generated Mask().

public sealed partial class Customer
{
    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Mobile { get; set; } = "";

    [PersonalInfo(DataCategory.Contact.Email), Mask(MaskStyle.Email, MaskChar = '#')]
    public string? Email { get; set; }

    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; set; } = "";

    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    public string? NationalId { get; set; }

    [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
    public DateTime BirthDate { get; set; }

    public int Tier { get; set; }

    public Address? Home { get; set; }

    public List<Address?>? Addresses { get; set; }

    public static Customer Create() => new()
    {
        Mobile = "13812345678",
        Email = "alice@example.com",
        Name = "张三丰",
        NationalId = "110101199003071234",
        BirthDate = new DateTime(1990, 3, 7),
        Tier = 3,
        Home = new Address { Street = "1 Zhongguancun Street", City = "Beijing", LastIp = "192.168.1.23" },
        Addresses = new List<Address?>
        {
            new() { Street = "2 Haidian Road", City = "Beijing", LastIp = "10.0.0.7" },
            null,
        },
    };
}

public partial class Address
{
    [PersonalInfo(DataCategory.Contact.Street)]
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    // IPv4 masking is not idempotent ("192.168.1.*" masked again is "***"): shows that nested copies are masked once.
    [PersonalInfo(DataCategory.Device.IpAddress)]
    public string? LastIp { get; set; }
}

public partial class Employee : Person
{
    [PersonalInfo(DataCategory.Contact.Email)]
    public string WorkEmail { get; set; } = "";
}

public partial class Person
{
    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Mobile { get; set; } = "";
}

public partial record struct Visit(
    [property: PersonalInfo(DataCategory.Device.IpAddress)] string Ip,
    int Pages);

/// <summary>No personal information, no generated code: Serilog's own destructuring writes it.</summary>
public sealed class Shipment
{
    public string Carrier { get; set; } = "";

    public int Parcels { get; set; }

    // Typed object: the annotated value inside is only known at run time.
    public object? Payload { get; set; }
}

/// <summary>A hand-written Mask() that fails: the policy must not write the value unmasked.</summary>
public sealed class Faulty : IMaskable<Faulty>
{
    public string Secret { get; set; } = "";

    public Faulty Mask() => throw new InvalidOperationException("Masking failed.");
}

/// <summary>An annotated type with a getter that throws.</summary>
public sealed partial class Badge
{
    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Mobile { get; set; } = "";

    public string Broken => throw new InvalidOperationException("No badge text.");
}

/// <summary>The same getter on a type without generated code: how Serilog itself writes it.</summary>
public sealed class PlainBadge
{
    public string Broken => throw new InvalidOperationException("No badge text.");
}
