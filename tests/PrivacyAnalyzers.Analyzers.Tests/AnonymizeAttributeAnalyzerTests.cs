using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.AnonymizeAttributeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class AnonymizeAttributeAnalyzerTests
{
    [Fact]
    public async Task Pseudonymize_on_unsupported_type_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                [{|#0:Anonymize(AnonymizeStrategy.Pseudonymize)|}]
                public DateTime BirthDate { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(0)
                .WithArguments("Pseudonymize", "BirthDate", "DateTime", "Pseudonymize applies to string, Guid and long; the member is suppressed instead"));
    }

    [Fact]
    public async Task Generalize_to_a_form_the_type_has_not_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public partial class Visit
            {
                [PersonalInfo(DataCategory.Device.IpAddress)]
                [{|#0:Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)|}]
                public string? Ip { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                [{|#1:Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Bucket, BucketSize = 10)|}]
                public DateTimeOffset BirthDate { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [{|#2:Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)|}]
                public decimal Amount { get; set; }

                [PersonalInfo(DataCategory.Device.DeviceId)]
                [{|#3:Anonymize(AnonymizeStrategy.Generalize)|}]
                public Guid DeviceId { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(0)
                .WithArguments("Generalize, To = Year", "Ip", "string?", "strings generalize to IPv4Network; the member is suppressed instead"),
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(1)
                .WithArguments("Generalize, To = Bucket", "BirthDate", "DateTimeOffset", "dates generalize to Year or Month; the member is suppressed instead"),
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(2)
                .WithArguments("Generalize, To = Month", "Amount", "decimal", "numbers generalize to Bucket; the member is suppressed instead"),
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(3)
                .WithArguments("Generalize", "DeviceId", "Guid", "Generalize applies to DateTime, DateTimeOffset, int, long, decimal, double and IPv4 strings; the member is suppressed instead"));
    }

    [Fact]
    public async Task Strategy_outside_the_enum_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Visit
            {
                [PersonalInfo(DataCategory.Account.Username)]
                [{|#0:Anonymize((AnonymizeStrategy)7)|}]
                public string? UserName { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.AnonymizationNotApplicable).WithLocation(0)
                .WithArguments("7", "UserName", "string?", "the strategy is not one of Suppress, Pseudonymize, Generalize or Keep; the member is suppressed instead"));
    }

    [Fact]
    public async Task Strategies_that_fit_their_types_are_not_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Visit
            {
                [PersonalInfo(DataCategory.UniqueId)]
                [Anonymize(AnonymizeStrategy.Pseudonymize)]
                public Guid? VisitorId { get; set; }

                [PersonalInfo(DataCategory.Account.Username)]
                [Anonymize(AnonymizeStrategy.Pseudonymize)]
                public string? UserName { get; set; }

                [PersonalInfo(DataCategory.UniqueId)]
                [Anonymize(AnonymizeStrategy.Pseudonymize)]
                public long AccountNumber;

                [PersonalInfo(DataCategory.Device.IpAddress)]
                [Anonymize(AnonymizeStrategy.Generalize)]
                public string? Ip { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                [Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)]
                public DateTime? BirthDate { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Bucket, BucketSize = 100)]
                public double Amount { get; set; }

                [PersonalInfo(DataCategory.Behavior.SearchHistory)]
                [Anonymize(AnonymizeStrategy.Suppress)]
                public List<string> Searches { get; set; } = new List<string>();

                [PersonalInfo(DataCategory.Demographic.Language)]
                [Anonymize(AnonymizeStrategy.Keep)]
                public System.Globalization.CultureInfo? Language { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
