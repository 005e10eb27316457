using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.CopyShapeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>
/// PRIV104 follows the same holder rule as PRIV100: a service that is partial for another reason (another generator,
/// such as [LoggerMessage]) and keeps annotated objects in private readonly fields gets no privacy code, so there is no
/// Mask() to block. A data model with the same field still does.
/// </summary>
public class PartialServiceCopyShapeTests
{
    private const string Models = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        public partial class Order
        {
            public Guid Id { get; set; }

            [PersonalInfo(DataCategory.Contact.Email)]
            public string? Email { get; set; }
        }

        """;

    [Fact]
    public async Task Partial_service_with_readonly_private_fields_of_annotated_objects_is_not_reported()
    {
        const string source = Models + """
            public sealed partial class OrderCache
            {
                private readonly List<Order> _orders = new List<Order>();
                private readonly Order _template = new Order();

                public Order Create() => new Order { Email = _template.Email };

                public void Add(Order order) => _orders.Add(order);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Holder_with_a_readonly_private_field_of_an_annotated_object_is_copied_through_a_constructor()
    {
        const string source = Models + """
            public partial class Customer
            {
                private readonly Order _firstOrder = new Order();

                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";

                public Guid FirstOrderId => _firstOrder.Id;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
