using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeFixes.Flow;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>The "Make the type partial" fix for PRIV005 on records that keep the compiler's ToString.</summary>
public class MakePrintingTypePartialCodeFixTests
{
    private static DiagnosticResult Printed(string type, string member, string destination)
        => new DiagnosticResult("PRIV005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            type, type + "." + member, "user.contact.email", "the compiler-generated ToString", destination,
            "make it partial so that the generated ToString masks personal members");

    [Fact]
    public async Task The_logged_record_and_its_containing_type_become_partial()
    {
        var test = new CSharpCodeFixVerifier<LogSinkAnalyzer, MakePrintingTypePartialCodeFixProvider>.Test
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using PrivacyAnalyzers;

                public class Api
                {
                    /// <summary>A buyer.</summary>
                    public record Buyer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);
                }

                class Service
                {
                    void Run(ILogger logger, Api.Buyer buyer) => logger.LogInformation("{B}", {|#0:buyer|});
                }
                """,
            FixedCode = """
                using Microsoft.Extensions.Logging;
                using PrivacyAnalyzers;

                public partial class Api
                {
                    /// <summary>A buyer.</summary>
                    public partial record Buyer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);
                }

                class Service
                {
                    void Run(ILogger logger, Api.Buyer buyer) => logger.LogInformation("{B}", buyer);
                }
                """,
            ReferenceAssemblies = FlowVerifier<LogSinkAnalyzer>.WithLibraries,
        };
        test.ExpectedDiagnostics.Add(Printed("Buyer", "Email", "written to a log by ILogger.LogInformation"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_record_without_modifiers_in_another_file_keeps_its_comment_in_front()
    {
        var test = new CSharpCodeFixVerifier<ExceptionSinkAnalyzer, MakePrintingTypePartialCodeFixProvider>.Test
        {
            ReferenceAssemblies = FlowVerifier<ExceptionSinkAnalyzer>.WithLibraries,
        };
        test.TestState.Sources.Add(("Service.cs", """
            class Service
            {
                void Run(Buyer buyer) => throw new System.InvalidOperationException({|#0:$"No card for {buyer}"|});
            }
            """));
        test.TestState.Sources.Add(("Buyer.cs", """
            using PrivacyAnalyzers;

            // A buyer.
            record Buyer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);
            """));
        test.FixedState.Sources.Add(("Service.cs", """
            class Service
            {
                void Run(Buyer buyer) => throw new System.InvalidOperationException($"No card for {buyer}");
            }
            """));
        test.FixedState.Sources.Add(("Buyer.cs", """
            using PrivacyAnalyzers;

            // A buyer.
            partial record Buyer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);
            """));
        test.ExpectedDiagnostics.Add(Printed("Buyer", "Email", "put into the message of InvalidOperationException"));

        await test.RunAsync(CancellationToken.None);
    }
}
