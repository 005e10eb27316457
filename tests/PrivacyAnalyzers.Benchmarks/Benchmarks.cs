using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
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

[MemoryDiagnoser]
public class MaskStringBenchmarks
{
    // Prints, per function, the bytes a call allocates next to the size of the one string it returns (64-bit layout:
    // 22 bytes of header, length and terminator, 2 per char, rounded up to 8): equal means one allocation.
    [GlobalSetup]
    public void Setup()
    {
        foreach (var (name, mask) in new (string, Func<string>)[]
        {
            ("MobilePhone", MobilePhone), ("Email", Email), ("NationalId", NationalId), ("ChineseName", ChineseName), ("BankCard", BankCard),
        })
        {
            mask();
            const int calls = 1000;
            var before = GC.GetAllocatedBytesForCurrentThread();
            string result = "";
            for (var i = 0; i < calls; i++)
            {
                result = mask();
            }

            var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
            Console.WriteLine($"// {name}: \"{result}\" allocates {perCall:F0} B per call; one string of {result.Length} chars is {(22 + (2 * result.Length) + 7) & ~7} B");
        }
    }

    [Benchmark(Description = "Masking.MobilePhone")]
    public string MobilePhone() => Masking.MobilePhone("13812345678");

    [Benchmark(Description = "Masking.Email")]
    public string Email() => Masking.Email("alice@example.com");

    [Benchmark(Description = "Masking.NationalId")]
    public string NationalId() => Masking.NationalId("110101199003071234");

    [Benchmark(Description = "Masking.ChineseName (CJK)")]
    public string ChineseName() => Masking.ChineseName("张三丰");

    [Benchmark(Description = "Masking.BankCard")]
    public string BankCard() => Masking.BankCard("6222021234567890");
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
