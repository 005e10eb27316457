using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Logging;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>One source file of the synthetic solution: its path relative to the project and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// A solution-sized code base written in memory: modules of five files each — an annotated customer, an order
/// record, an address, a customer service and an order processor that log through ILogger, interpolate strings,
/// use locals and call the masking API. One module in ten logs a raw personal value, as real code bases do; another
/// one in ten also has a checkout that shares data with the partners of the privacy policy, which the solution
/// carries as an additional file (SyntheticSolution.Policy.cs).
/// </summary>
public static partial class SyntheticSolution
{
    public const int FilesPerModule = 5;

    /// <summary>The default size: 200 modules, 1,000 module files plus 20 checkouts and 3 shared partner files.</summary>
    public const int DefaultModuleCount = 200;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Files of <paramref name="moduleCount"/> modules, their checkouts and the shared partner files, in a stable order.</summary>
    public static IReadOnlyList<SourceFile> Files(int moduleCount = DefaultModuleCount)
    {
        var files = new List<SourceFile>(moduleCount * (FilesPerModule + 1));
        for (var module = 0; module < moduleCount; module++)
        {
            var n = module.ToString("D3", CultureInfo.InvariantCulture);
            files.Add(new SourceFile($"Module{n}/Customer{n}.cs", Customer(n)));
            files.Add(new SourceFile($"Module{n}/Order{n}.cs", Order(n)));
            files.Add(new SourceFile($"Module{n}/Address{n}.cs", Address(n)));
            files.Add(new SourceFile($"Module{n}/CustomerService{n}.cs", CustomerService(n, leaks: module % 10 == 0)));
            files.Add(new SourceFile($"Module{n}/OrderProcessor{n}.cs", OrderProcessor(n)));
            if (HasCheckout(module))
            {
                files.Add(new SourceFile($"Module{n}/Checkout{n}.cs", Checkout(n)));
            }
        }

        files.AddRange(SharedPolicyFiles());
        return files;
    }

    /// <summary>The path of the file that the incremental benchmarks edit: a service, the most typed-in kind of file.</summary>
    public const string EditedServicePath = "Module100/CustomerService100.cs";

    /// <summary>The path of the model that the incremental benchmarks edit.</summary>
    public const string EditedModelPath = "Module100/Customer100.cs";

    /// <summary>
    /// Metadata references of a net8.0 library that uses the PrivacyAnalyzers runtime and
    /// Microsoft.Extensions.Logging.Abstractions, as the package's consumers do.
    /// </summary>
    public static ImmutableArray<MetadataReference> References() =>
        Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PersonalInfoAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location))
            .ToImmutableArray();

    /// <summary>The parsed, not yet bound, compilation of the synthetic solution (without generated code).</summary>
    public static CSharpCompilation Compilation(int moduleCount = DefaultModuleCount) =>
        CSharpCompilation.Create(
            "Shop",
            Files(moduleCount).Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A string literal of the edited service; the incremental benchmarks change one character in it.</summary>
    public const string ServiceLiteral = "\"Customer {CustomerId} registering";

    /// <summary>A string literal of the edited model (the retention basis); changing it changes the generated code.</summary>
    public const string ModelLiteral = "\"Contract\"";

    /// <summary>Replaces the 'o' in the first <paramref name="literal"/> of <paramref name="path"/> with 'e', as typing does.</summary>
    public static CSharpCompilation WithOneCharacterEdit(CSharpCompilation compilation, string path, string literal)
    {
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
        var text = tree.GetText();
        var start = text.ToString().IndexOf(literal, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"{path} has no {literal} to edit.");
        }

        var position = text.ToString().IndexOf('o', start);
        var edited = text.WithChanges(new TextChange(new TextSpan(position, 1), "e"));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(edited));
    }

    private static string Customer(string n) => $$"""
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Shop.Module{{n}}
        {
            /// <summary>A registered customer of module {{n}}.</summary>
            [RetainFor(Years = 3, From = nameof(CreatedAt), Basis = "Contract")]
            public sealed partial class Customer{{n}}
            {
                public Guid Id { get; set; }

                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { "account", "notification" })]
                [Anonymize(AnonymizeStrategy.Pseudonymize)]
                public string Mobile { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.Email, Purposes = new[] { "account", "notification" })]
                [Anonymize(AnonymizeStrategy.Pseudonymize)]
                public string Email { get; set; } = "";

                [PersonalInfo(DataCategory.GovernmentId.NationalId, Sensitive = true)]
                public string? NationalId { get; set; }

                [PersonalInfo(DataCategory.Financial.CreditCard, Sensitive = true, Purposes = new[] { "payment" })]
                [Mask(MaskStyle.BankCard)]
                public string? CardNumber { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth, Purposes = new[] { "account" })]
                [Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)]
                public DateTime BirthDate { get; set; }

                public int Tier { get; set; }

                public DateTimeOffset CreatedAt { get; set; }

                public Address{{n}}? ShippingAddress { get; set; }

                public List<Order{{n}}> Orders { get; set; } = new List<Order{{n}}>();

                public bool IsPremium => Tier >= 3;

                public int AgeOn(DateTime day)
                {
                    var age = day.Year - BirthDate.Year;
                    return BirthDate.Date > day.AddYears(-age) ? age - 1 : age;
                }
            }
        }
        """;

    private static string Order(string n) => $$"""
        using System;
        using PrivacyAnalyzers;

        namespace Shop.Module{{n}}
        {
            public enum OrderStatus{{n}}
            {
                Pending,
                Paid,
                Shipped,
                Cancelled,
            }

            /// <summary>An order; its number identifies the buyer to support staff.</summary>
            public sealed partial record Order{{n}}(
                Guid Id,
                [property: PersonalInfo(DataCategory.Transaction.OrderNumber)] string OrderNumber,
                decimal Amount,
                DateTimeOffset PlacedAt)
            {
                [PersonalInfo(DataCategory.Contact.Address)]
                public string? DeliveryNote { get; init; }

                public OrderStatus{{n}} Status { get; init; }

                public bool IsOpen => Status is OrderStatus{{n}}.Pending or OrderStatus{{n}}.Paid;
            }
        }
        """;

    private static string Address(string n) => $$"""
        using System;
        using PrivacyAnalyzers;

        namespace Shop.Module{{n}}
        {
            public partial class Address{{n}}
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.City)]
                public string City { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.PostalCode)]
                public string PostalCode { get; set; } = "";

                public string Country { get; set; } = "CN";

                public string Label() => $"{PostalCode} {City}, {Country}";
            }

            /// <summary>What the storefront shows: nothing personal.</summary>
            public sealed class CustomerSummary{{n}}
            {
                public Guid Id { get; set; }

                public int Tier { get; set; }

                public int OrderCount { get; set; }

                public decimal Spent { get; set; }

                public static CustomerSummary{{n}} From(Customer{{n}} customer)
                {
                    decimal spent = 0;
                    foreach (var order in customer.Orders)
                    {
                        if (order.Status != OrderStatus{{n}}.Cancelled)
                        {
                            spent += order.Amount;
                        }
                    }

                    return new CustomerSummary{{n}} { Id = customer.Id, Tier = customer.Tier, OrderCount = customer.Orders.Count, Spent = spent };
                }
            }
        }
        """;

    private static string CustomerService(string n, bool leaks) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop.Module{{n}}
        {
            public interface ICustomerStore{{n}}
            {
                Task<Customer{{n}}?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task SaveAsync(Customer{{n}} customer, CancellationToken cancellationToken);
            }

            public sealed class CustomerService{{n}}
            {
                private readonly ILogger<CustomerService{{n}}> logger;
                private readonly ICustomerStore{{n}} store;

                public CustomerService{{n}}(ILogger<CustomerService{{n}}> logger, ICustomerStore{{n}} store)
                {
                    this.logger = logger;
                    this.store = store;
                }

                public async Task<Customer{{n}}> RegisterAsync(string name, string mobile, string email, CancellationToken cancellationToken)
                {
                    var customer = new Customer{{n}} { Id = Guid.NewGuid(), Name = name, Mobile = mobile, Email = email, CreatedAt = DateTimeOffset.UtcNow };
                    logger.LogInformation("Customer {CustomerId} registering with mobile {Mobile}", customer.Id, Masking.MobilePhone(customer.Mobile));
                    await store.SaveAsync(customer, cancellationToken).ConfigureAwait(false);
                    logger.LogDebug("Registered {Customer}", customer.Mask());
                    return customer;
                }

                public async Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken)
                {
                    var customer = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
                    if (customer is null)
                    {
                        logger.LogWarning("Customer {CustomerId} not found", id);
                        return null;
                    }

                    var display = customer.Mask();
                    var description = $"{display.Name} ({display.Email}), tier {customer.Tier}, {customer.Orders.Count} orders";
                    logger.LogInformation("Customer {CustomerId}: {Description}", id, description);
                    return description;
                }

                public void UpdateEmail(Customer{{n}} customer, string email)
                {
                    if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
                    {
                        throw new ArgumentException($"Customer {customer.Id} gave an invalid email address.", nameof(email));
                    }

                    var previous = customer.Email;
                    customer.Email = email;
                    logger.LogInformation("Customer {CustomerId} changed email from {Previous}", customer.Id, Masking.Email(previous));
                }

                public IReadOnlyList<Customer{{n}}> Premium(IEnumerable<Customer{{n}}> customers)
                {
                    var premium = customers.Where(c => c.IsPremium).OrderByDescending(c => c.Orders.Count).ToList();
                    foreach (var customer in premium)
                    {
                        logger.LogDebug("Premium customer {CustomerId} in {City}", customer.Id, customer.ShippingAddress?.Mask().City ?? "-");
                    }

                    return premium;
                }

                public string Export(Customer{{n}} customer) => PersonalDataJson.Serialize(customer);

                public Customer{{n}} Anonymized(Customer{{n}} customer, PseudonymKey key) => customer.Anonymize(key);

                public decimal LifetimeValue(Customer{{n}} customer) =>
                    customer.Orders.Where(o => o.Status != OrderStatus{{n}}.Cancelled).Sum(o => o.Amount);
        {{(leaks ? Audit(n) : "")}}
            }
        }
        """;

    // A raw personal value logged through a local and an interpolated message: PRIV001.
    private static string Audit(string n) => $$"""

                public void Audit(Customer{{n}} customer)
                {
                    var contact = customer.Mobile;
                    logger.LogInformation($"Audit of customer {customer.Id} reached at {contact}");
                }
        """;

    private static string OrderProcessor(string n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop.Module{{n}}
        {
            public sealed class OrderProcessor{{n}}
            {
                private readonly ILogger logger;
                private readonly Dictionary<Guid, Order{{n}}> pending = new Dictionary<Guid, Order{{n}}>();

                public OrderProcessor{{n}}(ILogger logger)
                {
                    this.logger = logger;
                }

                public void Enqueue(Order{{n}} order)
                {
                    pending[order.Id] = order;
                    logger.LogDebug("Queued order {OrderId} for {Amount}", order.Id, order.Amount);
                }

                public IReadOnlyList<Order{{n}}> Due(DateTimeOffset now) =>
                    pending.Values
                        .Where(o => o.Status == OrderStatus{{n}}.Paid && now - o.PlacedAt > TimeSpan.FromHours(1))
                        .OrderBy(o => o.PlacedAt)
                        .ToList();

                public decimal OpenTotal()
                {
                    decimal total = 0;
                    foreach (var order in pending.Values)
                    {
                        switch (order.Status)
                        {
                            case OrderStatus{{n}}.Pending:
                            case OrderStatus{{n}}.Paid:
                                total += order.Amount;
                                break;
                            default:
                                break;
                        }
                    }

                    return total;
                }

                public string Report(DateTimeOffset now)
                {
                    var builder = new StringBuilder();
                    var lines = 0;
                    foreach (var group in pending.Values.GroupBy(o => o.Status).OrderBy(g => g.Key))
                    {
                        builder.AppendLine($"{group.Key}: {group.Count()} orders, {group.Sum(o => o.Amount):F2}");
                        lines++;
                    }

                    logger.LogInformation("Report of {Lines} lines built at {Time}", lines, now);
                    return builder.ToString();
                }

                public Order{{n}} MarkShipped(Guid id)
                {
                    if (!pending.TryGetValue(id, out var order))
                    {
                        throw new KeyNotFoundException($"Order {id} is not pending.");
                    }

                    var shipped = order with { Status = OrderStatus{{n}}.Shipped };
                    pending.Remove(id);
                    logger.LogInformation("Order {OrderNumber} shipped", Masking.OrderNumber(order.OrderNumber));
                    return shipped;
                }
            }
        }
        """;
}
