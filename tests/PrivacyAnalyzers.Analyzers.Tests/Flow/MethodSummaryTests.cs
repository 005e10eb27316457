using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;
using VerifyException = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.ExceptionSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// Personal information followed across methods through their summaries: what a method returns, and which of its
/// parameters reach a sink or its return value. For every shape a flagged and a not-flagged case.
/// </summary>
public class MethodSummaryTests
{
    private static DiagnosticResult Logged(string member, string category, string sink = "ILogger.LogInformation", int location = 0)
        => Verify.Diagnostic("PRIV001").WithLocation(location).WithArguments(member, category, "written to a log by " + sink);

    private static DiagnosticResult PhoneLogged(int location = 0) => Logged("Account.PhoneNumber", "user.contact.phone_number", location: location);

    private static DiagnosticResult EmailLogged(int location = 0) => Logged("Account.Email", "user.contact.email", location: location);

    /// <summary>A class <c>Service</c> with the helpers and a method <c>Run(ILogger logger, Account account)</c> holding <paramref name="body"/>.</summary>
    private static string WithHelpers(string helpers, string body) => """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop;

        static class Helpers
        {
        """ + helpers + """

        }

        class Service
        {
            async Task Run(ILogger logger, Account account)
            {
        """ + body + """

                await Task.Yield();
            }
        }
        """;

    [Theory]
    [InlineData("internal static string? Contact(Account a) => a.PhoneNumber;", "{|#0:Helpers.Contact(account)|}")]
    [InlineData("internal static string? Contact(Account a) { var p = a.PhoneNumber; return p; }", "{|#0:Helpers.Contact(account)|}")]
    [InlineData("internal static string? Contact(Account a) => a.Id > 0 ? a.PhoneNumber : null;", "{|#0:Helpers.Contact(account)|}")]
    [InlineData("internal static string? Contact(Account a) => a.Nickname ?? a.PhoneNumber;", "{|#0:Helpers.Contact(account)|}")]
    [InlineData("internal static string Contact(this Account a) => \"tel:\" + a.PhoneNumber;", "{|#0:account.Contact()|}")]
    [InlineData("internal static (string?, int) Contact(Account a) => (a.PhoneNumber, a.Id);", "{|#0:Helpers.Contact(account).Item1|}")]
    [InlineData("internal static async Task<string?> Contact(Account a) { await Task.Yield(); return a.PhoneNumber; }", "{|#0:await Helpers.Contact(account)|}")]
    [InlineData("internal static string? Contact(Account a) => Inner(a); internal static string? Inner(Account a) => a.PhoneNumber;", "{|#0:Helpers.Contact(account)|}")]
    public async Task A_returned_personal_value_is_flagged_where_the_caller_logs_it(string helper, string call)
    {
        var source = WithHelpers(helper, "logger.LogInformation(\"{C}\", " + call + ");");

        await Verify.VerifyAsync(source, PhoneLogged());
    }

    [Theory]
    [InlineData("internal static string? Contact(Account a) => Masking.MobilePhone(a.PhoneNumber);")]
    [InlineData("internal static int Contact(Account a) => a.PhoneNumber?.Length ?? 0;")]
    [InlineData("internal static string Contact(Account a) => \"no contact\";")]
    [InlineData("internal static string? Contact(Account a) => a.Nickname;")]
    [InlineData("internal static async Task<int> Contact(Account a) { await Task.Yield(); return a.PhoneNumber!.Length; }")]
    [InlineData("internal static string? Contact(Account a) { var p = a.PhoneNumber; p = Masking.MobilePhone(p); return p; }")]
    public async Task A_masked_counted_constant_or_plain_return_is_not_flagged(string helper)
    {
        var call = helper.Contains("Task<int>", StringComparison.Ordinal) ? "await Helpers.Contact(account)" : "Helpers.Contact(account)";
        var source = WithHelpers(helper, "logger.LogInformation(\"{C}\", " + call + ");");

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_parameter_returned_through_a_helper_carries_what_the_caller_passes()
    {
        var source = WithHelpers(
            "internal static string? Pick(string? first, string? fallback) => first ?? fallback; internal static string Quote(string? s) => $\"'{s}'\";",
            """
                    logger.LogInformation("{C}", {|#0:Helpers.Pick(account.PhoneNumber, "none")|});
                    logger.LogInformation("{C}", {|#1:Helpers.Quote(account.Email)|});
                    logger.LogInformation("{C}", Helpers.Pick(account.Nickname, "none"));
                    logger.LogInformation("{C}", Helpers.Quote(account.Nickname));
            """);

        await Verify.VerifyAsync(source, PhoneLogged(0), EmailLogged(1));
    }

    [Fact]
    public async Task A_computed_property_carries_what_its_getter_reads()
    {
        var source = """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            namespace Shop;

            public class Profile
            {
                [PersonalInfo("user.name")] public string First { get; set; } = "";
                [PersonalInfo("user.name")] public string Last { get; set; } = "";
                public string Display => $"{First} {Last}";
                public int Letters => First.Length + Last.Length;
                public string Kind { get { return "person"; } }
            }

            class Service
            {
                void Run(ILogger logger, Profile person)
                {
                    logger.LogInformation("{D}", {|#0:person.Display|});
                    logger.LogInformation("{L} {K}", person.Letters, person.Kind);
                }
            }
            """;

        await Verify.VerifyAsync(source, Logged("Profile.First", "user.name"));
    }

    [Fact]
    public async Task A_value_passed_to_a_helper_that_logs_its_parameter_is_flagged_at_the_call_with_the_sink_as_additional_location()
    {
        var source = WithHelpers(
            """
                internal static void Record(ILogger logger, string? value, int id) => logger.LogInformation("{V} {Id}", {|#1:value|}, id);
                internal static void Forward(ILogger logger, string? value) => Record(logger, value, 0);
            """,
            """
                    Helpers.Record(logger, {|#0:account.PhoneNumber|}, account.Id);
                    Helpers.Forward(logger, {|#2:account.Email|});
                    Helpers.Record(logger, account.Nickname, account.Id);
            """);

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("PRIV001").WithLocation(0).WithLocation(1)
                .WithMessage("'Account.PhoneNumber' (user.contact.phone_number) is passed to Helpers.Record(value), where it is written to a log by ILogger.LogInformation; mask it or log an identifier instead"),
            Verify.Diagnostic("PRIV001").WithLocation(2).WithLocation(1).WithArguments("Account.Email", "user.contact.email", "passed to Helpers.Forward(value), where it is written to a log by ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_helper_that_logs_only_a_plain_parameter_is_not_flagged_for_a_personal_one()
    {
        var source = WithHelpers(
            "internal static void Record(ILogger logger, string? value, int id) => logger.LogInformation(\"{Id}\", id);",
            "Helpers.Record(logger, account.PhoneNumber, account.Id);");

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_value_passed_to_a_helper_that_throws_with_it_is_flagged_by_the_exception_rule()
    {
        var source = """
            using System;
            using PrivacyAnalyzers;

            namespace Shop;

            static class Errors
            {
                public static Exception NotFound(string? who, int id) => new InvalidOperationException({|#1:"No account " + who|});
            }

            class Service
            {
                void Run(Account account)
                {
                    var error = Errors.NotFound({|#0:account.Email|}, account.Id);
                    var plain = Errors.NotFound(account.Nickname, account.Id);
                }
            }
            """;

        await VerifyException.VerifyAsync(
            source,
            VerifyException.Diagnostic("PRIV003").WithLocation(0).WithLocation(1)
                .WithArguments("Account.Email", "user.contact.email", "passed to Errors.NotFound(who), where it is put into the message of InvalidOperationException"));
    }

    [Fact]
    public async Task Recursion_and_mutual_recursion_terminate_and_still_carry_the_value()
    {
        var source = WithHelpers(
            """
                internal static string? Down(Account a, int n) => n == 0 ? a.PhoneNumber : Down(a, n - 1);
                internal static string? Ping(Account a, int n) => n == 0 ? a.Email : Pong(a, n - 1);
                internal static string? Pong(Account a, int n) => n < 0 ? null : Ping(a, n);
                internal static string Loop(int n) => n == 0 ? "" : Loop(n - 1) + n;
                internal static void Spread(ILogger logger, string? value, int n) { if (n > 0) Spread(logger, value, n - 1); else logger.LogInformation({|#3:value|}); }
            """,
            """
                    logger.LogInformation("{C}", {|#0:Helpers.Down(account, 3)|});
                    logger.LogInformation("{C}", {|#1:Helpers.Pong(account, 3)|});
                    logger.LogInformation("{C}", Helpers.Loop(3));
                    Helpers.Spread(logger, {|#2:account.PhoneNumber|}, 2);
            """);

        await Verify.VerifyAsync(
            source,
            PhoneLogged(0),
            EmailLogged(1),
            Verify.Diagnostic("PRIV001").WithLocation(2).WithLocation(3).WithArguments("Account.PhoneNumber", "user.contact.phone_number", "passed to Helpers.Spread(value), where it is written to a log by ILogger.LogInformation"));
    }
}
