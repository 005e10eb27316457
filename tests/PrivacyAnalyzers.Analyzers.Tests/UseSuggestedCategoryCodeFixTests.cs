using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Analyzers.CategoryKeyAnalyzer,
    PrivacyAnalyzers.CodeFixes.UseSuggestedCategoryCodeFixProvider>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class UseSuggestedCategoryCodeFixTests
{
    [Fact]
    public async Task Replaces_the_misspelled_key_with_the_suggestion()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo({|#0:"user.contact.PhoneNumber"|}, Sensitive = true)]
                public string? Mobile { get; set; }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo("user.contact.phone_number", Sensitive = true)]
                public string? Mobile { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0)
                .WithArguments("user.contact.PhoneNumber", "Mobile", "; did you mean 'user.contact.phone_number'?"),
            fixedSource);
    }

    [Fact]
    public async Task Offers_no_fix_without_a_suggestion()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo({|#0:"shoe_size"|})]
                public string? Shoe { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0).WithArguments("shoe_size", "Shoe", ""),
            source);
    }
}
