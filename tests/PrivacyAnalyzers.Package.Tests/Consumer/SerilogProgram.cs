using System;
using Consumer;
using Serilog;
using Serilog.Core;
using Serilog.Events;

// Logs an annotated object through Serilog with the packed PrivacyAnalyzers.Serilog policy.
var sink = new LastMessageSink();
using (var logger = new LoggerConfiguration().Destructure.WithPrivacyAnalyzers().WriteTo.Sink(sink).CreateLogger())
{
    var customer = new Customer { Name = "Alice", Email = "alice@example.com", LastIp = "192.168.1.23", Visits = 3 };

    // PRIV001 cannot see the logger's configuration; this logger masks what it destructures (docs/logging.md).
#pragma warning disable PRIV001
    logger.Information("{@Customer}", customer);
#pragma warning restore PRIV001
}

Console.WriteLine("Serilog: " + sink.Last);

internal sealed class LastMessageSink : ILogEventSink
{
    public string? Last { get; private set; }

    public void Emit(LogEvent logEvent) => Last = logEvent.RenderMessage();
}
