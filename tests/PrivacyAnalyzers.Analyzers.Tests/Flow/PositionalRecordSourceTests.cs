using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// [PersonalInfo] and data classifications written on a positional record parameter without the <c>property:</c> target
/// describe the property the compiler makes from it.
/// </summary>
public class PositionalRecordSourceTests
{
    private static string Source(string body, string models = "") => """
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop;
        public partial record Subscriber(int Id, [PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile, string Plan);
        public record Caller([PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile);
        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new DataClassification("Shop", "Private")) { }
        }

        public partial record Contact([PrivateData] string Phone, [NoDataClassification] string Theme);
        """ + models + """

        class Service
        {
            void Run(ILogger logger, Subscriber subscriber, Caller caller, Contact contact)
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public async Task A_positional_parameter_marked_without_the_property_target_is_personal()
    {
        var source = Source("logger.LogInformation(\"{M}\", {|#0:subscriber.Mobile|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0)
            .WithMessage("'Subscriber.Mobile' (user.contact.phone_number) is written to a log by ILogger.LogInformation; mask it or log an identifier instead"));
    }

    [Fact]
    public async Task Unmarked_positional_parameters_are_not_personal()
    {
        var source = Source("logger.LogInformation(\"{Id} {Plan}\", subscriber.Id, subscriber.Plan);");

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_copy_of_the_positional_property_is_tracked()
    {
        var source = Source("var mobile = subscriber.Mobile; logger.LogInformation({|#0:$\"Calling {mobile}\"|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Subscriber.Mobile", "user.contact.phone_number", "written to a log by ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_positional_parameter_with_a_data_classification_is_personal_unless_NoDataClassification()
    {
        var source = Source("logger.LogInformation(\"{P}\", {|#0:contact.Phone|}); logger.LogInformation(\"{T}\", contact.Theme);");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Contact.Phone", "PrivateData", "written to a log by ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_record_printing_a_positional_personal_parameter_is_PRIV005()
    {
        var source = Source("logger.LogInformation(\"{C}\", {|#0:caller|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithMessage("'Caller' prints 'Caller.Mobile' (user.contact.phone_number) in the compiler-generated ToString and is written to a log by ILogger.LogInformation; make it partial so that the generated ToString masks personal members"));
    }

    [Fact]
    public async Task A_partial_record_with_a_positional_personal_parameter_prints_it_masked()
    {
        var source = Source("logger.LogInformation(\"{S}\", subscriber);");

        await Verify.VerifyAsync(source);
    }
}
