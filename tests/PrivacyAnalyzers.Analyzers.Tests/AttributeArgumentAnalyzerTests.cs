using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.AttributeArgumentAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class AttributeArgumentAnalyzerTests
{
    [Fact]
    public async Task Negative_mask_keep_counts_are_reported_on_the_argument()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Card
            {
                [PersonalInfo(DataCategory.Financial.CreditCard)]
                [Mask({|#0:-1|}, 4)]
                public string? Number { get; set; }

                [PersonalInfo(DataCategory.Financial.BankAccount)]
                [Mask(keepLast: {|#1:-2|}, keepFirst: 0)]
                public string? Account { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(0)
                .WithArguments("[Mask] on 'Number': keepFirst is -1; the number of characters kept cannot be negative"),
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(1)
                .WithArguments("[Mask] on 'Account': keepLast is -2; the number of characters kept cannot be negative"));
    }

    [Fact]
    public async Task Missing_or_non_positive_bucket_size_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Profile
            {
                [PersonalInfo(DataCategory.Demographic.All)]
                [{|#0:Anonymize(AnonymizeStrategy.Generalize)|}]
                public int Age { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Bucket, BucketSize = {|#1:-5|})]
                public decimal? Amount { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(0)
                .WithArguments("[Anonymize] on 'Age': a number is generalized to a bucket; set BucketSize to a positive width"),
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(1)
                .WithArguments("[Anonymize] on 'Amount': BucketSize is -5; a bucket needs a positive, finite width"));
    }

    [Fact]
    public async Task Empty_category_and_empty_recipient_are_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Profile
            {
                [PersonalInfo({|#0:""|})]
                public string? Nickname { get; set; }

                [PersonalInfo({|#1:"   "|})]
                public string? Motto;
            }

            public interface IPayments
            {
                [ThirdParty({|#2:""|})]
                void Pay([PersonalInfo({|#3:null!|})] string orderNumber);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(0)
                .WithArguments("[PersonalInfo] on 'Nickname': the category is empty; use a key such as DataCategory.Contact.Email"),
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(1)
                .WithArguments("[PersonalInfo] on 'Motto': the category is empty; use a key such as DataCategory.Contact.Email"),
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(2)
                .WithArguments("[ThirdParty] on 'Pay': the recipient is empty; name the recipient as the privacy policy does"),
            VerifyCS.Diagnostic(RuleCatalog.InvalidAttributeArgument).WithLocation(3)
                .WithArguments("[PersonalInfo] on 'orderNumber': the category is empty; use a key such as DataCategory.Contact.Email"));
    }

    [Fact]
    public async Task Valid_arguments_are_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [ThirdParty("WeChat Pay")]
            public partial class Payment
            {
                [PersonalInfo(DataCategory.Transaction.OrderNumber)]
                [Mask(0, 4)]
                public string? OrderNumber { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [Anonymize(AnonymizeStrategy.Generalize, BucketSize = 50)]
                public double Amount { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [Anonymize(AnonymizeStrategy.Suppress)]
                public long Cents { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                [Anonymize(AnonymizeStrategy.Generalize)]
                public System.DateTime BirthDate { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Missing_arguments_are_left_to_the_compiler()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Profile
            {
                [{|CS7036:PersonalInfo|}]
                public string? Nickname { get; set; }

                [{|CS1729:Mask(1, 2, 3)|}]
                public string? Motto { get; set; }

                [PersonalInfo(DataCategory.Demographic.All)]
                [Anonymize(AnonymizeStrategy.Generalize, BucketSize = {|CS0029:"wide"|})]
                public int Age { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
