using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace PrivacyAnalyzers.Serilog.Tests;

public class PipelineTests
{
    [Fact]
    public void A_destructured_object_shows_its_personal_members_as_Mask_shows_them()
    {
        var customer = Customer.Create();
        var expected = customer.Mask();

        var structure = Assert.IsType<StructureValue>(LogOne("Customer {@Customer}", customer).Properties["Customer"]);

        Assert.Equal("Customer", structure.TypeTag);
        Assert.Equal(expected.Mobile, Scalar(structure, "Mobile"));
        Assert.Equal("138****5678", Scalar(structure, "Mobile"));
        Assert.Equal("a###@example.com", Scalar(structure, "Email"));
        Assert.Equal("张**", Scalar(structure, "Name"));
        Assert.Equal("110***********1234", Scalar(structure, "NationalId"));
        Assert.Equal(default(DateTime), Scalar(structure, "BirthDate"));
        Assert.Equal(3, Scalar(structure, "Tier"));
    }

    [Fact]
    public void The_rendered_event_holds_no_raw_personal_value()
    {
        var customer = Customer.Create();

        var json = Render(LogOne("Customer {@Customer}", customer));

        foreach (var raw in new[] { "13812345678", "alice@", "张三丰", "110101199003071234", "1990", "Zhongguancun", "Haidian", "192.168.1.23", "10.0.0.7" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.Ordinal);
        }

        Assert.Contains("Beijing", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_objects_are_masked_once_as_in_the_masked_copy()
    {
        var customer = Customer.Create();
        var expected = customer.Mask().Home!;

        var structure = Assert.IsType<StructureValue>(LogOne("{@Customer}", customer).Properties["Customer"]);
        var home = Assert.IsType<StructureValue>(Property(structure, "Home"));

        Assert.Equal("Address", home.TypeTag);
        Assert.Equal(expected.Street, Scalar(home, "Street"));
        Assert.Equal("Beijing", Scalar(home, "City"));
        Assert.Equal("192.168.1.*", Scalar(home, "LastIp"));
    }

    [Fact]
    public void Collections_inside_a_masked_object_are_masked_with_their_nulls()
    {
        var structure = Assert.IsType<StructureValue>(LogOne("{@Customer}", Customer.Create()).Properties["Customer"]);

        var addresses = Assert.IsType<SequenceValue>(Property(structure, "Addresses"));

        Assert.Equal(2, addresses.Elements.Count);
        var first = Assert.IsType<StructureValue>(addresses.Elements[0]);
        Assert.Equal("10.0.0.*", Scalar(first, "LastIp"));
        Assert.Equal(Masking.Redacted, Scalar(first, "Street"));
        Assert.Null(Assert.IsType<ScalarValue>(addresses.Elements[1]).Value);
    }

    [Fact]
    public void Null_members_and_a_null_object_are_written_as_null()
    {
        var customer = new Customer { Mobile = "13812345678", Email = null, Home = null, Addresses = null };

        var logged = LogOne("{@Customer} {@Missing}", customer, null);
        var structure = Assert.IsType<StructureValue>(logged.Properties["Customer"]);

        Assert.Null(Scalar(structure, "Email"));
        Assert.Null(Scalar(structure, "Home"));
        Assert.Null(Scalar(structure, "Addresses"));
        Assert.Null(Assert.IsType<ScalarValue>(logged.Properties["Missing"]).Value);
    }

    [Fact]
    public void A_collection_of_annotated_objects_logged_directly_is_masked_item_by_item()
    {
        var addresses = new[] { new Address { Street = "1 Zhongguancun Street", LastIp = "192.168.1.23" }, null };

        var sequence = Assert.IsType<SequenceValue>(LogOne("{@Addresses}", (object)addresses).Properties["Addresses"]);

        Assert.Equal("192.168.1.*", Scalar(Assert.IsType<StructureValue>(sequence.Elements[0]), "LastIp"));
        Assert.Null(Assert.IsType<ScalarValue>(sequence.Elements[1]).Value);
    }

    [Fact]
    public void Annotated_values_of_a_dictionary_are_masked()
    {
        var homes = new Dictionary<string, Address> { ["alice"] = new() { Street = "1 Zhongguancun Street", LastIp = "192.168.1.23" } };

        var dictionary = Assert.IsType<DictionaryValue>(LogOne("{@Homes}", homes).Properties["Homes"]);

        var home = Assert.IsType<StructureValue>(Assert.Single(dictionary.Elements).Value);
        Assert.Equal(Masking.Redacted, Scalar(home, "Street"));
        Assert.Equal("192.168.1.*", Scalar(home, "LastIp"));
    }

    [Fact]
    public void A_derived_object_is_masked_with_its_base_members()
    {
        Person person = new Employee { Mobile = "13812345678", WorkEmail = "bob@example.com" };

        var structure = Assert.IsType<StructureValue>(LogOne("{@Person}", person).Properties["Person"]);

        Assert.Equal("Employee", structure.TypeTag);
        Assert.Equal("138****5678", Scalar(structure, "Mobile"));
        Assert.Equal("b***@example.com", Scalar(structure, "WorkEmail"));
    }

    [Fact]
    public void A_record_struct_is_masked()
    {
        var structure = Assert.IsType<StructureValue>(LogOne("{@Visit}", new Visit("192.168.1.23", 4)).Properties["Visit"]);

        Assert.Equal("192.168.1.*", Scalar(structure, "Ip"));
        Assert.Equal(4, Scalar(structure, "Pages"));
    }

    [Fact]
    public void A_type_without_generated_code_is_written_as_Serilog_writes_it()
    {
        var shipment = new Shipment { Carrier = "SF Express", Parcels = 2 };

        var withPolicy = LogOne("{@Shipment}", shipment).Properties["Shipment"].ToString();
        var without = LogOne(new LoggerConfiguration(), "{@Shipment}", shipment).Properties["Shipment"].ToString();

        Assert.Equal(without, withPolicy);
        Assert.Contains("SF Express", withPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotated_object_inside_a_type_without_generated_code_is_masked()
    {
        var shipment = new Shipment { Carrier = "SF Express", Payload = new Address { Street = "1 Zhongguancun Street", LastIp = "192.168.1.23" } };

        var structure = Assert.IsType<StructureValue>(LogOne("{@Shipment}", shipment).Properties["Shipment"]);
        var payload = Assert.IsType<StructureValue>(Property(structure, "Payload"));

        Assert.Equal("SF Express", Scalar(structure, "Carrier"));
        Assert.Equal(Masking.Redacted, Scalar(payload, "Street"));
        Assert.Equal("192.168.1.*", Scalar(payload, "LastIp"));
    }

    [Fact]
    public void A_value_whose_Mask_throws_is_redacted()
    {
        var logged = LogOne("{@Faulty}", new Faulty { Secret = "13812345678" });

        Assert.Equal(Masking.Redacted, Assert.IsType<ScalarValue>(logged.Properties["Faulty"]).Value);
        Assert.DoesNotContain("13812345678", Render(logged), StringComparison.Ordinal);
    }

    [Fact]
    public void A_getter_that_throws_is_written_as_Serilog_writes_it()
    {
        var badge = Assert.IsType<StructureValue>(LogOne("{@Badge}", new Badge { Mobile = "13812345678" }).Properties["Badge"]);
        var plain = Assert.IsType<StructureValue>(LogOne("{@Badge}", new PlainBadge()).Properties["Badge"]);

        Assert.Equal("138****5678", Scalar(badge, "Mobile"));
        Assert.Equal(Scalar(plain, "Broken"), Scalar(badge, "Broken"));
    }

    [Fact]
    public void Serilog_depth_limit_still_applies_to_nested_masked_objects()
    {
        var configuration = new LoggerConfiguration().Destructure.ToMaximumDepth(2);

        var structure = Assert.IsType<StructureValue>(LogOne(configuration.Destructure.WithPrivacyAnalyzers(), "{@Customer}", Customer.Create()).Properties["Customer"]);

        Assert.Equal("138****5678", Scalar(structure, "Mobile"));
        Assert.Null(Scalar(Assert.IsType<StructureValue>(Property(structure, "Home")), "Street"));
    }

    [Fact]
    public void Serilog_maximum_string_length_applies_to_masked_strings()
    {
        var shortened = Assert.IsType<StructureValue>(LogOne(
            new LoggerConfiguration().Destructure.ToMaximumStringLength(5),
            "{@Shipment}",
            new Shipment { Carrier = "138****5678" }).Properties["Shipment"]);
        var configuration = new LoggerConfiguration().Destructure.ToMaximumStringLength(5).Destructure.WithPrivacyAnalyzers();
        var sink = new CollectingSink();
        using (var logger = configuration.WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("{@Customer}", new Customer { Mobile = "1381" });
            logger.Information("{@Customer}", Customer.Create());
        }

        var customer = Assert.IsType<StructureValue>(sink.Events[1].Properties["Customer"]);
        Assert.Equal(Scalar(shortened, "Carrier"), Scalar(customer, "Mobile"));
        Assert.NotEqual("138****5678", Scalar(customer, "Mobile"));
        Assert.Equal(Masking.Redacted, Scalar(Assert.IsType<StructureValue>(sink.Events[0].Properties["Customer"]), "Mobile"));
    }

    private static LogEvent LogOne(string template, params object?[] values) =>
        LogOne(new LoggerConfiguration().Destructure.WithPrivacyAnalyzers(), template, values);

    private static LogEvent LogOne(LoggerConfiguration configuration, string template, params object?[] values)
    {
        var sink = new CollectingSink();
        using (var logger = configuration.WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information(template, values);
        }

        return Assert.Single(sink.Events);
    }

    private static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new JsonFormatter().Format(logEvent, writer);
        return writer.ToString();
    }

    private static LogEventPropertyValue Property(StructureValue structure, string name) =>
        Assert.Single(structure.Properties, property => property.Name == name).Value;

    private static object? Scalar(StructureValue structure, string name) =>
        Assert.IsType<ScalarValue>(Property(structure, name)).Value;

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
