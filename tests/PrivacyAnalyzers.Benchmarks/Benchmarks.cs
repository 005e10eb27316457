using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks;

[MemoryDiagnoser]
public class MaskBenchmarks
{
    private readonly Customer customer = Customer.Create();

    // Both maskers must produce the same copy, or the comparison means nothing.
    [GlobalSetup]
    public void Setup()
    {
        var generated = customer.Mask().ToString();
        var reflected = ReflectionMasker.Mask(customer).ToString();
        if (generated != reflected)
        {
            throw new InvalidOperationException($"The maskers differ: {generated} / {reflected}");
        }

        Console.WriteLine("// Masked copy: " + generated);
    }

    [Benchmark(Baseline = true, Description = "Generated Mask()")]
    public Customer GeneratedMask() => customer.Mask();

    [Benchmark(Description = "Reflection masker (Destructurama style)")]
    public Customer ReflectionMask() => ReflectionMasker.Mask(customer);

    // The floor of both: the four Masking calls that each of them makes, without copying anything.
    [Benchmark(Description = "The 4 Masking calls alone")]
    public int MaskingAlone() =>
        Masking.MobilePhone(customer.Mobile).Length
        + Masking.Email(customer.Email).Length
        + Masking.ChineseName(customer.Name).Length
        + Masking.NationalId(customer.NationalId).Length;
}

/// <summary>
/// Each masking function beside a bare <c>string.Create</c> of its result's length (the floor: one allocation and a
/// copy), grouped by that length, for the net8.0 build and the netstandard2.0 build (no <c>string.Create</c> there).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MaskStringBenchmarks
{
    private const string Phone = "13812345678";
    private const string NationalIdValue = "110101199003071234";
    private const string Card = "6222021234567890";
    private const string EmailValue = "alice@example.com";
    private const string CjkName = "张三丰";

    private Func<string, char, string> netStandardMobilePhone = null!;
    private Func<string, char, string> netStandardNationalId = null!;
    private Func<string, char, string> netStandardBankCard = null!;
    private Func<string, char, string> netStandardEmail = null!;
    private Func<string, char, string> netStandardChineseName = null!;

    // Prints, per function, the bytes a call allocates next to the size of the one string it returns (64-bit layout:
    // 22 bytes of header, length and terminator, 2 per char, rounded up to 8): equal means one allocation.
    [GlobalSetup]
    public void Setup()
    {
        netStandardMobilePhone = NetStandardRuntime.Masking(nameof(Masking.MobilePhone));
        netStandardNationalId = NetStandardRuntime.Masking(nameof(Masking.NationalId));
        netStandardBankCard = NetStandardRuntime.Masking(nameof(Masking.BankCard));
        netStandardEmail = NetStandardRuntime.Masking(nameof(Masking.Email));
        netStandardChineseName = NetStandardRuntime.Masking(nameof(Masking.ChineseName));

        foreach (var (name, mask, netStandard) in new (string, Func<string>, Func<string>)[]
        {
            ("MobilePhone", MobilePhone, NetStandardMobilePhone), ("NationalId", NationalId, NetStandardNationalId),
            ("BankCard", BankCard, NetStandardBankCard), ("Email", Email, NetStandardEmail), ("ChineseName", ChineseName, NetStandardChineseName),
        })
        {
            if (mask() != netStandard())
            {
                throw new InvalidOperationException($"The builds differ on {name}: {mask()} / {netStandard()}");
            }

            Console.WriteLine($"// {name}: \"{mask()}\" allocates {BytesPerCall(mask):F0} B per call (netstandard2.0 build: {BytesPerCall(netStandard):F0} B); one string of {mask().Length} chars is {(22 + (2 * mask().Length) + 7) & ~7} B");
        }
    }

    [BenchmarkCategory("11 chars"), Benchmark(Baseline = true, Description = "Bare string.Create, 11 chars")]
    public string Create11() => BareCreate(Phone, 11);

    [BenchmarkCategory("11 chars"), Benchmark(Description = "Masking.MobilePhone")]
    public string MobilePhone() => Masking.MobilePhone(Phone);

    [BenchmarkCategory("11 chars"), Benchmark(Description = "Masking.MobilePhone, netstandard2.0 build")]
    public string NetStandardMobilePhone() => netStandardMobilePhone(Phone, '*');

    [BenchmarkCategory("18 chars"), Benchmark(Baseline = true, Description = "Bare string.Create, 18 chars")]
    public string Create18() => BareCreate(NationalIdValue, 18);

    [BenchmarkCategory("18 chars"), Benchmark(Description = "Masking.NationalId")]
    public string NationalId() => Masking.NationalId(NationalIdValue);

    [BenchmarkCategory("18 chars"), Benchmark(Description = "Masking.NationalId, netstandard2.0 build")]
    public string NetStandardNationalId() => netStandardNationalId(NationalIdValue, '*');

    [BenchmarkCategory("16 chars"), Benchmark(Baseline = true, Description = "Bare string.Create, 16 chars")]
    public string Create16() => BareCreate(Card, 16);

    [BenchmarkCategory("16 chars"), Benchmark(Description = "Masking.BankCard")]
    public string BankCard() => Masking.BankCard(Card);

    [BenchmarkCategory("16 chars"), Benchmark(Description = "Masking.BankCard, netstandard2.0 build")]
    public string NetStandardBankCard() => netStandardBankCard(Card, '*');

    [BenchmarkCategory("16 chars"), Benchmark(Description = "Masking.Email")]
    public string Email() => Masking.Email(EmailValue);

    [BenchmarkCategory("16 chars"), Benchmark(Description = "Masking.Email, netstandard2.0 build")]
    public string NetStandardEmail() => netStandardEmail(EmailValue, '*');

    [BenchmarkCategory("3 chars (CJK)"), Benchmark(Baseline = true, Description = "Bare string.Create, 3 chars")]
    public string Create3() => BareCreate(CjkName, 3);

    [BenchmarkCategory("3 chars (CJK)"), Benchmark(Description = "Masking.ChineseName")]
    public string ChineseName() => Masking.ChineseName(CjkName);

    [BenchmarkCategory("3 chars (CJK)"), Benchmark(Description = "Masking.ChineseName, netstandard2.0 build")]
    public string NetStandardChineseName() => netStandardChineseName(CjkName, '*');

    // The floor for a masked string: one allocation of the result's length, filled from the value.
    private static string BareCreate(string value, int length) =>
        string.Create(length, value, static (span, source) => source.AsSpan(0, span.Length).CopyTo(span));

    private static double BytesPerCall(Func<string> mask)
    {
        const int Calls = 1000;
        mask();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            mask();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls;
    }
}

[MemoryDiagnoser]
public class ToStringBenchmarks
{
    private readonly Customer customer = Customer.Create();
    private readonly CustomerRecord record = CustomerRecord.Create();
    private readonly PlainCustomerRecord plainRecord = PlainCustomerRecord.Create();

    [Benchmark(Baseline = true, Description = "Generated redacting record PrintMembers")]
    public string GeneratedRecordToString() => record.ToString();

    [Benchmark(Description = "Generated redacting class ToString")]
    public string GeneratedClassToString() => customer.ToString();

    [Benchmark(Description = "Compiler record ToString (prints raw data)")]
    public string CompilerRecordToString() => plainRecord.ToString();

    [Benchmark(Description = "Reflection masker print")]
    public string ReflectionToString() => ReflectionMasker.Print(customer);
}

[MemoryDiagnoser]
public class ExportBenchmarks
{
    private readonly Customer customer = Customer.Create();
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private Utf8JsonWriter writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        writer = new Utf8JsonWriter(buffer);
        var generatedBytes = GeneratedExport();
        var serializerBytes = SourceGeneratedSerializer();
        Console.WriteLine($"// JSON written per call: generated export {generatedBytes} bytes, JsonSerializer {serializerBytes} bytes");
    }

    [Benchmark(Baseline = true, Description = "Generated WritePersonalData")]
    public int GeneratedExport()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        customer.WritePersonalData(writer);
        writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark(Description = "JsonSerializer, source-generated context")]
    public int SourceGeneratedSerializer()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, customer, BenchmarkJsonContext.Default.Customer);
        writer.Flush();
        return buffer.WrittenCount;
    }
}

[MemoryDiagnoser]
public class PseudonymizeBenchmarks
{
    private readonly byte[] secret = RandomNumberGenerator.GetBytes(32);
    private PseudonymKey key = null!;

    [GlobalSetup]
    public void Setup() => key = new PseudonymKey("bench", secret);

    [Benchmark(Baseline = true, Description = "Bare HMACSHA256.HashData + Base64")]
    public string BareHmac() => Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("13812345678")));

    [Benchmark(Description = "Pseudonymization.Pseudonymize")]
    public string Pseudonymize() => Pseudonymization.Pseudonymize("13812345678", key);
}
