using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeModel.Flow;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// A value built from several personal values carries every one of them, and numbers computed from a personal number
/// carry it: evaluated by the flow engine directly, and through the log rule.
/// </summary>
public class CompositeValueFlowTests
{
    private const string Phone = "Account.PhoneNumber";
    private const string Email = "Account.Email";

    private const string Payments = """
        using PrivacyAnalyzers;

        namespace Shop;

        public class Sale
        {
            [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string OrderNumber { get; set; } = "";
            [PersonalInfo(DataCategory.Transaction.Product)] public string Product { get; set; } = "";
            [PersonalInfo(DataCategory.Transaction.Amount)] public decimal Amount { get; set; }
            public string Channel { get; set; } = "";
        }
        """;

    [Fact]
    public async Task An_anonymous_payment_request_carries_every_personal_value_it_is_built_from()
    {
        var taint = await EvaluateAsync("""
            var prepay = new
            {
                appid = "wx8888888888888888",
                description = sale.Product,
                out_trade_no = sale.OrderNumber,
                amount = new { total = (int)Math.Round(sale.Amount * 100), currency = "CNY" },
            };
            Sink(JsonContent.Create(prepay));
            """);

        Assert.NotNull(taint);
        // The head is what diagnostics name, as before: the first personal value.
        Assert.Equal(("Sale.Product", "user.behavior.purchase_history.product"), (taint!.Member, taint.Category));
        Assert.Equal(
            new[] { "Sale.Product", "Sale.OrderNumber", "Sale.Amount" },
            taint.All.Select(single => single.Member));
        Assert.Equal(
            new[] { "user.behavior.purchase_history.product", "user.behavior.purchase_history.order_number", "user.behavior.purchase_history.amount" },
            taint.All.Select(single => single.Category));
        Assert.All(taint.All, single => Assert.True(single.Others.IsEmpty));
    }

    [Theory]
    [InlineData("Sink(new { account.PhoneNumber, account.Email });")]
    [InlineData("Sink((account.PhoneNumber, account.Id, account.Email));")]
    [InlineData("Sink(new Note { Text = account.PhoneNumber, Other = account.Email });")]
    [InlineData("Sink(new List<string?> { account.PhoneNumber, account.Email });")]
    [InlineData("Sink(new Dictionary<string, string?> { [\"p\"] = account.PhoneNumber, [\"e\"] = account.Email });")]
    [InlineData("Sink(new Dictionary<string, string?> { { \"p\", account.PhoneNumber }, { \"e\", account.Email } });")]
    [InlineData("Sink(new FormUrlEncodedContent(new Dictionary<string, string?> { [\"p\"] = account.PhoneNumber, [\"e\"] = account.Email }));")]
    [InlineData("Sink(new[] { account.PhoneNumber, account.Email });")]
    [InlineData("Sink($\"{account.PhoneNumber} {account.Email}\");")]
    [InlineData("Sink(\"p=\" + account.PhoneNumber + \"&e=\" + account.Email);")]
    [InlineData("Sink(string.Format(\"{0} {1}\", account.PhoneNumber, account.Email));")]
    [InlineData("Sink(new Uri($\"https://x.example/?p={account.PhoneNumber}&e={account.Email}\"));")]
    [InlineData("Sink(flag ? account.PhoneNumber : account.Email);")]
    [InlineData("Sink(account.PhoneNumber ?? account.Email);")]
    [InlineData("Sink(account.Id switch { 1 => account.PhoneNumber, _ => account.Email });")]
    [InlineData("var text = account.PhoneNumber; text += account.Email; Sink(text);")]
    [InlineData("var sb = new StringBuilder(); sb.Append(account.PhoneNumber).Append(account.Email); Sink(sb.ToString());")]
    [InlineData("var body = new { account.PhoneNumber, account.Email }; var copy = body; Sink(copy);")]
    [InlineData("var note = new Note(); note.Text = account.PhoneNumber; note.Other = account.Email; Sink(note);")]
    [InlineData("var text = \"\"; if (flag) { text = account.PhoneNumber; } else { text = account.Email; } Sink(text);")]
    [InlineData("List<string?> list = [account.PhoneNumber, account.Email]; Sink(list);")]
    public async Task A_value_built_from_several_personal_values_carries_all_of_them(string body)
    {
        var taint = await EvaluateAsync(body);

        Assert.NotNull(taint);
        Assert.Equal(new[] { Email, Phone }, taint!.All.Select(single => single.Member).OrderBy(member => member, StringComparer.Ordinal));
    }

    [Theory]
    // The same member twice, and a value merged with what it already carries, keep one entry.
    [InlineData("Sink($\"{account.PhoneNumber} {account.PhoneNumber}\");", new[] { Phone })]
    [InlineData("var both = new { account.PhoneNumber, account.Email }; Sink(new { both, again = account.Email, account.PhoneNumber });", new[] { Phone, Email })]
    // Values rank before objects: the head names the value, the printing object is still carried.
    [InlineData("Sink((customer, account.Email));", new[] { Email, "Customer.Email" })]
    // An object that does not print personal information is named by its first personal member.
    [InlineData("Sink(new { account, account.Email });", new[] { Email, Phone })]
    // A collection of objects prints as its type name in text, also inside a tuple; the value next to it is still there.
    [InlineData("var pair = (customers, account.PhoneNumber); Sink($\"{pair}\");", new[] { Phone })]
    [InlineData("var pair = (customers, account.PhoneNumber); Sink(pair);", new[] { Phone, "Customer.Email" })]
    // An element of a collection of values carries its values, not the objects next to them.
    [InlineData("var items = new object?[] { account.PhoneNumber, customer }; Sink(items[0]);", new[] { Phone })]
    public async Task Merging_keeps_each_distinct_taint_once_and_ranks_the_head_as_before(string body, string[] expected)
    {
        var taint = await EvaluateAsync(body);

        Assert.NotNull(taint);
        Assert.Equal(expected, taint!.All.Select(single => single.Member));
    }

    [Theory]
    [InlineData("Sink(sale.Amount * 100);")]
    [InlineData("Sink(100 * sale.Amount - 1);")]
    [InlineData("Sink(sale.Amount / 3 % 2);")]
    [InlineData("Sink(-sale.Amount);")]
    [InlineData("Sink((int)sale.Amount);")]
    [InlineData("Sink((double)sale.Amount + 0.5);")]
    [InlineData("Sink(Math.Round(sale.Amount * 100));")]
    [InlineData("Sink((int)Math.Round(sale.Amount * 100, MidpointRounding.AwayFromZero));")]
    [InlineData("Sink(Math.Floor(sale.Amount));")]
    [InlineData("Sink(Math.Ceiling(sale.Amount));")]
    [InlineData("Sink(Math.Truncate(sale.Amount));")]
    [InlineData("Sink(Math.Abs(sale.Amount));")]
    [InlineData("Sink(Math.Max(sale.Amount, 0m));")]
    [InlineData("Sink(Math.Min(0m, sale.Amount));")]
    [InlineData("Sink(decimal.Round(sale.Amount, 2));")]
    [InlineData("Sink(decimal.Multiply(sale.Amount, 100));")]
    [InlineData("Sink(Convert.ToInt64(sale.Amount * 100));")]
    [InlineData("Sink(flag ? sale.Amount : 0m);")]
    [InlineData("Sink(account.Id switch { 1 => sale.Amount, _ => 0m });")]
    [InlineData("var fen = 0m; fen = sale.Amount * 100; Sink(fen);")]
    [InlineData("var total = 0m; total += sale.Amount; Sink(total);")]
    public async Task A_number_computed_from_a_personal_number_carries_it(string body)
    {
        var taint = await EvaluateAsync(body);

        Assert.NotNull(taint);
        Assert.Equal(new[] { "Sale.Amount" }, taint!.All.Select(single => single.Member));
    }

    [Theory]
    [InlineData("Sink(Uri.EscapeDataString(account.Email!));")]
    [InlineData("Sink(\"to=\" + Uri.EscapeDataString(account.Email!));")]
    [InlineData("Sink(System.Net.WebUtility.UrlEncode(account.Email));")]
    [InlineData("Sink(System.Net.WebUtility.HtmlEncode(account.Email));")]
    [InlineData("Sink(System.Text.Encodings.Web.UrlEncoder.Default.Encode(account.Email!));")]
    public async Task Escaped_and_encoded_text_carries_what_it_was_made_from(string body)
    {
        var taint = await EvaluateAsync(body);

        Assert.NotNull(taint);
        Assert.Equal(new[] { Email }, taint!.All.Select(single => single.Member));
    }

    [Theory]
    [InlineData("Sink(sale.Amount > 100);")]
    [InlineData("Sink(sale.Amount == 0m ? 1 : 2);")]
    [InlineData("Sink(customers.Count);")]
    [InlineData("Sink(customers.Count * 2);")]
    [InlineData("Sink(account.PhoneNumber!.Length + 1);")]
    [InlineData("Sink(Math.Round(2.5));")]
    [InlineData("Sink(sale.Channel.Length);")]
    [InlineData("Sink(-account.Id);")]
    public async Task Comparisons_counts_and_plain_numbers_carry_nothing(string body)
    {
        Assert.Null(await EvaluateAsync(body));
    }

    [Theory]
    // A member of an anonymous object or tuple built in place carries what that member was built from.
    [InlineData("var body = new { a = account.PhoneNumber, b = account.Email }; Sink(body.a);", new[] { Phone })]
    [InlineData("Sink(new { a = account.PhoneNumber, b = account.Email }.b);", new[] { Email })]
    [InlineData("var pair = (account.PhoneNumber, account.Email); var copy = pair; Sink(copy.Item2);", new[] { Email })]
    [InlineData("var pair = (Phone: account.PhoneNumber, Mail: account.Email); Sink(pair.Mail);", new[] { Email })]
    [InlineData("var prepay = new { amount = new { total = (int)Math.Round(sale.Amount * 100), currency = \"CNY\" } }; Sink(prepay.amount.total);", new[] { "Sale.Amount" })]
    [InlineData("var body = new { a = account.PhoneNumber, b = \"\" }; if (flag) { body = new { a = \"-\", b = account.Email }; } Sink(body.a);", new[] { Phone })]
    // When that cannot be told, text carries what the whole value does.
    [InlineData("var pair = (account.PhoneNumber, \"\"); pair.Item2 = account.Email; Sink(pair.Item2);", new[] { Phone, Email })]
    [InlineData("var body = new { a = account.PhoneNumber, b = account.Email }; foreach (var item in new[] { body }) { Sink(item.a); }", new[] { Phone, Email })]
    public async Task A_member_of_a_value_built_in_place_carries_what_it_was_built_from(string body, string[] expected)
    {
        var taint = await EvaluateAsync(body);

        Assert.NotNull(taint);
        Assert.Equal(expected, taint!.All.Select(single => single.Member));
    }

    [Theory]
    [InlineData("var body = new { a = account.PhoneNumber, n = account.Id }; Sink(body.n);")]
    [InlineData("var pair = (account.PhoneNumber, account.Id); Sink(pair.Item2);")]
    [InlineData("var body = new { total = sale.Amount, big = sale.Amount > 100 }; Sink(body.big);")]
    public async Task A_plain_member_of_a_value_built_in_place_carries_nothing(string body)
    {
        Assert.Null(await EvaluateAsync(body));
    }

    [Fact]
    public void Merging_what_a_taint_already_carries_returns_it_unchanged()
    {
        var phone = PersonalTaint.ForValue(Phone, "user.contact.phone_number");
        var email = PersonalTaint.ForValue(Email, "user.contact.email");
        var customer = PersonalTaint.ForObject("Customer", "T:Shop.Customer", "Customer.Email", "user.contact.email", PersonalTaint.CompilerToString);

        Assert.Same(phone, PersonalTaint.Merge(phone, null));
        Assert.Same(phone, PersonalTaint.Merge(null, phone));
        Assert.Same(phone, PersonalTaint.Merge(phone, phone));
        Assert.Same(phone, PersonalTaint.Merge(phone, PersonalTaint.ForValue(Phone, "user.contact.phone_number")));

        var both = PersonalTaint.Merge(phone, email)!;
        Assert.Equal(new[] { phone, email }, both.All);
        Assert.Same(both, PersonalTaint.Merge(both, email));
        Assert.Same(both, PersonalTaint.Merge(both, PersonalTaint.Merge(email, phone)));
        Assert.Same(both, PersonalTaint.Values(both));
        Assert.Same(both, PersonalTaint.Stringified(both));

        // An object does not displace a value as head, whichever side it comes from.
        var mixed = PersonalTaint.Merge(customer, both)!;
        Assert.Same(phone, mixed.Head);
        Assert.Equal(new[] { phone, email, customer }, mixed.All);
        Assert.Equal(new[] { phone, email }, PersonalTaint.Values(mixed)!.All);
        Assert.Null(PersonalTaint.Values(customer));
    }

    [Fact]
    public void A_taint_carries_at_most_the_cap_of_distinct_taints()
    {
        PersonalTaint? taint = null;
        for (var i = 0; i < PersonalTaint.MaxCarried + 10; i++)
        {
            taint = PersonalTaint.Merge(taint, PersonalTaint.ForValue("Account.Field" + i, "user.contact"));
        }

        Assert.Equal(PersonalTaint.MaxCarried, taint!.All.Count());
        Assert.Equal("Account.Field0", taint.Member);
        Assert.Same(taint, PersonalTaint.Merge(taint, PersonalTaint.ForValue("Account.Field" + (PersonalTaint.MaxCarried + 20), "user.contact")));
    }

    [Fact]
    public async Task A_local_that_depends_on_itself_in_a_loop_carries_each_value_once()
    {
        var taint = await EvaluateAsync("var text = account.PhoneNumber; for (var i = 0; i < 3; i++) { text = text + account.Email + text; text += account.PhoneNumber; } Sink(text);");

        Assert.NotNull(taint);
        Assert.Equal(new[] { Phone, Email }, taint!.All.Select(single => single.Member));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:account.Age * 12|});")]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:-account.Age|});")]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:(long)account.Age|});")]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:Math.Round(account.Age / 10.0)|});")]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:Math.Max(account.Age, 18)|});")]
    [InlineData("var months = account.Age * 12; logger.LogInformation(\"{M}\", {|#0:months|});")]
    [InlineData("logger.LogInformation({|#0:$\"Age in months: {account.Age * 12}\"|});")]
    public async Task Logging_a_number_computed_from_a_personal_number_is_flagged(string body)
    {
        await Verify.VerifyAsync(
            LogBody(body),
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments("Account.Age", "user.demographic.age", "written to a log by ILogger.LogInformation"));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"{A}\", account.Age > 18);")]
    [InlineData("logger.LogInformation(\"{A}\", account.Age == 18 ? 1 : 0);")]
    [InlineData("logger.LogInformation(\"{C}\", order.Buyers.Count);")]
    [InlineData("logger.LogInformation(\"{C}\", order.Buyers.Count() * 2);")]
    [InlineData("logger.LogInformation(\"{L}\", account.PhoneNumber!.Length + 1);")]
    public async Task Logging_comparisons_and_counts_is_not_flagged(string body)
    {
        await Verify.VerifyAsync(LogBody(body));
    }

    [Fact]
    public async Task The_log_rule_still_names_the_head_of_a_value_built_from_several()
    {
        await Verify.VerifyAsync(
            LogBody("logger.LogInformation({|#0:$\"{account.PhoneNumber} {account.Email}\"|});"),
            Verify.Diagnostic("PRIV001").WithLocation(0).WithArguments(Phone, "user.contact.phone_number", "written to a log by ILogger.LogInformation"));
    }

    private static string LogBody(string body) => """
        using System;
        using System.Linq;
        using Microsoft.Extensions.Logging;

        namespace Shop;

        class Service
        {
            void Run(ILogger logger, Account account, Order order)
            {
        """ + body + """

            }
        }
        """;

    /// <summary>What the flow engine finds in the argument of the one <c>Sink(...)</c> call in <paramref name="body"/>.</summary>
    private static async Task<PersonalTaint?> EvaluateAsync(string body)
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text;

            namespace Shop;

            class Note
            {
                public string? Text { get; set; }
                public string? Other { get; set; }
            }

            class Service
            {
                static void Sink(object? value) { }

                void Run(Account account, Sale sale, Customer customer, List<Customer> customers, bool flag)
                {
            """ + body + """

                }
            }
            """;
        var references = await Verify.WithLibraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var compilation = CSharpCompilation.Create(
            "Composite",
            new[] { source, FlowVerifier<LogSinkAnalyzer>.Models, Payments }.Select((text, index) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"Source{index}.cs")),
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(declaration => declaration.Identifier.ValueText == "Run");
        var run = (IMethodBodyOperation)model.GetOperation(method)!;
        var sink = run.Descendants().OfType<IInvocationOperation>().Single(invocation => invocation.TargetMethod.Name == "Sink");
        var flow = PersonalDataFlow.TryCreate(compilation)!;
        var methodFlow = new MethodFlow(
            flow,
            ImmutableArray.Create<IOperation>(run),
            root => root is IMethodBodyOperation methodBody ? ControlFlowGraph.Create(methodBody) : null,
            new FlowOptions(includeDebugTrace: false, ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<ISymbol>.Empty),
            CancellationToken.None);
        return methodFlow.Evaluate(sink.Arguments[0].Value);
    }
}
