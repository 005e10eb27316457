using BenchmarkDotNet.Attributes;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>The same customer as a required/init model that is not sealed: copied by a generated constructor.</summary>
public partial class RequiredCustomer
{
    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public required string Mobile { get; init; }

    [PersonalInfo(DataCategory.Contact.Email)]
    public required string Email { get; init; }

    [PersonalInfo(DataCategory.Name.All)]
    public required string Name { get; init; }

    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    public required string NationalId { get; init; }

    public int Tier { get; init; }

    public static RequiredCustomer Create() => new()
    {
        Mobile = "13812345678",
        Email = "alice@example.com",
        Name = "张三丰",
        NationalId = "110101199003071234",
        Tier = 3,
    };
}

/// <summary>
/// What each generated copy costs and allocates beside the same customer as a settable sealed class: Mask() through
/// a constructor (required/init), Anonymize(key) with the default strategy (suppress).
/// </summary>
[MemoryDiagnoser]
public class GeneratedCopyBenchmarks
{
    private readonly Customer customer = Customer.Create();
    private readonly RequiredCustomer required = RequiredCustomer.Create();
    private readonly PseudonymKey key = new("bench", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Benchmark(Baseline = true, Description = "Mask(), sealed settable class (MemberwiseClone)")]
    public Customer MaskSealed() => customer.Mask();

    [Benchmark(Description = "Mask(), required/init class (copy constructor)")]
    public RequiredCustomer MaskRequired() => required.Mask();

    [Benchmark(Description = "Anonymize(key), sealed settable class")]
    public Customer AnonymizeSealed() => customer.Anonymize(key);

    [Benchmark(Description = "Anonymize(key), required/init class")]
    public RequiredCustomer AnonymizeRequired() => required.Anonymize(key);
}
