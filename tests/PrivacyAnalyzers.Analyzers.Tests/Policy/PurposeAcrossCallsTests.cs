using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.PurposeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV008 across calls: [Purpose] code calling methods without a purpose of their own that use personal information.</summary>
public class PurposeAcrossCallsTests
{
    // The policy and models of the direct-use tests: the same members, read through calls here.
    private const string Policy = PurposeAnalyzerTests.Policy;

    private const string Models = PurposeAnalyzerTests.Models;

    private const string Phone = "'Account.Phone' (user.contact.phone_number)";

    [Fact]
    public async Task A_member_read_through_one_or_two_calls_is_reported_at_the_call()
    {
        await RunAsync(
            """
            using System;
            using PrivacyAnalyzers;

            namespace Shop;

            public static class Formatting
            {
                public static string Digits(Account account) => account.Phone.Trim();

                public static string Line(Account account) => "#" + Digits(account);

                public static string Deferred(Account account)
                {
                    Func<string> later = () => Local();
                    return later();

                    string Local() => account.Phone;
                }
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account) => {|#0:Formatting.Digits(account)|} + {|#1:Formatting.Line(account)|} + {|#2:Formatting.Deferred(account)|};
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(2).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Formatting.Deferred", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Formatting.Digits", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(1).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Formatting.Line", "account, notification"));
    }

    [Fact]
    public async Task Constructors_and_property_accessors_are_followed_and_each_member_is_reported_once_per_call()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public class Card
            {
                private readonly Account _account;

                public Card(Account account) => Text = account.Phone + account.Phone + account.LastOrder;

                public string Text { get; set; }

                public string Contact => _account.Phone;

                public string Stored { set => _account.LastOrder = value; }
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public void Seed(Account account, Card card)
                {
                    var created = {|#0:new Card(account)|};
                    var contact = {|#2:card.Contact|};
                    {|#3:card.Stored|} = "";
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Seed through new Card", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                "'Account.LastOrder' (user.behavior.purchase_history.order_number)", "recommendation", "Recommender.Seed through new Card", "payment"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(2).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Card.Contact", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(3).WithArguments(
                "'Account.LastOrder' (user.behavior.purchase_history.order_number)", "recommendation", "Recommender.Seed through Card.Stored", "payment"));
    }

    [Fact]
    public async Task Members_collected_for_the_purpose_or_declaring_none_are_not_reported_through_calls()
    {
        await RunAsync("""
            using PrivacyAnalyzers;

            namespace Shop;

            public static class Formatting
            {
                public static string Contact(Account account) => account.Phone + account.Email + nameof(account.LastOrder);
            }

            public class Notifier
            {
                [Purpose("notification")]
                public string Text(Account account) => Formatting.Contact(account);
            }
            """);
    }

    [Fact]
    public async Task A_callee_declaring_its_own_purpose_is_checked_on_its_own_and_not_followed()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public static class Billing
            {
                [Purpose("payment")]
                public static string Reference(Account account) => {|#0:account.Phone|} + Digits(account);

                private static string Digits(Account account) => account.LastOrder;
            }

            [Purpose("payment")]
            public static class Receipts
            {
                public static string Order(Account account) => account.LastOrder;
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account) => Billing.Reference(account) + Receipts.Order(account);
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "payment", "Billing.Reference", "account, notification"));
    }

    [Fact]
    public async Task Recursion_and_mutual_recursion_terminate()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public static class Walker
            {
                public static string Self(Account account, int n) => n == 0 ? account.Phone : Self(account, n - 1);

                public static string Ping(Account account, int n) => n == 0 ? "" : Pong(account, n - 1);

                public static string Pong(Account account, int n) => n == 0 ? account.Phone : Ping(account, n - 1);
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account) => {|#0:Walker.Self(account, 3)|} + {|#1:Walker.Ping(account, 3)|} + Seed(account);
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Walker.Self", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(1).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Walker.Ping", "account, notification"));
    }

    [Fact]
    public async Task Calls_nested_deeper_than_the_limit_are_not_followed()
    {
        await RunAsync(
            """
            using PrivacyAnalyzers;

            namespace Shop;

            public static class Chain
            {
                public static string C1(Account a) => C2(a);
                public static string C2(Account a) => C3(a);
                public static string C3(Account a) => C4(a);
                public static string C4(Account a) => C5(a);
                public static string C5(Account a) => C6(a);
                public static string C6(Account a) => C7(a);
                public static string C7(Account a) => C8(a);
                public static string C8(Account a) => a.Phone + C9(a);
                public static string C9(Account a) => a.LastOrder;
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account) => {|#0:Chain.C1(account)|};
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Seed through Chain.C1", "account, notification"));
    }

    [Fact]
    public async Task Callees_without_a_body_are_skipped_and_virtual_calls_follow_only_the_method_named()
    {
        await RunAsync(
            """
            using System.Runtime.InteropServices;
            using PrivacyAnalyzers;

            namespace Shop;

            public interface IContact
            {
                string Of(Account account);
            }

            public abstract class Source
            {
                public abstract string Abstract(Account account);

                public virtual string Virtual(Account account) => "";
            }

            public sealed class PhoneSource : Source, IContact
            {
                public override string Abstract(Account account) => account.Phone;

                public override string Virtual(Account account) => account.Phone;

                public string Of(Account account) => account.Phone;
            }

            public static partial class Native
            {
                [DllImport("native")]
                public static extern int Length(string text);

                static partial void Log(Account account);

                public static int Logged(Account account)
                {
                    Log(account);
                    return 0;
                }
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public int Seed(Account account, IContact contact, Source source)
                    => contact.Of(account).Length + source.Abstract(account).Length + source.Virtual(account).Length + Native.Length("") + Native.Logged(account);

                [Purpose("recommendation")]
                public int Exact(Account account, PhoneSource source) => {|#0:source.Virtual(account)|}.Length;
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Exact through PhoneSource.Virtual", "account, notification"));
    }

    [Fact]
    public async Task Methods_of_referenced_assemblies_are_not_followed_and_lambdas_and_local_functions_are_part_of_the_body()
    {
        await RunAsync(
            """
            using System;
            using System.Linq;
            using PrivacyAnalyzers;

            namespace Shop;

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account)
                {
                    Func<string> read = () => {|#0:account.Phone|};
                    return string.Concat(new[] { "a" }.Select(x => x)) + read() + Local();

                    string Local() => {|#1:account.Phone|};
                }
            }
            """,
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
                Phone, "recommendation", "Recommender.Seed", "account, notification"),
            Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(1).WithArguments(
                Phone, "recommendation", "Recommender.Seed", "account, notification"));
    }

    [Fact]
    public async Task Half_typed_code_is_followed_without_throwing()
    {
        var test = new Verifier.Test { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add("""
            using PrivacyAnalyzers;

            namespace Shop;

            public static partial class Helpers
            {
                public static string Broken(Account account) => account.Phone +
                public static partial string Declared(Account account);
                public static string Unknown(Account account) => Missing(account) + Declared(account);
            }

            public class Recommender
            {
                [Purpose("recommendation")]
                public string Seed(Account account) => {|#0:Helpers.Broken(account)|} + Helpers.Unknown(account) + Helpers.Nope(
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PurposeLimitation).WithLocation(0).WithArguments(
            Phone, "recommendation", "Recommender.Seed through Helpers.Broken", "account, notification"));
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
