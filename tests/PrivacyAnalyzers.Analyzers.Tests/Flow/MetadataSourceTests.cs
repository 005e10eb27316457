using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>[PersonalInfo] read from a referenced assembly's metadata is a source like one in source.</summary>
public class MetadataSourceTests
{
    private const string Library = """
        using PrivacyAnalyzers;
        namespace Contacts;
        public class Contact
        {
            public int Id { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Phone { get; set; }

            [return: PersonalInfo(DataCategory.Contact.Email)]
            public static string FindEmail(int id) => "";
        }
        """;

    [Fact]
    public async Task Members_and_returns_marked_in_a_referenced_assembly_are_sources()
    {
        var test = new CSharpAnalyzerVerifier<LogSinkAnalyzer>.Test
        {
            TestCode = """
                using Contacts;
                using Microsoft.Extensions.Logging;
                class Service
                {
                    void Run(ILogger logger, Contact contact)
                    {
                        logger.LogInformation({|#0:contact.Phone|});
                        logger.LogInformation({|#1:Contact.FindEmail(contact.Id)|});
                        logger.LogInformation("{Id}", contact.Id);
                    }
                }
                """,
            ReferenceAssemblies = Verify.WithLibraries,
        };
        test.TestState.AdditionalReferences.Add(await CompileAsync(Library));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Contact.Phone", "user.contact.phone_number", "written to a log by ILogger.LogInformation"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("PRIV001").WithLocation(1).WithArguments("Contact.FindEmail", "user.contact.email", "written to a log by ILogger.LogInformation"));

        await test.RunAsync(CancellationToken.None);
    }

    private static async Task<MetadataReference> CompileAsync(string source)
    {
        var references = await Verify.WithLibraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Contacts",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
