using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.TypeNotPartialAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>[PersonalInfo] on a positional record parameter, without the property: target, makes the record hold personal information.</summary>
public class PositionalRecordParameterTests
{
    [Fact]
    public async Task Record_that_is_not_partial_with_an_attributed_parameter_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public record {|#0:Customer|}([PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Customer", "is"));
    }

    [Fact]
    public async Task Record_whose_declared_property_hides_the_attributed_parameter_is_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public record Customer([PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile)
            {
                public string Mobile { get; init; } = Mobile;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
