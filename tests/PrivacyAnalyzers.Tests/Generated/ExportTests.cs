using System.Text.Json;

namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Generated WritePersonalData: one JSON object with a category label per personal member.</summary>
public class ExportTests
{
    private static JsonElement Export(IPersonalDataExport item)
    {
        using var document = JsonDocument.Parse(PersonalDataJson.Serialize(item));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Personal_members_are_written_with_their_category_and_raw_value()
    {
        var json = Export(Samples.Customer());

        Assert.Equal("user.name", json.GetProperty("Name").GetProperty("category").GetString());
        Assert.Equal(Samples.Name, json.GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal("user.contact.phone_number", json.GetProperty("Mobile").GetProperty("category").GetString());
        Assert.Equal(Samples.Mobile, json.GetProperty("Mobile").GetProperty("value").GetString());
        Assert.Equal(37, json.GetProperty("Age").GetProperty("value").GetInt32());
        Assert.Equal(99.5m, json.GetProperty("Balance").GetProperty("value").GetDecimal());
        Assert.True(json.GetProperty("Verified").GetProperty("value").GetBoolean());
        Assert.Equal(Samples.SubjectId, json.GetProperty("SubjectId").GetProperty("value").GetGuid());
        Assert.Equal(Samples.BirthDate, json.GetProperty("BirthDate").GetProperty("value").GetDateTime());
        Assert.Equal("Female", json.GetProperty("Gender").GetProperty("value").GetString());
    }

    [Fact]
    public void Members_that_are_not_personal_are_not_written()
    {
        var json = Export(Samples.Customer());

        Assert.False(json.TryGetProperty("Id", out _));
    }

    [Fact]
    public void Nested_objects_and_collections_are_nested_objects_and_arrays()
    {
        var json = Export(Samples.Customer());

        var home = json.GetProperty("Home");
        Assert.Equal(JsonValueKind.Object, home.ValueKind);
        Assert.Equal("user.contact.address", home.GetProperty("Street").GetProperty("category").GetString());
        Assert.Equal(Samples.Street, home.GetProperty("Street").GetProperty("value").GetString());
        var addresses = json.GetProperty("Addresses");
        Assert.Equal(2, addresses.GetArrayLength());
        Assert.Equal("2 Hidden Road", addresses[1].GetProperty("Street").GetProperty("value").GetString());
        var phones = json.GetProperty("Phones");
        Assert.Equal("user.contact.phone_number", phones.GetProperty("category").GetString());
        Assert.Equal(new[] { Samples.Mobile, "13900001111" }, phones.GetProperty("value").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [Fact]
    public void Nulls_are_written_as_null()
    {
        var json = Export(new Customer { Searches = null, Home = null });

        Assert.Equal(JsonValueKind.Null, json.GetProperty("Email").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Score").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Home").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Searches").GetProperty("value").ValueKind);
    }

    [Fact]
    public void Derived_types_write_base_members_then_their_own()
    {
        Person person = new Employee { Name = "张三", WorkEmail = "zhang@corp.example", Title = "Engineer" };

        var json = Export(person);

        Assert.Equal(new[] { "Name", "WorkEmail" }, json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("zhang@corp.example", json.GetProperty("WorkEmail").GetProperty("value").GetString());
    }

    [Fact]
    public void Records_structs_and_nested_value_types_are_exported()
    {
        var order = Export(new Order("SO202311250001", "13812345678", DateTimeOffset.UnixEpoch));
        var visit = Export(new Visit("10.0.0.42", new GeoPoint { Latitude = 1.5, Longitude = 2.5 }));

        Assert.Equal("SO202311250001", order.GetProperty("OrderNumber").GetProperty("value").GetString());
        Assert.False(order.TryGetProperty("CompletedAt", out _));
        Assert.Equal("10.0.0.42", visit.GetProperty("Ip").GetProperty("value").GetString());
        Assert.Equal(1.5, visit.GetProperty("Where").GetProperty("Latitude").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Everything_about_a_person_serializes_as_one_array()
    {
        var items = new IPersonalDataExport[] { Samples.Customer(), new Order("SO1", "13812345678", DateTimeOffset.UnixEpoch) };

        using var document = JsonDocument.Parse(PersonalDataJson.SerializeAll(items));

        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("SO1", document.RootElement[1].GetProperty("OrderNumber").GetProperty("value").GetString());
    }

    [Fact]
    public void A_null_writer_throws()
    {
        Assert.Throws<ArgumentNullException>("writer", () => Samples.Customer().WritePersonalData(null!));
    }

    [Fact]
    public void Collections_of_nullable_structs_are_arrays_with_nulls()
    {
        var json = Export(new Trip { Stops = { new GeoPoint { Latitude = 1.5 }, null } });

        var stops = json.GetProperty("Stops");
        Assert.Equal(1.5, stops[0].GetProperty("Latitude").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, stops[1].ValueKind);
        Assert.Equal(0, json.GetProperty("Path").GetArrayLength());
    }
}
