using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>
/// Which types hold personal information, and so get privacy code: annotated objects count only in public instance
/// members. A service that keeps them privately (a cache, a repository) is partial for other reasons, not a data model.
/// </summary>
public sealed class HolderDetectionTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        namespace Shop;

        public partial class Order
        {
            public Guid Id { get; set; }
            [PersonalInfo(DataCategory.Contact.Email)] public string? Email { get; set; }
        }

        public sealed partial class OrderCache
        {
            private readonly Dictionary<Guid, Order> _orders = new Dictionary<Guid, Order>();
            public Order? Find(Guid id) => _orders.TryGetValue(id, out var order) ? order : null;
            public void Add(Order order) => _orders[order.Id] = order;
        }

        public partial class Customer
        {
            [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = "";
            private Order? _lastOrder;
            public void Remember(Order order) => _lastOrder = order;
        }
        """;

    [Fact]
    public void A_partial_service_keeping_annotated_objects_privately_gets_no_code()
    {
        var outcome = GeneratorHarness.Run(Source).AssertGeneratedCodeIsClean();

        Assert.Contains("Shop.Order.Privacy.g.cs", outcome.Sources.Keys);
        Assert.Contains("Shop.Customer.Privacy.g.cs", outcome.Sources.Keys);
        Assert.DoesNotContain("Shop.OrderCache.Privacy.g.cs", outcome.Sources.Keys);
    }

    [Fact]
    public void The_reader_counts_own_personal_members_and_public_annotated_members_only()
    {
        var compilation = GeneratorHarness.Compile(Source);
        var reader = new PrivacyModelReader(compilation, PrivacySymbols.TryCreate(compilation)!);

        Assert.False(reader.HoldsPersonalInfo(compilation.GetTypeByMetadataName("Shop.OrderCache")!));
        Assert.True(reader.HoldsPersonalInfo(compilation.GetTypeByMetadataName("Shop.Customer")!));
        Assert.True(reader.HoldsPersonalInfo(compilation.GetTypeByMetadataName("Shop.Order")!));
    }

    [Fact]
    public void A_holder_still_masks_and_exports_annotated_objects_it_keeps_privately()
    {
        var customer = GeneratorHarness.Run(Source).AssertGeneratedCodeIsClean().Sources["Shop.Customer.Privacy.g.cs"];

        Assert.Contains("copy._lastOrder = this._lastOrder?.Mask();", customer);
        Assert.Contains("copy._lastOrder = this._lastOrder?.Anonymize(key);", customer);
        Assert.Contains("WriteObject(writer, " + ExportText.Field(customer, "_lastOrder") + ", this._lastOrder);", customer);

        // Printing shows public members only.
        Assert.Contains("builder.Append(\"Name = \");", customer);
        Assert.DoesNotContain("builder.Append(\"_lastOrder = \");", customer);
    }
}
