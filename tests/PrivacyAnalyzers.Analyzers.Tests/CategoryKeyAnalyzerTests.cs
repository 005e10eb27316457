using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.CategoryKeyAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class CategoryKeyAnalyzerTests
{
    [Fact]
    public async Task Misspelled_category_is_reported_with_the_closest_key()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo({|#0:"user.contact.phonenumber"|})]
                public string? Mobile { get; set; }

                [PersonalInfo({|#1:"user.contact.emial"|}, Sensitive = false)]
                public string? Email { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0)
                .WithArguments("user.contact.phonenumber", "Mobile", "; did you mean 'user.contact.phone_number'?"),
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(1)
                .WithArguments("user.contact.emial", "Email", "; did you mean 'user.contact.email'?"));
    }

    [Fact]
    public async Task Shortened_key_suggests_the_only_key_that_completes_it()
    {
        const string source = """
            using PrivacyAnalyzers;

            [assembly: DataCategoryDefinition("user.loyalty.points")]

            public partial class Traveller
            {
                [PersonalInfo({|#0:"user.government_id.passport"|})]
                public string? Passport { get; set; }

                [PersonalInfo({|#1:"user.loyalty"|})]
                public string? Loyalty { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0)
                .WithArguments("user.government_id.passport", "Passport", "; did you mean 'user.government_id.passport_number'?"),
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(1)
                .WithArguments("user.loyalty", "Loyalty", ""));
    }

    [Fact]
    public async Task Unknown_category_far_from_every_key_has_no_suggestion()
    {
        const string source = """
            using PrivacyAnalyzers;

            [PersonalInfo({|#0:"shoe_size"|})]
            public partial class Fitting
            {
            }

            public partial class Patient
            {
                public void Record([PersonalInfo({|#1:"user.health_and_medical.blood_type"|})] string bloodType) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0).WithArguments("shoe_size", "Fitting", ""),
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(1).WithArguments("user.health_and_medical.blood_type", "bloodType", ""));
    }

    [Fact]
    public async Task Constants_literals_of_known_keys_and_declared_keys_are_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [assembly: DataCategoryDefinition("user.loyalty.points", Description = "Loyalty points balance")]

            public partial class Member
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string? Mobile { get; set; }

                [PersonalInfo("user.behavior.purchase_history.order_number")]
                public string? LastOrder { get; set; }

                [PersonalInfo(DataCategory.Biometric)]
                public byte[]? Fingerprint { get; set; }

                [PersonalInfo("user.loyalty.points")]
                public int Points { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Child_of_a_declared_key_is_not_known_by_itself()
    {
        const string source = """
            using PrivacyAnalyzers;

            [assembly: DataCategoryDefinition("user.loyalty")]

            public partial class Member
            {
                [PersonalInfo({|#0:"user.loyalty.tier"|})]
                public string? Tier { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.UnknownCategory).WithLocation(0).WithArguments("user.loyalty.tier", "Tier", ""));
    }

    [Fact]
    public async Task Empty_category_is_left_to_PRIV107()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Member
            {
                [PersonalInfo("  ")]
                public string? Nickname { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
