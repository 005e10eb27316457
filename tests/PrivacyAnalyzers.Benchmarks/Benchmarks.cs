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

    [Benchmark(Baseline = true, Description = "Generated Mask()")]
    public Customer GeneratedMask() => customer.Mask();

    [Benchmark(Description = "Reflection masker (Destructurama style)")]
    public Customer ReflectionMask() => ReflectionMasker.Mask(customer);
}

[MemoryDiagnoser]
public class MaskStringBenchmarks
{
    [Benchmark(Description = "Masking.MobilePhone")]
    public string MobilePhone() => Masking.MobilePhone("13812345678");

    [Benchmark(Description = "Masking.Email")]
    public string Email() => Masking.Email("alice@example.com");

    [Benchmark(Description = "Masking.NationalId")]
    public string NationalId() => Masking.NationalId("110101199003071234");
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
    public void Setup() => writer = new Utf8JsonWriter(buffer);

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
