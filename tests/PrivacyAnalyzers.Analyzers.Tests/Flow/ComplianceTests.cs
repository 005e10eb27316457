using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// Microsoft.Extensions.Compliance, referenced for real: data classification attributes are sources, <c>Redactor.Redact</c>
/// sanitizes, and classified parameters of [LoggerMessage] methods are redacted by Microsoft's logging generator.
/// </summary>
public class ComplianceTests
{
    private const string Classifications = """
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;

        namespace Shop;
        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new DataClassification("Shop", "Private")) { }
        }

        public class Profile
        {
            [PrivateData] public string? Phone { get; set; }
            [NoDataClassification] public string? Theme { get; set; }
        }

        """;

    private static DiagnosticResult Logged(string member, string category, string sink, int location = 0)
        => Verify.Diagnostic("PRIV001").WithLocation(location).WithArguments(member, category, "written to a log by " + sink);

    private static string InMethod(string body, string members = "") => Classifications + """
        partial class Service
        {
            void Run(ILogger logger, Profile profile, Account account, Redactor redactor)
            {
        """ + body + """

            }
        """ + members + """

        }
        """;

    [Fact]
    public async Task A_member_with_a_data_classification_is_personal()
    {
        var source = InMethod("logger.LogInformation({|#0:profile.Phone|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0)
            .WithMessage("'Profile.Phone' (PrivateData) is written to a log by ILogger.LogInformation; mask it or log an identifier instead"));
    }

    [Fact]
    public async Task A_member_marked_NoDataClassification_is_not_personal()
    {
        var source = InMethod("logger.LogInformation(profile.Theme); logger.LogInformation(\"{Theme}\", profile.Theme);");

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Data_classifications_are_sources_without_the_PrivacyAnalyzers_runtime()
    {
        var source = InMethod("logger.LogInformation({|#0:profile.Phone|}); logger.LogInformation(profile.Theme);").Replace(", Account account", "");
        var test = new Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>.Test
        {
            TestCode = source,
            ReferenceAssemblies = Verify.WithLibraries,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Verify.Compliance);
        test.ExpectedDiagnostics.Add(Logged("Profile.Phone", "PrivateData", "ILogger.LogInformation"));

        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("logger.LogInformation(redactor.Redact(profile.Phone));")]
    [InlineData("logger.LogInformation(\"{Phone}\", redactor.Redact(account.PhoneNumber));")]
    [InlineData("var redacted = redactor.Redact(account.PhoneNumber); logger.LogInformation($\"Phone {redacted}\");")]
    public async Task Redactor_Redact_sanitizes(string body)
    {
        await Verify.VerifyAsync(InMethod(body));
    }

    [Fact]
    public async Task The_value_given_to_Redact_is_still_personal_elsewhere()
    {
        var source = InMethod("var redacted = redactor.Redact(account.PhoneNumber); logger.LogInformation({|#0:account.PhoneNumber + redacted|});");

        await Verify.VerifyAsync(source, Logged("Account.PhoneNumber", "user.contact.phone_number", "ILogger.LogInformation"));
    }

    private const string LoggerMessages = """

            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in {Phone}")]
            static partial void SignedInRedacted(ILogger logger, [PrivateData] string? phone);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Signed in {Phone}")]
            static partial void SignedInPlain(ILogger logger, string? phone);

            [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Signed in {Phone}")]
            static partial void SignedInUnclassified(ILogger logger, [NoDataClassification] string? phone);

            static partial void SignedInRedacted(ILogger logger, string? phone) { }
            static partial void SignedInPlain(ILogger logger, string? phone) { }
            static partial void SignedInUnclassified(ILogger logger, string? phone) { }
        """;

    [Fact]
    public async Task A_LoggerMessage_parameter_with_a_data_classification_is_redacted_and_not_flagged()
    {
        var source = InMethod("SignedInRedacted(logger, account.PhoneNumber); SignedInRedacted(logger, profile.Phone);", LoggerMessages);

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_LoggerMessage_parameter_without_a_classification_is_flagged()
    {
        var source = InMethod("SignedInPlain(logger, {|#0:account.PhoneNumber|}); SignedInUnclassified(logger, {|#1:profile.Phone|});", LoggerMessages);

        await Verify.VerifyAsync(
            source,
            Logged("Account.PhoneNumber", "user.contact.phone_number", "Service.SignedInPlain"),
            Logged("Profile.Phone", "PrivateData", "Service.SignedInUnclassified", location: 1));
    }
}
