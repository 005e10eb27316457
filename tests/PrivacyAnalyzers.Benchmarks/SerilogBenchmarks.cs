using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>logger.Information("Customer {@Customer}", customer)</c> through a real Serilog pipeline (to a sink that keeps the
/// last event), masked by the package's policy (generated <c>Mask()</c>, compiled accessors) and by a
/// Destructurama-style reflection policy; Serilog without any policy (which writes the raw values) for reference.
/// The destructuring alone (<c>Logger.BindProperty</c>) is measured beside the whole call.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerilogBenchmarks
{
    private readonly Customer customer = Customer.Create();
    private readonly LastEventSink generatedSink = new();
    private readonly LastEventSink reflectionSink = new();
    private readonly LastEventSink rawSink = new();
    private Logger generated = null!;
    private Logger reflection = null!;
    private Logger raw = null!;

    // Both policies must write the same structure, or the comparison means nothing.
    [GlobalSetup]
    public void Setup()
    {
        generated = new LoggerConfiguration().Destructure.WithPrivacyAnalyzers().WriteTo.Sink(generatedSink).CreateLogger();
        reflection = new LoggerConfiguration().Destructure.With(new ReflectionDestructuringPolicy()).WriteTo.Sink(reflectionSink).CreateLogger();
        raw = new LoggerConfiguration().WriteTo.Sink(rawSink).CreateLogger();
        GeneratedPolicy();
        ReflectionPolicy();
        var fromGenerated = generatedSink.Last!.Properties["Customer"].ToString();
        var fromReflection = reflectionSink.Last!.Properties["Customer"].ToString();
        if (fromGenerated != fromReflection)
        {
            throw new InvalidOperationException($"The policies differ: {fromGenerated} / {fromReflection}");
        }

        Console.WriteLine("// Logged: " + fromGenerated);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        generated.Dispose();
        reflection.Dispose();
        raw.Dispose();
    }

    [BenchmarkCategory("Destructuring"), Benchmark(Baseline = true, Description = "Destructure: WithPrivacyAnalyzers()")]
    public LogEventProperty? GeneratedDestructure() => Destructure(generated);

    [BenchmarkCategory("Destructuring"), Benchmark(Description = "Destructure: reflection policy (Destructurama style)")]
    public LogEventProperty? ReflectionDestructure() => Destructure(reflection);

    [BenchmarkCategory("Destructuring"), Benchmark(Description = "Destructure: no policy (raw values)")]
    public LogEventProperty? RawDestructure() => Destructure(raw);

    [BenchmarkCategory("Log call"), Benchmark(Baseline = true, Description = "Log call: WithPrivacyAnalyzers()")]
    public void GeneratedPolicy() => generated.Information("Customer {@Customer}", customer);

    [BenchmarkCategory("Log call"), Benchmark(Description = "Log call: reflection policy (Destructurama style)")]
    public void ReflectionPolicy() => reflection.Information("Customer {@Customer}", customer);

    [BenchmarkCategory("Log call"), Benchmark(Description = "Log call: no policy (raw values)")]
    public void NoPolicy() => raw.Information("Customer {@Customer}", customer);

    // The destructuring alone: what {@Customer} costs, without parsing the template or making the event.
    private LogEventProperty? Destructure(Logger logger) =>
        logger.BindProperty("Customer", customer, destructureObjects: true, out var property) ? property : null;

    private sealed class LastEventSink : ILogEventSink
    {
        public LogEvent? Last { get; private set; }

        public void Emit(LogEvent logEvent) => Last = logEvent;
    }
}
