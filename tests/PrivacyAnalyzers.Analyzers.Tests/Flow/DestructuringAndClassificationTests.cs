using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// Direct flows the first design missed: whole objects destructured by a Microsoft.Extensions.Logging template, lists
/// and arrays of them, personal values among a params array's elements, and members classified by a user's subclass
/// of a data classification attribute subclass.
/// </summary>
public class DestructuringAndClassificationTests
{
    private static string InMethod(string parameters, string body) => """
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;

        namespace Shop;
        class Service
        {
            void Run(
        """ + parameters + ")\n    {\n" + body + "\n    }\n}\n";

    private static DiagnosticResult PhoneDestructured(string sink = "ILogger.LogInformation")
        => Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Account.PhoneNumber", "user.contact.phone_number", "written to a log by " + sink + " (destructured)");

    [Theory]
    [InlineData("logger.LogInformation(\"Signed in {@Account}\", {|#0:account|});", "ILogger.LogInformation")]
    [InlineData("logger.LogWarning(\"{Id} {@Accounts}\", account.Id, {|#0:accounts|});", "ILogger.LogWarning")]
    [InlineData("logger.LogError(\"{@Accounts}\", {|#0:array|});", "ILogger.LogError")]
    [InlineData("using var scope = logger.BeginScope(\"{@Account}\", {|#0:account|});", "ILogger.BeginScope")]
    public async Task Microsoft_logging_destructuring_holes_write_the_personal_members(string call, string sink)
    {
        var source = InMethod("ILogger logger, Account account, List<Account> accounts, Account[] array", call);

        await Verify.VerifyAsync(source, PhoneDestructured(sink));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"Signed in {Account}\", account);")]
    [InlineData("logger.LogInformation(\"{@Id} {Account}\", account.Id, account);")]
    [InlineData("logger.LogInformation(\"{@Account}\", account.Mask());")]
    [InlineData("logger.LogInformation(\"{@Accounts}\", accounts.Count);")]
    public async Task Microsoft_logging_objects_printed_by_their_masking_ToString_are_not_flagged(string call)
    {
        await Verify.VerifyAsync(InMethod("ILogger logger, Account account, List<Account> accounts", call));
    }

    [Theory]
    [InlineData("logger.LogInformation({|#0:string.Join(\",\", account.Nickname, account.PhoneNumber, account.Id)|});")]
    [InlineData("logger.LogInformation({|#0:string.Concat(account.Nickname, \"-\", account.Nickname, \"-\", account.PhoneNumber)|});")]
    [InlineData("logger.LogInformation({|#0:string.Format(\"{0} {1} {2} {3}\", account.Id, account.Nickname, 3, account.PhoneNumber)|});")]
    public async Task A_personal_value_among_a_params_array_is_flagged(string call)
    {
        var source = InMethod("ILogger logger, Account account", call);

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Account.PhoneNumber", "user.contact.phone_number", "written to a log by ILogger.LogInformation"));
    }

    [Fact]
    public async Task Members_classified_by_a_subclass_of_a_classification_subclass_are_personal()
    {
        var source = """
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            namespace Shop;

            public class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("shop", "private")) { }
            }

            public sealed class ContactDataAttribute : PrivateDataAttribute { }

            public class Profile
            {
                [ContactData] public string Phone { get; set; } = "";
                public string City { get; set; } = "";
            }

            public partial struct Card
            {
                [ContactData] public string Holder;
            }

            class Service
            {
                void Run(ILogger logger, Profile profile, Card card)
                {
                    logger.LogInformation("{P}", {|#0:profile.Phone|});
                    logger.LogInformation("{H}", {|#1:card.Holder|});
                    logger.LogInformation("{C}", profile.City);
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Profile.Phone", "ContactData", "written to a log by ILogger.LogInformation"),
            Verify.Diagnostic("PRIV001").WithLocation(1).WithArguments("Card.Holder", "ContactData", "written to a log by ILogger.LogInformation"));
    }
}
