using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeModel.Policy;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>A policy file being typed, and [ThirdParty] code being typed, never make the analyzers throw.</summary>
public class PolicyRobustnessTests
{
    [Fact]
    public void Every_prefix_of_the_reference_policy_reads_with_exactly_one_syntax_error()
    {
        var text = PolicyReaderTests.DocumentedExample().TrimEnd();

        for (var length = 0; length < text.Length; length++)
        {
            var document = PolicyReader.Read(text.Substring(0, length));

            var syntax = Assert.Single(document.Problems, problem => problem.Kind == PolicyProblemKind.MalformedJson);
            Assert.InRange(syntax.Span.End, 0, length);
        }

        Assert.Empty(PolicyReader.Read(text).Problems);
    }

    [Fact]
    public void Every_single_character_replacement_in_the_reference_policy_reads_without_throwing()
    {
        var text = PolicyReaderTests.DocumentedExample();
        var replacements = new[] { '{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', ' ', '\n' };

        foreach (var replacement in replacements)
        {
            for (var index = 0; index < text.Length; index += 7)
            {
                var changed = text.Substring(0, index) + replacement + text.Substring(index + 1);

                var document = PolicyReader.Read(changed);

                Assert.All(document.Problems, problem => Assert.InRange(problem.Span.End, 0, changed.Length));
            }
        }
    }

    [Fact]
    public async Task Half_typed_third_party_code_does_not_make_the_analyzer_throw()
    {
        var test = new Verifier.Test
        {
            TestCode = """
                using PrivacyAnalyzers;

                public partial class Account { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = ""; }

                [ThirdParty()] public class NoName { public void Send(string s) { } }
                [ThirdParty(null)] public class NullName { public void Send(string s) { } }
                [ThirdParty(42)] public class NumberName { public void Send(string s) { } }
                [ThirdParty("")] public class EmptyName { public void Send(string s) { } }
                [ThirdParty("WeChat Pay")] public class Client : Missing { public void Send(string s) { } }

                public class Use
                {
                    public void Run(Account account, Client client, NoName a, NullName b, NumberName c, EmptyName d)
                    {
                        client.Send();
                        client.Send(account.Email);
                        client.Send(account.Email, 1);
                        client.Unknown(account.Email);
                        new Client(account.Email);
                        a.Send(account.Email); b.Send(account.Email); c.Send(account.Email); d.Send(account.Email);
                        client.Send(account.
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", "{ \"recipients\": [ { \"name\": \"WeChat Pay\", \"categories\": [] } ] }"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithSpan(16, 21, 16, 34).WithArguments(
            "'Account.Email' (user.contact.email) is", "WeChat Pay", "Client.Send", "approves no personal information for it"));

        await test.RunAsync(CancellationToken.None);
    }
}
