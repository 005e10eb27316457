using System.Text.Json.Serialization;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>A customer as a class: the shape reflection maskers handle.</summary>
public sealed partial class Customer
{
    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public string Mobile { get; set; } = "";

    [PersonalInfo(DataCategory.Contact.Email)]
    public string Email { get; set; } = "";

    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; set; } = "";

    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    public string NationalId { get; set; } = "";

    public int Tier { get; set; }

    public static Customer Create() => new()
    {
        Mobile = "13812345678",
        Email = "alice@example.com",
        Name = "张三丰",
        NationalId = "110101199003071234",
        Tier = 3,
    };
}

/// <summary>The same customer as a record with generated, redacting PrintMembers.</summary>
public sealed partial record CustomerRecord(
    [property: PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile,
    [property: PersonalInfo(DataCategory.Contact.Email)] string Email,
    [property: PersonalInfo(DataCategory.Name.All)] string Name,
    [property: PersonalInfo(DataCategory.GovernmentId.NationalId)] string NationalId,
    int Tier)
{
    public static CustomerRecord Create() => new("13812345678", "alice@example.com", "张三丰", "110101199003071234", 3);
}

/// <summary>The same record without annotations: the compiler's own ToString, which prints everything.</summary>
public sealed record PlainCustomerRecord(string Mobile, string Email, string Name, string NationalId, int Tier)
{
    public static PlainCustomerRecord Create() => new("13812345678", "alice@example.com", "张三丰", "110101199003071234", 3);
}

/// <summary>System.Text.Json source-generated metadata for the export comparison.</summary>
[JsonSerializable(typeof(Customer))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
