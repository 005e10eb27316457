using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>Masking, pseudonymization, redaction and user sanitizers stop the flow; other calls on the value do not.</summary>
public class SanitizerTests
{
    private static DiagnosticResult PhoneLogged(int location = 0)
        => Verify.Diagnostic("PRIV001").WithLocation(location).WithArguments("Account.PhoneNumber", "user.contact.phone_number", "written to a log by ILogger.LogInformation");

    private static string Body(string body) => """
        using System;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop;
        static class Tokens
        {
            [Sanitizer] public static string Tokenize(string? value) => "token";
            public static string Shorten(string? value) => value ?? "";
            public static string Vault(string? value) => "vault";
        }

        class Service
        {
            void Run(ILogger logger, Account account, PseudonymKey key)
            {
        """ + body + """

            }
        }
        """;

    [Theory]
    [InlineData("logger.LogInformation(Masking.MobilePhone(account.PhoneNumber));")]
    [InlineData("logger.LogInformation(Masking.MaskForCategory(account.PhoneNumber, DataCategory.Contact.PhoneNumber));")]
    [InlineData("logger.LogInformation($\"Phone {Masking.Keep(account.PhoneNumber, 3, 4)}\");")]
    [InlineData("logger.LogInformation(Pseudonymization.Pseudonymize(account.PhoneNumber, key));")]
    [InlineData("logger.LogInformation(Tokens.Tokenize(account.PhoneNumber));")]
    [InlineData("logger.LogInformation(account.Mask().PhoneNumber);")]
    [InlineData("var masked = account.Mask(); logger.LogInformation(masked.PhoneNumber);")]
    [InlineData("var phone = Masking.MobilePhone(account.PhoneNumber); logger.LogInformation(\"{P}\", phone);")]
    public async Task Sanitized_values_are_not_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }

    [Theory]
    [InlineData("logger.LogInformation({|#0:Masking.MobilePhone(account.PhoneNumber) + account.PhoneNumber|});")]
    public async Task Values_sanitized_only_in_part_are_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body), PhoneLogged());
    }

    [Theory]
    [InlineData("var phone = account.PhoneNumber; phone = Masking.MobilePhone(phone); logger.LogInformation(phone);")]
    [InlineData("var phone = account.PhoneNumber; if (phone is null) { return; } phone = Masking.MobilePhone(phone); logger.LogInformation(\"{P}\", phone);")]
    [InlineData("var masked = account.PhoneNumber; masked = Masking.MobilePhone(masked); logger.LogInformation(\"{P}\", masked.Trim());")]
    public async Task A_local_reassigned_to_its_mask_is_clean_after_the_reassignment(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }

    [Fact]
    public async Task Parameters_reassigned_to_their_mask_are_clean_after_the_reassignment()
    {
        var source = """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;

            namespace Shop;
            class Service
            {
                void Run(ILogger logger, Account account, [PersonalInfo(DataCategory.Contact.PhoneNumber)] string phone)
                {
                    logger.LogInformation({|#0:phone|});
                    phone = Masking.MobilePhone(phone);
                    logger.LogInformation(phone);
                    account = account.Mask();
                    logger.LogInformation(account.PhoneNumber);
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("phone", "user.contact.phone_number", "written to a log by ILogger.LogInformation"));
    }

    [Fact]
    public async Task Additional_sanitizers_are_read_from_editorconfig()
    {
        var source = Body("""
                    logger.LogInformation(Tokens.Vault(account.PhoneNumber));
            """);

        await Verify.VerifyAsync(source, "privacy_analyzers.additional_sanitizers = M:Shop.Tokens.Vault(System.String)");
    }

    [Theory]
    [InlineData("logger.LogInformation({|#0:Tokens.Shorten(account.PhoneNumber) + account.PhoneNumber|});")]
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber!.GetHashCode().ToString()|});")]
    public async Task Calls_that_are_not_sanitizers_keep_the_value(string body)
    {
        await Verify.VerifyAsync(Body(body), PhoneLogged());
    }
}
