using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>PRIV001 at every sink of the table: flagged with a personal value, silent with a plain one.</summary>
public class LogSinkAnalyzerTests
{
    private static DiagnosticResult PhoneWritten(string destination, int location = 0)
        => Verify.Diagnostic("PRIV001").WithLocation(location).WithArguments("Account.PhoneNumber", "user.contact.phone_number", destination);

    private static string InMethod(string usings, string parameters, string body) => usings + """

        namespace Shop;
        partial class Service
        {
            void Run(
        """ + parameters + ")\n    {\n" + body + "\n    }\n}\n";

    [Fact]
    public async Task Microsoft_logging_extension_argument_is_flagged_with_the_example_message()
    {
        var source = InMethod("using Microsoft.Extensions.Logging;", "ILogger logger, Account account", """
                    logger.LogInformation("Signed in {Phone} as {Id} {Name}", {|#0:account.PhoneNumber|}, account.Id, account.Nickname);
            """);

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0)
            .WithMessage("'Account.PhoneNumber' (user.contact.phone_number) is written to a log by ILogger.LogInformation; mask it or log an identifier instead"));
    }

    [Theory]
    [InlineData("logger.LogTrace(\"{P}\", {|#0:account.PhoneNumber|});", "ILogger.LogTrace")]
    [InlineData("logger.LogDebug(\"{P}\", {|#0:account.PhoneNumber|});", "ILogger.LogDebug")]
    [InlineData("logger.LogWarning(new EventId(3), \"{P}\", {|#0:account.PhoneNumber|});", "ILogger.LogWarning")]
    [InlineData("logger.LogError(new Exception(), \"{P}\", {|#0:account.PhoneNumber|});", "ILogger.LogError")]
    [InlineData("logger.LogCritical({|#0:account.PhoneNumber|});", "ILogger.LogCritical")]
    [InlineData("logger.Log(LogLevel.Information, {|#0:account.PhoneNumber|});", "ILogger.Log")]
    [InlineData("using var scope = logger.BeginScope(\"{P}\", {|#0:account.PhoneNumber|});", "ILogger.BeginScope")]
    [InlineData("logger.Log(LogLevel.Information, new EventId(1), {|#0:account.PhoneNumber|}, null, (s, e) => \"x\");", "ILogger.Log")]
    public async Task Microsoft_logging_sinks_are_flagged(string call, string sink)
    {
        var source = InMethod("using System;\nusing Microsoft.Extensions.Logging;", "ILogger logger, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by " + sink));
    }

    [Fact]
    public async Task Microsoft_logging_with_plain_members_is_not_flagged()
    {
        var source = InMethod("using Microsoft.Extensions.Logging;", "ILogger logger, Account account", """
                    logger.LogInformation("Signed in {Id} {Name}", account.Id, account.Nickname);
                    using var scope = logger.BeginScope("{Id}", account.Id);
            """);

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task LoggerMessage_method_arguments_are_flagged()
    {
        var source = """
            using Microsoft.Extensions.Logging;
            namespace Shop;
            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in {Phone} as {Id}")]
                public static partial void SignedIn(ILogger logger, string? phone, int id);

                public static partial void SignedIn(ILogger logger, string? phone, int id) { }
            }

            class Service
            {
                void Run(ILogger logger, Account account)
                {
                    Log.SignedIn(logger, {|#0:account.PhoneNumber|}, account.Id);
                    Log.SignedIn(logger, account.Nickname, account.Id);
                }
            }
            """;

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by Log.SignedIn"));
    }

    [Theory]
    [InlineData("Serilog.Log.Information(\"{P}\", {|#0:account.PhoneNumber|});", "Log.Information")]
    [InlineData("Serilog.Log.Write(Serilog.Events.LogEventLevel.Error, \"{P} {Id}\", {|#0:account.PhoneNumber|}, account.Id);", "Log.Write")]
    [InlineData("Serilog.Log.ForContext(\"Phone\", {|#0:account.PhoneNumber|}).Information(\"signed in\");", "Log.ForContext")]
    [InlineData("serilog.Warning(\"{P}\", {|#0:account.PhoneNumber|});", "ILogger.Warning")]
    [InlineData("serilog.Fatal(\"{A} {B} {C} {D}\", account.Id, 1, 2, {|#0:account.PhoneNumber|});", "ILogger.Fatal")]
    public async Task Serilog_sinks_are_flagged(string call, string sink)
    {
        var source = InMethod("", "Serilog.ILogger serilog, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by " + sink));
    }

    [Theory]
    [InlineData("serilog.Information(\"Signed in {@Account}\", {|#0:account|});", "ILogger.Information")]
    [InlineData("serilog.Information(\"{Id} {{literal}} {@Account}\", account.Id, {|#0:account|});", "ILogger.Information")]
    [InlineData("Serilog.Log.ForContext(\"Account\", {|#0:account|}, destructureObjects: true).Information(\"signed in\");", "Log.ForContext")]
    public async Task Serilog_destructuring_writes_personal_members_of_objects_whose_ToString_masks_them(string call, string sink)
    {
        var source = InMethod("", "Serilog.ILogger serilog, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by " + sink + " (destructured)"));
    }

    [Theory]
    [InlineData("serilog.Information(\"Signed in {Account}\", account);")]
    [InlineData("serilog.Information(\"{@Id} {Account}\", account.Id, account);")]
    [InlineData("Serilog.Log.ForContext(\"Account\", account).Information(\"signed in\");")]
    [InlineData("serilog.Information(\"Signed in {@Account}\", account.Mask());")]
    [InlineData("serilog.Information(\"Signed in {@Account}\", account.ToString());")]
    public async Task Serilog_objects_printed_with_their_masking_ToString_are_not_flagged(string call)
    {
        await Verify.VerifyAsync(InMethod("", "Serilog.ILogger serilog, Account account", call));
    }

    [Theory]
    [InlineData("nlog.Info(\"{P}\", {|#0:account.PhoneNumber|});", "Logger.Info")]
    [InlineData("nlog.Error({|#0:$\"{account.PhoneNumber}\"|});", "Logger.Error")]
    [InlineData("nlogInterface.Warn(\"{P}\", {|#0:account.PhoneNumber|});", "ILogger.Warn")]
    public async Task NLog_sinks_are_flagged(string call, string sink)
    {
        var source = InMethod("", "NLog.Logger nlog, NLog.ILogger nlogInterface, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by " + sink));
    }

    [Theory]
    [InlineData("log.Info({|#0:account.PhoneNumber|});", "ILog.Info")]
    [InlineData("log.InfoFormat(\"{0}\", {|#0:account.PhoneNumber|});", "ILog.InfoFormat")]
    public async Task Log4net_sinks_are_flagged(string call, string sink)
    {
        var source = InMethod("", "log4net.ILog log, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by " + sink));
    }

    [Fact]
    public async Task Serilog_LogContext_and_TraceSource_are_logs()
    {
        var source = InMethod("using System.Diagnostics;", "System.Diagnostics.TraceSource trace, Account account", """
                    using var property = Serilog.Context.LogContext.PushProperty("Phone", {|#0:account.PhoneNumber|});
                    trace.TraceEvent(TraceEventType.Information, 1, "{0}", {|#1:account.PhoneNumber|});
                    trace.TraceInformation("{0}", account.Id);
            """);

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by LogContext.PushProperty"), PhoneWritten("written to a log by TraceSource.TraceEvent", 1));
    }

    [Fact]
    public async Task LoggerMessage_Define_delegates_are_logs()
    {
        var source = """
            using System;
            using Microsoft.Extensions.Logging;
            namespace Shop;
            class Service
            {
                private static readonly Action<ILogger, string?, Exception?> SignedIn =
                    LoggerMessage.Define<string?>(LogLevel.Information, new EventId(1), "Signed in {Phone}");

                void Run(ILogger logger, Account account)
                {
                    SignedIn(logger, {|#0:account.PhoneNumber|}, null);
                    SignedIn(logger, account.Nickname, null);
                }
            }
            """;

        await Verify.VerifyAsync(source, PhoneWritten("written to a log by the logging delegate SignedIn"));
    }

    [Fact]
    public async Task Console_Out_and_Console_Error_are_the_console()
    {
        var source = InMethod("using System;", "Account account", """
                    Console.Out.WriteLine({|#0:account.PhoneNumber|});
                    Console.Error.Write({|#1:account.PhoneNumber|});
                    Console.Error.WriteLine(account.Id);
                    new System.IO.StringWriter().WriteLine(account.PhoneNumber);
            """);

        await Verify.VerifyAsync(source, PhoneWritten("written to the console by Console.Out.WriteLine"), PhoneWritten("written to the console by Console.Error.Write", 1));
    }

    [Fact]
    public async Task Plain_values_in_Serilog_NLog_and_log4net_are_not_flagged()
    {
        var source = InMethod("", "Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log, Account account", """
                    serilog.Information("{Id}", account.Id);
                    nlog.Info("{Id}", account.Nickname);
                    log.InfoFormat("{0}", account.Id);
            """);

        await Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("Console.WriteLine({|#0:account.PhoneNumber|});", "written to the console by Console.WriteLine")]
    [InlineData("Console.Write(\"{0}\", {|#0:account.PhoneNumber|});", "written to the console by Console.Write")]
    [InlineData("Debug.WriteLine({|#0:account.PhoneNumber|});", "written to debug output by Debug.WriteLine")]
    [InlineData("Trace.TraceInformation(\"{0}\", {|#0:account.PhoneNumber|});", "written to debug output by Trace.TraceInformation")]
    [InlineData("activity.SetTag(\"phone\", {|#0:account.PhoneNumber|});", "written to telemetry by Activity.SetTag")]
    [InlineData("activity.AddTag(\"phone\", {|#0:account.PhoneNumber|});", "written to telemetry by Activity.AddTag")]
    [InlineData("activity.SetBaggage(\"phone\", {|#0:account.PhoneNumber|});", "written to telemetry by Activity.SetBaggage")]
    public async Task Console_debug_trace_and_telemetry_are_flagged(string call, string destination)
    {
        var source = InMethod("#define DEBUG\n#define TRACE\nusing System;\nusing System.Diagnostics;", "Activity activity, Account account", call);

        await Verify.VerifyAsync(source, PhoneWritten(destination));
    }

    [Fact]
    public async Task Console_debug_and_telemetry_with_plain_values_are_not_flagged()
    {
        var source = InMethod("#define DEBUG\nusing System;\nusing System.Diagnostics;", "Activity activity, Account account", """
                    Console.WriteLine(account.Nickname);
                    Debug.WriteLine(account.Id);
                    activity.SetTag("account.id", account.Id);
            """);

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Debug_and_Trace_are_not_sinks_when_the_option_turns_them_off()
    {
        var source = InMethod("#define DEBUG\n#define TRACE\nusing System;\nusing System.Diagnostics;", "Account account", """
                    Debug.WriteLine(account.PhoneNumber);
                    Trace.WriteLine(account.PhoneNumber);
                    Console.WriteLine({|#0:account.PhoneNumber|});
            """);

        await Verify.VerifyAsync(source, "privacy_analyzers.include_debug_trace = false", PhoneWritten("written to the console by Console.WriteLine"));
    }

    [Fact]
    public async Task Additional_log_sinks_are_read_from_editorconfig()
    {
        var source = """
            namespace Shop;
            static class Audit
            {
                public static void Write(string? text, int level) { }
                public static void Keep(string? text) { }
            }

            class Service
            {
                void Run(Account account)
                {
                    Audit.Write({|#0:account.PhoneNumber|}, 1);
                    Audit.Keep(account.PhoneNumber);
                }
            }
            """;

        await Verify.VerifyAsync(source, "privacy_analyzers.additional_log_sinks = M:Shop.Audit.Write(System.String,System.Int32); M:Shop.Missing.Nothing", PhoneWritten("written to a log by Audit.Write"));
    }

    [Fact]
    public async Task Without_the_runtime_or_a_data_classification_nothing_is_analyzed()
    {
        var test = new Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>.Test
        {
            TestCode = """
                class Service
                {
                    void Run(string phone) => System.Console.WriteLine(phone);
                }
                """,
        };
        test.TestState.AdditionalReferences.Clear();

        await test.RunAsync(CancellationToken.None);
    }
}
