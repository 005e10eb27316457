using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeFixes.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>The "Approve '...' for '...' in privacy.json" fix for PRIV002: edits the policy file, following its layout.</summary>
public class ApproveInPolicyCodeFixTests
{
    private const string Models = """
        using PrivacyAnalyzers;

        namespace Shop;

        public partial class Order : IAnonymizable<Order>
        {
            [PersonalInfo(DataCategory.Transaction.Amount)] public decimal Amount { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
            [PersonalInfo(DataCategory.Contact.Email)] public string BuyerEmail { get; set; } = "";
            public Order Anonymize(PseudonymKey key) => new Order { Amount = Amount };
        }

        [ThirdParty("WeChat Pay")]
        public class WeChatPayClient
        {
            public void Submit(Order order) { }
            public void Note(string text) { }
        }
        """;

    private const string SharesPhone = """
        namespace Shop;

        public class Checkout
        {
            public void Run(Order order, WeChatPayClient client) => client.Note({|#0:order.BuyerPhone|});
        }
        """;

    private const string SharesOrder = """
        namespace Shop;

        public class Checkout
        {
            public void Run(Order order, WeChatPayClient client) => client.Submit({|#0:order|});
        }
        """;

    private const string PhoneKey = "user.contact.phone_number";
    private const string EmailKey = "user.contact.email";

    private static DiagnosticResult PhoneShared(string approval = "approves only user.behavior.purchase_history.amount for it")
        => new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayClient.Note", approval);

    [Fact]
    public async Task A_multi_line_array_gets_a_new_line_with_the_previous_element_indentation()
    {
        await VerifyAsync(
            SharesPhone,
            """
            {
              "recipients": [
                {
                  "name": "WeChat Pay",
                  "categories": [
                    "user.behavior.purchase_history.amount"
                  ]
                }
              ]
            }
            """,
            """
            {
              "recipients": [
                {
                  "name": "WeChat Pay",
                  "categories": [
                    "user.behavior.purchase_history.amount",
                    "user.contact.phone_number"
                  ]
                }
              ]
            }
            """,
            PhoneShared());
    }

    [Fact]
    public async Task The_new_line_follows_the_file_line_breaks()
    {
        await VerifyAsync(
            SharesPhone,
            "{\r\n  \"recipients\": [\r\n    {\r\n      \"name\": \"WeChat Pay\"\r\n    }\r\n  ]\r\n}\r\n",
            "{\r\n  \"recipients\": [\r\n    {\r\n      \"name\": \"WeChat Pay\",\r\n      \"categories\": [\"user.contact.phone_number\"]\r\n    }\r\n  ]\r\n}\r\n",
            PhoneShared("approves no personal information for it"));
    }

    [Fact]
    public async Task A_single_line_array_gets_the_key_appended_inline()
    {
        await VerifyAsync(
            SharesPhone,
            """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount"], "region": "CN" } ] }""",
            """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount", "user.contact.phone_number"], "region": "CN" } ] }""",
            PhoneShared());
    }

    [Fact]
    public async Task An_empty_array_gets_the_key()
    {
        await VerifyAsync(
            SharesPhone,
            """
            {
              "recipients": [
                { "name": "WeChat Pay", "categories": [] }
              ]
            }
            """,
            """
            {
              "recipients": [
                { "name": "WeChat Pay", "categories": ["user.contact.phone_number"] }
              ]
            }
            """,
            PhoneShared("approves no personal information for it"));
    }

    [Fact]
    public async Task A_missing_categories_property_is_added_after_the_name_on_its_own_line()
    {
        await VerifyAsync(
            SharesPhone,
            """
            {
              "recipients": [
                {
                  "name": "WeChat Pay",
                  "region": "CN"
                },
                {
                  "name": "Alipay"
                }
              ]
            }
            """,
            """
            {
              "recipients": [
                {
                  "name": "WeChat Pay",
                  "categories": ["user.contact.phone_number"],
                  "region": "CN"
                },
                {
                  "name": "Alipay"
                }
              ]
            }
            """,
            PhoneShared("approves no personal information for it"));
    }

    [Fact]
    public async Task A_missing_categories_property_of_a_single_line_recipient_is_added_inline()
    {
        await VerifyAsync(
            SharesPhone,
            """{ "recipients": [ { "name": "WeChat Pay" } ] }""",
            """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.contact.phone_number"] } ] }""",
            PhoneShared("approves no personal information for it"));
    }

    [Theory]
    [InlineData(0, "ApproveInPolicyCodeFixProvider.WeChat Pay.user.contact.phone_number", """["user.behavior.purchase_history.amount", "user.contact.phone_number"]""", EmailKey)]
    [InlineData(1, "ApproveInPolicyCodeFixProvider.WeChat Pay.user.contact.email", """["user.behavior.purchase_history.amount", "user.contact.email"]""", PhoneKey)]
    [InlineData(2, "ApproveInPolicyCodeFixProvider.WeChat Pay.user.contact.phone_number+user.contact.email", """["user.behavior.purchase_history.amount", "user.contact.phone_number", "user.contact.email"]""", null)]
    public async Task Several_unapproved_categories_get_one_action_each_then_one_for_all(int index, string equivalenceKey, string approvedCategories, string? stillShared)
    {
        const string Before = """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount"] } ] }""";
        var test = NewTest(SharesOrder, Before, """{ "recipients": [ { "name": "WeChat Pay", "categories": """ + approvedCategories + """ } ] }""");
        test.CodeActionIndex = index;
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) and 'Order.BuyerEmail' (user.contact.email) are", "WeChat Pay", "WeChatPayClient.Submit",
            "approves only user.behavior.purchase_history.amount for it"));
        if (stillShared is not null)
        {
            var member = stillShared == EmailKey ? "'Order.BuyerEmail' (user.contact.email) is" : "'Order.BuyerPhone' (user.contact.phone_number) is";
            var approved = stillShared == EmailKey ? PhoneKey : EmailKey;
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
                member, "WeChat Pay", "WeChatPayClient.Submit", "approves only user.behavior.purchase_history.amount, " + approved + " for it"));
        }

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_titles_name_the_category_the_recipient_and_the_policy_file()
    {
        var test = NewTest(
            SharesPhone,
            """{ "recipients": [ { "name": "WeChat Pay" } ] }""",
            """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.contact.phone_number"] } ] }""");
        test.ExpectedDiagnostics.Add(PhoneShared("approves no personal information for it"));
        test.CodeActionVerifier = (action, verifier) =>
            verifier.Equal("Approve 'user.contact.phone_number' for 'WeChat Pay' in privacy.json", action.Title);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_file_marked_as_the_policy_is_edited_and_its_title_names_it()
    {
        const string Decoy = """{ "recipients": [ { "name": "WeChat Pay", "categories": [] } ] }""";
        var test = NewTest(SharesPhone, policy: null, fixedPolicy: null);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Decoy));
        test.TestState.AdditionalFiles.Add(("/0/policy/simworks.json", """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount"] } ] }"""));
        test.FixedState.AdditionalFiles.Add(("/0/privacy.json", Decoy));
        test.FixedState.AdditionalFiles.Add(("/0/policy/simworks.json", """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount", "user.contact.phone_number"] } ] }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [/0/policy/simworks.json]
            {PolicyFiles.PolicyMetadataKey} = true
            """));
        test.ExpectedDiagnostics.Add(PhoneShared());
        test.CodeActionVerifier = (action, verifier) =>
            verifier.Equal("Approve 'user.contact.phone_number' for 'WeChat Pay' in simworks.json", action.Title);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_recipient_declared_twice_gets_the_key_in_the_declaration_the_policy_uses()
    {
        await VerifyAsync(
            SharesPhone,
            """
            {
              "recipients": [
                { "name": "Alipay", "categories": [] },
                { "name": "WeChat Pay", "categories": [] },
                { "name": "wechat pay", "categories": ["user.contact"] }
              ]
            }
            """,
            """
            {
              "recipients": [
                { "name": "Alipay", "categories": [] },
                { "name": "WeChat Pay", "categories": ["user.contact.phone_number"] },
                { "name": "wechat pay", "categories": ["user.contact"] }
              ]
            }
            """,
            PhoneShared("approves no personal information for it"));
    }

    [Fact]
    public async Task A_recipient_the_policy_does_not_declare_gets_no_fix()
    {
        const string Policy = """{ "recipients": [ { "name": "Alipay", "categories": [] } ] }""";
        var test = NewTest(SharesPhone, Policy, Policy);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("Models.cs", 13, 13, 13, 25).WithArguments("WeChat Pay", "; it declares 'Alipay'"));
        test.ExpectedDiagnostics.Add(PhoneShared("does not declare this recipient"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_a_policy_file_no_fix_is_offered()
    {
        var test = NewTest(SharesPhone, policy: null, fixedPolicy: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.ThirdPartyUnknownRecipient).WithSpan("Models.cs", 13, 13, 13, 25)
            .WithArguments("WeChat Pay", "; the project has no privacy policy file (privacy.json), so no recipient is approved"));
        test.ExpectedDiagnostics.Add(PhoneShared("file (privacy.json) is missing, so no recipient is approved"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_host_no_recipient_declares_gets_no_fix()
    {
        const string Policy = """{ "recipients": [ { "name": "WeChat Pay", "httpHosts": ["api.mch.weixin.qq.com"] } ] }""";
        var test = NewTest(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Tracking(HttpClient http)
            {
                public async Task Run(Order order) => await http.GetAsync({|#0:$"https://collect.tracker.example/hit?u={order.BuyerPhone}"|});
            }
            """,
            Policy,
            Policy);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "unknown host collect.tracker.example", "HttpClient.GetAsync", "declares no recipient with this HTTP host"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_host_a_declared_recipient_lists_gets_the_fix()
    {
        var test = NewTest(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            public class Payment(HttpClient http)
            {
                public async Task Run(Order order) => await http.GetAsync({|#0:$"https://api.mch.weixin.qq.com/pay?u={order.BuyerPhone}"|});
            }
            """,
            """{ "recipients": [ { "name": "WeChat Pay", "httpHosts": ["api.mch.weixin.qq.com"] } ] }""",
            """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.contact.phone_number"], "httpHosts": ["api.mch.weixin.qq.com"] } ] }""");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "HttpClient.GetAsync", "approves no personal information for it"));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("""{ "recipients": [ { "name": "WeChat Pay", "categories": [] } ], }""")]
    [InlineData("""{ "recipients": [ { "name": "WeChat Pay", "categories": [] } ] """)]
    [InlineData("""{ "recipients": [ { "name": "WeChat Pay", "categories": "user.contact" } ] }""")]
    public async Task A_malformed_policy_file_gets_no_fix(string policy)
    {
        var test = NewTest(SharesPhone, policy, policy);
        test.ExpectedDiagnostics.Add(PhoneShared("approves no personal information for it"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_anonymize_fix_is_still_offered_and_listed_first()
    {
        const string Policy = """{ "recipients": [ { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history.amount", "user.contact.email"] } ] }""";
        const string Source = """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Checkout(PseudonymKey key)
            {
                public void Run(Order order, WeChatPayClient client) => client.Submit({|#0:order|});
            }
            """;
        var shared = new DiagnosticResult(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPayClient.Submit", "approves only user.behavior.purchase_history.amount, user.contact.email for it");

        var anonymize = new BothFixesTest { TestCode = Source, FixedCode = Source.Replace("{|#0:order|}", "order.Anonymize(key)"), CodeActionIndex = 0, CodeActionEquivalenceKey = "AnonymizeValueCodeFixProvider.key" };
        AddFiles(anonymize, Policy, Policy);
        anonymize.ExpectedDiagnostics.Add(shared);
        await anonymize.RunAsync(CancellationToken.None);

        var approve = new BothFixesTest
        {
            TestCode = Source,
            FixedCode = Source,
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "ApproveInPolicyCodeFixProvider.WeChat Pay.user.contact.phone_number",
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        AddFiles(approve, Policy, Policy.Replace("\"user.contact.email\"]", "\"user.contact.email\", \"user.contact.phone_number\"]"));
        approve.ExpectedDiagnostics.Add(shared);
        await approve.RunAsync(CancellationToken.None);

        // Hosts list the fixes of several providers by their declared order.
        var order = typeof(ApproveInPolicyCodeFixProvider).GetCustomAttribute<ExtensionOrderAttribute>();
        Assert.Equal(nameof(AnonymizeValueCodeFixProvider), order?.After);
    }

    private static async Task VerifyAsync(string source, string policy, string fixedPolicy, DiagnosticResult expected)
    {
        var test = NewTest(source, policy, fixedPolicy);
        test.ExpectedDiagnostics.Add(expected);
        await test.RunAsync(CancellationToken.None);
    }

    private static CSharpCodeFixVerifier<ThirdPartySharingAnalyzer, ApproveInPolicyCodeFixProvider>.Test NewTest(string source, string? policy, string? fixedPolicy)
    {
        var test = new CSharpCodeFixVerifier<ThirdPartySharingAnalyzer, ApproveInPolicyCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = source,
            // Approving a policy decision one at a time: the provider offers no Fix All.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        AddFiles(test, policy, fixedPolicy);
        return test;
    }

    private static void AddFiles(CodeFixTest<DefaultVerifier> test, string? policy, string? fixedPolicy)
    {
        test.TestState.Sources.Add(("Models.cs", Models));
        test.FixedState.Sources.Add(("Models.cs", Models));
        if (policy is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/privacy.json", policy));
        }

        if (fixedPolicy is not null)
        {
            test.FixedState.AdditionalFiles.Add(("/0/privacy.json", fixedPolicy));
        }
    }

    /// <summary>PRIV002 with both of its code fixes, in the order hosts list them.</summary>
    private sealed class BothFixesTest : CSharpCodeFixTest<ThirdPartySharingAnalyzer, AnonymizeValueCodeFixProvider, DefaultVerifier>
    {
        public BothFixesTest()
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            TestState.AdditionalReferences.Add(TestReferences.Runtime);
            SolutionTransforms.Add(TestReferences.WithLanguageVersion);
            DisabledDiagnostics.Add(FlowObservation.RuleId);
        }

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders()
            => new CodeFixProvider[] { new AnonymizeValueCodeFixProvider(), new ApproveInPolicyCodeFixProvider() };
    }
}
