using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.PurposeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV008: [Purpose] code using personal information not collected for that purpose; PRIV206: undeclared purpose ids.</summary>
public class PurposeAnalyzerTests
{
    internal const string Policy = """
        {
          "purposes": [ { "id": "account" }, { "id": "payment" }, { "id": "notification" }, { "id": "recommendation" } ]
        }
        """;

    internal const string Models = """
        using PrivacyAnalyzers;

        namespace Shop;

        public partial class Account
        {
            [PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { "account", "notification" })]
            public string Phone { get; set; } = "";

            [PersonalInfo(DataCategory.Transaction.OrderNumber, Purposes = new[] { "payment" })]
            public string LastOrder = "";

            [PersonalInfo(DataCategory.Contact.Email)]
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Members_collected_for_the_declared_purpose_or_declaring_none_and_undeclared_code_are_not_reported()
    {
        await RunAsync("""
            using PrivacyAnalyzers;

            namespace Shop;

            public class Notifier
            {
                [Purpose("notification")]
                public string Text(Account account) => account.Phone + " " + account.Email + " " + nameof(account.LastOrder);

                public string Anything(Account account) => account.Phone + account.LastOrder;
            }
            """);
    }

    [Fact]
    public async Task A_member_not_collected_for_the_purpose_of_the_method_or_its_type_is_reported()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            [Purpose("recommendation")]
            public class Recommender
            {
                public Recommender(Account account) => Seed = {|#0:account.Phone|};

                public string Seed { get; }

                public string Profile(Account account) => {|#1:account.LastOrder|} + account.Email;

                [Purpose("payment")]
                public string Pay(Account account) => account.LastOrder + {|#2:account.Phone|};

                public string Summary => {|#3:new Account().Phone|};

                public class Nested
                {
                    public void Store(Account account) => {|#4:account.Phone|} = "";
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                "'Account.Phone' (user.contact.phone_number)", "recommendation", "new Recommender", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(1).WithArguments(
                "'Account.LastOrder' (user.behavior.purchase_history.order_number)", "recommendation", "Recommender.Profile", "payment"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(2).WithArguments(
                "'Account.Phone' (user.contact.phone_number)", "payment", "Recommender.Pay", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(3).WithArguments(
                "'Account.Phone' (user.contact.phone_number)", "recommendation", "Recommender.Summary", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(4).WithArguments(
                "'Account.Phone' (user.contact.phone_number)", "recommendation", "Nested.Store", "account, notification"));
    }

    [Fact]
    public async Task Purpose_ids_the_policy_does_not_declare_are_reported_where_they_are_written()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Marketing
            {
                [Purpose({|#0:"advertising"|})]
                public void Target(Account account) { }

                [PersonalInfo(DataCategory.Contact.Email, Purposes = new[] { "notification", {|#1:"newsletter"|} })]
                public string Email { get; set; } = "";
            }
            """,
            Verifier.Diagnostic(RuleCatalog.UnknownPurpose).WithLocation(0).WithArguments(
                "advertising", "; it declares 'account', 'payment', 'notification', 'recommendation'"),
            Verifier.Diagnostic(RuleCatalog.UnknownPurpose).WithLocation(1).WithArguments(
                "newsletter", "; it declares 'account', 'payment', 'notification', 'recommendation'"));
    }

    [Fact]
    public async Task Without_a_policy_file_no_purpose_is_declared()
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add("""
            using PrivacyAnalyzers;

            public class Marketing
            {
                [Purpose({|#0:"advertising"|})]
                public void Target() { }
            }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.UnknownPurpose).WithLocation(0).WithArguments(
            "advertising", "; the project has no privacy policy file (privacy.json), so no purpose is declared"));
        await test.RunAsync(CancellationToken.None);
    }

    private static Task RunAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
