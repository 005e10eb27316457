using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.ExceptionSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>PRIV003: personal values in an exception's message or Data.</summary>
public class ExceptionSinkAnalyzerTests
{
    private static DiagnosticResult EmailInException(string destination, int location = 0)
        => Verify.Diagnostic("PRIV003").WithLocation(location).WithArguments("Account.Email", "user.contact.email", destination);

    private static string Body(string body) => """
        using System;
        using PrivacyAnalyzers;

        namespace Shop;
        class AccountLockedException : Exception
        {
            public AccountLockedException(string message, int attempts) : base(message) { }
        }

        class Service
        {
            void Run(Account account, Exception error)
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public async Task Exception_message_is_flagged_with_the_rule_message()
    {
        var source = Body("throw new InvalidOperationException({|#0:$\"No account for {account.Email}\"|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV003").WithLocation(0)
            .WithMessage("'Account.Email' (user.contact.email) is put into the message of InvalidOperationException; exceptions reach logs and responses, so mask it or use an identifier instead"));
    }

    [Theory]
    [InlineData("throw new ArgumentException({|#0:\"Bad \" + account.Email|}, nameof(account));", "put into the message of ArgumentException")]
    [InlineData("var text = account.Email; throw new AccountLockedException({|#0:text!|}, 3);", "put into the message of AccountLockedException")]
    [InlineData("error.Data[\"email\"] = {|#0:account.Email|};", "put into Exception.Data")]
    [InlineData("error.Data.Add(\"email\", {|#0:account.Email|});", "put into Exception.Data")]
    public async Task Exception_messages_and_data_are_flagged(string body, string destination)
    {
        await Verify.VerifyAsync(Body(body), EmailInException(destination));
    }

    [Theory]
    [InlineData("throw new InvalidOperationException($\"No account {account.Id}\");")]
    [InlineData("throw new ArgumentException(\"Bad email\", nameof(account.Email));")]
    [InlineData("throw new InvalidOperationException($\"No account for {Masking.Email(account.Email)}\");")]
    [InlineData("error.Data[\"account\"] = account.Id;")]
    [InlineData("throw new InvalidOperationException($\"Email length {account.Email?.Length}\");")]
    public async Task Plain_masked_and_non_text_values_in_exceptions_are_not_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }
}
