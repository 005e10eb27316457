using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.CodeFixes.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>The "Mask the personal value" fix for PRIV001 and PRIV003.</summary>
public class MaskValueCodeFixTests
{
    private static string Body(string body) => """
        using System;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop;
        class Service
        {
            void Run(ILogger logger, Serilog.ILogger serilog, Account account)
            {
        """ + body + """

            }
        }
        """;

    private static async Task VerifyAsync<TAnalyzer>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpCodeFixVerifier<TAnalyzer, MaskValueCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = FlowVerifier<TAnalyzer>.WithLibraries,
        };
        test.TestState.Sources.Add(("Models.cs", FlowVerifier<TAnalyzer>.Models));
        test.FixedState.Sources.Add(("Models.cs", FlowVerifier<TAnalyzer>.Models));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult PhoneLogged(string sink = "ILogger.LogInformation")
        => new DiagnosticResult("PRIV001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Account.PhoneNumber", "user.contact.phone_number", "written to a log by " + sink);

    [Fact]
    public async Task A_personal_string_argument_is_wrapped_in_its_category_mask()
    {
        await VerifyAsync<LogSinkAnalyzer>(
            Body("logger.LogInformation(\"Phone {Phone}\", {|#0:account.PhoneNumber|});"),
            Body("logger.LogInformation(\"Phone {Phone}\", Masking.MaskForCategory(account.PhoneNumber, \"user.contact.phone_number\"));"),
            PhoneLogged());
    }

    [Fact]
    public async Task Inside_interpolated_text_only_the_personal_reads_are_masked()
    {
        await VerifyAsync<LogSinkAnalyzer>(
            Body("logger.LogInformation({|#0:$\"Phone {account.PhoneNumber} of {account.Id}\"|});"),
            Body("logger.LogInformation($\"Phone {Masking.MaskForCategory(account.PhoneNumber, \"user.contact.phone_number\")} of {account.Id}\");"),
            PhoneLogged());
    }

    [Fact]
    public async Task Inside_a_concatenation_only_the_personal_reads_are_masked()
    {
        await VerifyAsync<ExceptionSinkAnalyzer>(
            Body("throw new InvalidOperationException({|#0:\"No card for \" + account.Email|});"),
            Body("throw new InvalidOperationException(\"No card for \" + Masking.MaskForCategory(account.Email, \"user.contact.email\"));"),
            new DiagnosticResult("PRIV003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Account.Email", "user.contact.email", "put into the message of InvalidOperationException"));
    }

    [Fact]
    public async Task An_object_Serilog_destructures_is_replaced_by_its_mask()
    {
        await VerifyAsync<LogSinkAnalyzer>(
            Body("serilog.Information(\"Signed in {@Account}\", {|#0:account|});"),
            Body("serilog.Information(\"Signed in {@Account}\", account.Mask());"),
            PhoneLogged("ILogger.Information (destructured)"));
    }
}
