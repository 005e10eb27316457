using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.TypeNotPartialAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>
/// PRIV100: which members make a type hold personal information. Its own [PersonalInfo] members count at any
/// accessibility; annotated objects (and collections of them) count only in public instance members, the ones printing
/// and serialization reach. Annotated objects kept privately are the state of a service, not a data model.
/// </summary>
public class TypeNotPartialHolderMembersTests
{
    private const string AnnotatedOrder = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        public partial class Order
        {
            public Guid Id { get; set; }

            [PersonalInfo(DataCategory.Contact.Email)]
            public string? Email { get; set; }
        }

        public interface ILog
        {
            void Write(string message);
        }

        """;

    [Fact]
    public async Task Service_caching_annotated_objects_in_private_fields_is_not_reported()
    {
        const string source = AnnotatedOrder + """
            public sealed class OrderCache
            {
                private readonly Dictionary<Guid, Order> _orders = new Dictionary<Guid, Order>();
                private readonly ILog _log;

                public OrderCache(ILog log) => _log = log;

                public int Count => _orders.Count;

                public Order? Find(Guid id) => _orders.TryGetValue(id, out var order) ? order : null;

                public void Add(Order order)
                {
                    _orders[order.Id] = order;
                    _log.Write("cached " + order.Id);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Theory]
    [InlineData("private Order? _last;")]
    [InlineData("private List<Order> Recent { get; } = new List<Order>();")]
    [InlineData("internal Order[] Pending { get; set; } = new Order[0];")]
    [InlineData("protected IReadOnlyList<Order>? Current { get; set; }")]
    [InlineData("private protected Order? Draft;")]
    [InlineData("public static Order? Default { get; set; }")]
    [InlineData("public Order? Latest() => null;")]
    [InlineData("public IEnumerable<Order> All() { yield break; }")]
    public async Task Annotated_objects_outside_public_instance_members_are_not_reported(string member)
    {
        var source = AnnotatedOrder + "public class OrderService\n{\n    " + member + "\n}\n";

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Theory]
    [InlineData("public List<Order> Orders { get; } = new List<Order>();")]
    [InlineData("public Order? Last;")]
    [InlineData("public Dictionary<Guid, Order> ById { get; } = new Dictionary<Guid, Order>();")]
    [InlineData("public Order Current { get; private set; } = new Order();")]
    public async Task Public_instance_members_of_annotated_types_are_reported(string member)
    {
        var source = AnnotatedOrder + "public class {|#0:Basket|}\n{\n    " + member + "\n}\n";

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Basket", "is"));
    }

    [Fact]
    public async Task Own_personal_members_are_reported_at_any_accessibility()
    {
        const string source = AnnotatedOrder + """
            public class {|#0:Session|}
            {
                [PersonalInfo(DataCategory.Device.IpAddress)]
                private string? _clientIp;

                public string? Describe() => _clientIp;
            }

            public class {|#1:Visitor|}
            {
                [PersonalInfo(DataCategory.Device.DeviceId)]
                internal string? DeviceId { get; set; }
            }

            public partial class Person
            {
                [PersonalInfo(DataCategory.Name.All)]
                private string? _name;

                public string? Name => _name;
            }

            // Only inherits: covered by Person's generated members.
            public class Employee : Person
            {
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Session", "is"),
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(1).WithArguments("Visitor", "is"));
    }

    [Fact]
    public async Task Records_hold_annotated_objects_through_public_members_and_own_personal_members_only()
    {
        // The compiler's PrintMembers prints public members only: a private field never reaches ToString.
        const string source = AnnotatedOrder + """
            public record Receipt(int Number)
            {
                private readonly Order? _order;
                private List<Order> History { get; } = new List<Order>();
            }

            public record {|#0:Shipment|}(int Number, Order Order);

            public record {|#1:Ticket|}(int Number)
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                private readonly string? _callback;
            }

            public record struct {|#2:Line|}(int Quantity, IReadOnlyList<Order> Orders);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Shipment", "is"),
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(1).WithArguments("Ticket", "is"),
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(2).WithArguments("Line", "is"));
    }

    [Fact]
    public async Task Types_exposing_or_deriving_from_a_service_are_not_reported()
    {
        // The service holds no personal information of its own, so neither do the types built on it.
        const string source = AnnotatedOrder + """
            public class OrderStore
            {
                private readonly List<Order> _orders = new List<Order>();

                public void Add(Order order) => _orders.Add(order);
            }

            public class Checkout
            {
                public OrderStore Store { get; } = new OrderStore();

                public List<OrderStore> Shards { get; } = new List<OrderStore>();
            }

            public class AuditedOrderStore : OrderStore
            {
                public int Writes { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
