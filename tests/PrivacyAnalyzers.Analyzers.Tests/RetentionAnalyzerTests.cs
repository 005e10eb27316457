using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.RetentionAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class RetentionAnalyzerTests
{
    [Fact]
    public async Task RetainFor_without_a_period_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [{|#0:RetainFor(Basis = "Cybersecurity Law Art. 21")|}]
            public partial class LoginLog
            {
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.RetentionPeriodInvalid).WithLocation(0).WithArguments("LoginLog", "sets no period"));
    }

    [Fact]
    public async Task RetainFor_with_negative_or_zero_period_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [{|#0:RetainFor(Years = 1, Days = -30)|}]
            public partial class LoginLog
            {
                [{|#1:RetainFor(Months = 0)|}]
                public string? Origin { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.RetentionPeriodInvalid).WithLocation(0).WithArguments("LoginLog", "has a negative period (Days = -30)"),
            VerifyCS.Diagnostic(RuleCatalog.RetentionPeriodInvalid).WithLocation(1).WithArguments("Origin", "has a period of zero"));
    }

    [Fact]
    public async Task RetainFor_From_naming_no_member_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            [RetainFor(Months = 6, From = {|#0:"CompletedOn"|})]
            public partial class Order
            {
                public DateTime CompletedAt { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.RetentionFromInvalid).WithLocation(0).WithArguments("Order", "CompletedOn", "names no property or field of 'Order'"));
    }

    [Fact]
    public async Task RetainFor_From_naming_a_member_that_is_not_a_date_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [RetainFor(Years = 3, From = {|#0:nameof(OrderNumber)|})]
            public partial class Order
            {
                public string? OrderNumber { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.RetentionFromInvalid).WithLocation(0).WithArguments("Order", "OrderNumber", "is of type 'string?', not DateTime or DateTimeOffset"));
    }

    [Fact]
    public async Task RetainFor_From_naming_a_static_date_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            [RetainFor(Days = 30, From = {|#0:nameof(Epoch)|})]
            public partial class Session
            {
                public static DateTime Epoch { get; } = DateTime.UnixEpoch;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.RetentionFromInvalid).WithLocation(0).WithArguments("Session", "Epoch", "is static; the expiry is computed from an instance member"));
    }

    [Fact]
    public async Task Period_that_does_not_bind_is_left_to_the_compiler()
    {
        const string source = """
            using PrivacyAnalyzers;

            [RetainFor(Years = {|CS0029:"three"|})]
            public partial class LoginLog
            {
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Valid_retention_including_inherited_and_nullable_dates_is_not_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public abstract class Entity
            {
                public DateTimeOffset? CreatedAt { get; set; }
            }

            [RetainFor(Years = 3, From = nameof(CreatedAt), Basis = "E-Commerce Law Art. 31")]
            public partial class Order : Entity
            {
                [RetainFor(Days = 180, From = nameof(ShippedAt))]
                public string? TrackingNumber { get; set; }

                public DateTime ShippedAt;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
