using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeFixes.Flow;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.PersonalReturnAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>PRIV010: methods other projects can call that return personal information without declaring it, and the fix that declares it.</summary>
public class PersonalReturnAnalyzerTests
{
    private static DiagnosticResult Returns(string method, string member, string category, int location = 0)
        => new DiagnosticResult("PRIV010", DiagnosticSeverity.Info).WithLocation(location).WithArguments(method, member, category);

    [Fact]
    public async Task Public_and_internal_methods_returning_a_personal_value_are_flagged()
    {
        var source = """
            using System.Threading.Tasks;
            namespace Shop;
            public static class Contacts
            {
                public static string? {|#0:Phone|}(Account account) => account.PhoneNumber;
                internal static string {|#1:Describe|}(this Account account) => $"{account.Nickname} <{account.Email}>";
                public static async Task<string?> {|#2:EmailAsync|}(Account account) { await Task.Yield(); return account.Email; }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Returns("Contacts.Phone", "Account.PhoneNumber", "user.contact.phone_number", 0),
            Returns("Contacts.Describe", "Account.Email", "user.contact.email", 1),
            Returns("Contacts.EmailAsync", "Account.Email", "user.contact.email", 2));
    }

    [Fact]
    public async Task Declared_private_masked_plain_and_object_returns_are_not_flagged()
    {
        var source = """
            using PrivacyAnalyzers;
            namespace Shop;
            public class Contacts
            {
                [return: PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public static string? Declared(Account account) => account.PhoneNumber;
                private static string? Hidden(Account account) => account.PhoneNumber;
                public static string? Masked(Account account) => Masking.MobilePhone(account.PhoneNumber);
                public static int Length(Account account) => account.PhoneNumber?.Length ?? 0;
                public static bool HasPhone(Account account) => account.PhoneNumber is not null;
                public static Account Same(Account account) => account;
                public static string? Nickname(Account account) => account.Nickname;
                public static string? Echo(string? value) => value;
                public override string ToString() => Hidden(new Account()) ?? "";
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task The_fix_declares_the_return_value_with_its_category()
    {
        var test = new CSharpCodeFixVerifier<PersonalReturnAnalyzer, DeclarePersonalReturnCodeFixProvider>.Test
        {
            TestCode = """
                namespace Shop;
                public static class Contacts
                {
                    /// <summary>The number to call.</summary>
                    public static string? {|#0:Phone|}(Account account) => account.PhoneNumber;
                }
                """,
            FixedCode = """
                namespace Shop;
                public static class Contacts
                {
                    /// <summary>The number to call.</summary>
                    [return: PrivacyAnalyzers.PersonalInfo("user.contact.phone_number")]
                    public static string? Phone(Account account) => account.PhoneNumber;
                }
                """,
            ReferenceAssemblies = Verify.WithLibraries,
        };
        test.TestState.Sources.Add(("Models.cs", Verify.Models));
        test.FixedState.Sources.Add(("Models.cs", Verify.Models));
        test.ExpectedDiagnostics.Add(Returns("Contacts.Phone", "Account.PhoneNumber", "user.contact.phone_number"));

        await test.RunAsync(CancellationToken.None);
    }
}
