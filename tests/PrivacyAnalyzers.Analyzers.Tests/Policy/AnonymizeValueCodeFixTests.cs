using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeFixes.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>The "Anonymize the value" fix for PRIV002: whole objects with an Anonymize(PseudonymKey) and a key in scope.</summary>
public class AnonymizeValueCodeFixTests
{
    private const string Policy = """
        { "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount"] } ] }
        """;

    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop;

        // Anonymize stands in for the generated one.
        public partial class Order : IAnonymizable<Order>
        {
            [PersonalInfo(DataCategory.Transaction.Amount)] public decimal Amount { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
            public Order Anonymize(PseudonymKey key) => new Order { Amount = Amount };
        }

        [ThirdParty("WeChat Pay")]
        public class WeChatPayClient
        {
            public void Submit(Order order) { }
            public void Note(string text) { }
        }
        """;

    private static DiagnosticResult BuyerPhoneShared(int location, string sink = "WeChatPayClient.Submit")
        => new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(location).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", sink, "approves only user.behavior.purchase_history.amount for it");

    [Fact]
    public async Task A_whole_object_is_replaced_by_its_anonymized_copy_with_the_key_in_scope()
    {
        await VerifyAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout(PseudonymKey key)
            {
                public void Run(Order order, Order[] orders, WeChatPayClient client)
                {
                    client.Submit({|#0:order|});
                    client.Submit({|#1:orders[0]|});
                }
            }
            """,
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout(PseudonymKey key)
            {
                public void Run(Order order, Order[] orders, WeChatPayClient client)
                {
                    client.Submit(order.Anonymize(key));
                    client.Submit(orders[0].Anonymize(key));
                }
            }
            """,
            BuyerPhoneShared(0), BuyerPhoneShared(1));
    }

    [Fact]
    public async Task With_several_keys_in_scope_each_gets_its_own_action()
    {
        var test = new CSharpCodeFixVerifier<ThirdPartySharingAnalyzer, AnonymizeValueCodeFixProvider>.Test
        {
            TestCode = """
                using PrivacyAnalyzers;

                namespace Shop;

                public class Checkout(PseudonymKey tenantKey)
                {
                    public void Run(Order order, WeChatPayClient client, PseudonymKey auditKey) => client.Submit({|#0:order|});
                }
                """,
            FixedCode = """
                using PrivacyAnalyzers;

                namespace Shop;

                public class Checkout(PseudonymKey tenantKey)
                {
                    public void Run(Order order, WeChatPayClient client, PseudonymKey auditKey) => client.Submit(order.Anonymize(tenantKey));
                }
                """,
            CodeActionEquivalenceKey = "AnonymizeValueCodeFixProvider.tenantKey",
            CodeActionIndex = 1,
        };
        test.TestState.Sources.Add(("Models.cs", Models));
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.FixedState.Sources.Add(("Models.cs", Models));
        test.FixedState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.Add(BuyerPhoneShared(0));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_fix_without_a_key_in_scope_or_for_a_single_value()
    {
        await VerifyAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout
            {
                private PseudonymKey _instanceKey = null!;          // not readable from static code

                public static void Run(Order order, WeChatPayClient client)
                {
                    client.Submit({|#0:order|});
                    var key = default(PseudonymKey)!;                // declared after the call
                }

                public void Text(Order order, WeChatPayClient client, PseudonymKey key) => client.Note({|#1:order.BuyerPhone|});
            }
            """,
            null,
            BuyerPhoneShared(0), BuyerPhoneShared(1, "WeChatPayClient.Note"));
    }

    private static async Task VerifyAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixVerifier<ThirdPartySharingAnalyzer, AnonymizeValueCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource ?? source,
        };
        test.TestState.Sources.Add(("Models.cs", Models));
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.FixedState.Sources.Add(("Models.cs", Models));
        test.FixedState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.AddRange(expected);
        if (fixedSource is not null)
        {
            test.FixedState.ExpectedDiagnostics.Clear();
        }
        else
        {
            test.FixedState.ExpectedDiagnostics.AddRange(expected);
        }

        await test.RunAsync(CancellationToken.None);
    }
}
