using System.Text;
using System.Text.Json;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class PersonalDataJsonTests
{
    private static readonly JsonEncodedText Phone = PersonalDataJson.Encode("user.contact.phone_number");

    [Theory]
    [InlineData("13812345678")]
    [InlineData("张三")]
    [InlineData("😀 𠀀 \"quoted\" \\ <b>&</b>")]
    public void WriteString_writes_category_and_value_that_round_trip(string value)
    {
        var member = WriteMember(writer => PersonalDataJson.WriteString(writer, PersonalDataJson.Encode("Mobile"), Phone, value), "Mobile");

        Assert.Equal(Phone.Value, member.GetProperty("category").GetString());
        Assert.Equal(value, member.GetProperty("value").GetString());
        Assert.Equal(2, member.EnumerateObject().Count());
    }

    [Fact]
    public void Every_writer_writes_null_for_a_missing_value()
    {
        Action<Utf8JsonWriter>[] writes =
        {
            w => PersonalDataJson.WriteString(w, PersonalDataJson.Encode("M"), Phone, null),
            w => PersonalDataJson.WriteBoolean(w, PersonalDataJson.Encode("M"), Phone, null),
            w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("M"), Phone, (long?)null),
            w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("M"), Phone, (ulong?)null),
            w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("M"), Phone, (double?)null),
            w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("M"), Phone, (decimal?)null),
            w => PersonalDataJson.WriteDateTime(w, PersonalDataJson.Encode("M"), Phone, null),
            w => PersonalDataJson.WriteDateTimeOffset(w, PersonalDataJson.Encode("M"), Phone, null),
            w => PersonalDataJson.WriteGuid(w, PersonalDataJson.Encode("M"), Phone, null),
            w => PersonalDataJson.WriteStrings(w, PersonalDataJson.Encode("M"), Phone, null),
        };

        foreach (var write in writes)
        {
            var member = WriteMember(write, "M");
            Assert.Equal(Phone.Value, member.GetProperty("category").GetString());
            Assert.Equal(JsonValueKind.Null, member.GetProperty("value").ValueKind);
        }
    }

    [Fact]
    public void Scalar_writers_write_typed_values()
    {
        Assert.True(Value(w => PersonalDataJson.WriteBoolean(w, PersonalDataJson.Encode("V"), Phone, true)).GetBoolean());
        Assert.Equal(long.MinValue, Value(w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("V"), Phone, long.MinValue)).GetInt64());
        Assert.Equal(ulong.MaxValue, Value(w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("V"), Phone, ulong.MaxValue)).GetUInt64());
        Assert.Equal(0.1 + 0.2, Value(w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("V"), Phone, 0.1 + 0.2)).GetDouble());
        Assert.Equal(12345.6789m, Value(w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("V"), Phone, 12345.6789m)).GetDecimal());
    }

    [Fact]
    public void Dates_and_guids_are_ISO_8601_and_canonical_strings()
    {
        var utc = new DateTime(2024, 2, 29, 8, 30, 0, DateTimeKind.Utc);
        var offset = new DateTimeOffset(2024, 2, 29, 8, 30, 0, TimeSpan.FromHours(8));
        var guid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        Assert.Equal("2024-02-29T08:30:00Z", Value(w => PersonalDataJson.WriteDateTime(w, PersonalDataJson.Encode("V"), Phone, utc)).GetString());
        Assert.Equal("2024-02-29T08:30:00+08:00", Value(w => PersonalDataJson.WriteDateTimeOffset(w, PersonalDataJson.Encode("V"), Phone, offset)).GetString());
        Assert.Equal(offset, Value(w => PersonalDataJson.WriteDateTimeOffset(w, PersonalDataJson.Encode("V"), Phone, offset)).GetDateTimeOffset());
        Assert.Equal(guid, Value(w => PersonalDataJson.WriteGuid(w, PersonalDataJson.Encode("V"), Phone, guid)).GetGuid());
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Non_finite_doubles_are_written_as_strings(double value, string expected)
    {
        Assert.Equal(expected, Value(w => PersonalDataJson.WriteNumber(w, PersonalDataJson.Encode("V"), Phone, value)).GetString());
    }

    [Fact]
    public void WriteStrings_writes_an_array_keeping_null_items()
    {
        var value = Value(w => PersonalDataJson.WriteStrings(w, PersonalDataJson.Encode("V"), Phone, new[] { "13812345678", null, "张三" }));

        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        Assert.Equal(new[] { "13812345678", null, "张三" }, value.EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [Fact]
    public void WriteObject_nests_the_export_of_the_member_without_a_wrapper()
    {
        var contact = new Contact("13812345678", "张三");

        var member = WriteMember(w => PersonalDataJson.WriteObject(w, PersonalDataJson.Encode("Contact"), contact), "Contact");

        Assert.Equal("13812345678", member.GetProperty("Mobile").GetProperty("value").GetString());
        Assert.Equal("张三", member.GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal("user.name", member.GetProperty("Name").GetProperty("category").GetString());
    }

    [Fact]
    public void WriteObject_writes_null_for_a_missing_member()
    {
        var member = WriteMember(w => PersonalDataJson.WriteObject<Contact>(w, PersonalDataJson.Encode("Contact"), null), "Contact");

        Assert.Equal(JsonValueKind.Null, member.ValueKind);
    }

    [Fact]
    public void WriteObject_and_WriteNullableObject_write_value_types()
    {
        var location = new Location(39.9, 116.4);

        var direct = WriteMember(w => PersonalDataJson.WriteObject(w, PersonalDataJson.Encode("Home"), location), "Home");
        var nullable = WriteMember(w => PersonalDataJson.WriteNullableObject(w, PersonalDataJson.Encode("Home"), (Location?)location), "Home");
        var missing = WriteMember(w => PersonalDataJson.WriteNullableObject(w, PersonalDataJson.Encode("Home"), (Location?)null), "Home");

        Assert.Equal(39.9, direct.GetProperty("Latitude").GetProperty("value").GetDouble());
        Assert.Equal(116.4, nullable.GetProperty("Longitude").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, missing.ValueKind);
    }

    [Fact]
    public void WriteArray_writes_each_export_and_null_items()
    {
        var contacts = new List<Contact?> { new("13812345678", "张三"), null, new(null, "李四") };

        var member = WriteMember(w => PersonalDataJson.WriteArray(w, PersonalDataJson.Encode("Contacts"), contacts), "Contacts");

        var items = member.EnumerateArray().ToArray();
        Assert.Equal(3, items.Length);
        Assert.Equal("张三", items[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("Mobile").GetProperty("value").ValueKind);
    }

    [Fact]
    public void WriteArray_writes_null_for_a_missing_collection()
    {
        var member = WriteMember(w => PersonalDataJson.WriteArray<Contact>(w, PersonalDataJson.Encode("Contacts"), null), "Contacts");

        Assert.Equal(JsonValueKind.Null, member.ValueKind);
    }

    [Fact]
    public void Serialize_returns_the_export_as_JSON_text()
    {
        var json = PersonalDataJson.Serialize(new Contact("13812345678", "张三"));

        using var document = JsonDocument.Parse(json);
        Assert.Equal("张三", document.RootElement.GetProperty("Name").GetProperty("value").GetString());
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_keeps_non_Latin_text_readable_for_the_person_it_describes()
    {
        var json = PersonalDataJson.Serialize(new Contact("13812345678", "张三"));

        Assert.Contains("\"张三\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_can_indent()
    {
        var json = PersonalDataJson.Serialize(new Contact("13812345678", "张三"), indented: true);

        Assert.Contains("\n", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("13812345678", document.RootElement.GetProperty("Mobile").GetProperty("value").GetString());
    }

    [Fact]
    public void Serialize_escapes_HTML_sensitive_characters()
    {
        var json = PersonalDataJson.Serialize(new Contact("<script>", null));

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("<script>", document.RootElement.GetProperty("Mobile").GetProperty("value").GetString());
    }

    [Fact]
    public void SerializeAll_writes_one_array()
    {
        IPersonalDataExport[] items = { new Contact("13812345678", "张三"), new Location(1.5, 2.5), null! };

        using var document = JsonDocument.Parse(PersonalDataJson.SerializeAll(items));

        var array = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, array.Length);
        Assert.Equal("张三", array[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal(2.5, array[1].GetProperty("Longitude").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, array[2].ValueKind);
    }

    [Fact]
    public void Serialize_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => PersonalDataJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => PersonalDataJson.SerializeAll(null!));
    }

    // Writes `{ <member> }` with the given writer call and returns the member's value.
    [Fact]
    public void Encode_keeps_names_in_any_script_readable_and_escapes_what_JSON_must()
    {
        Assert.Equal("姓名", PersonalDataJson.Encode("姓名").ToString());
        Assert.Equal("a\\u0022b", PersonalDataJson.Encode("a\"b").ToString());
        var member = WriteMember(w => PersonalDataJson.WriteString(w, PersonalDataJson.Encode("姓名"), PersonalDataJson.Encode("user.name"), "张三"), "姓名");
        Assert.Equal("张三", member.GetProperty("value").GetString());
    }

    private static JsonElement WriteMember(Action<Utf8JsonWriter> write, string name)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Single(document.RootElement.EnumerateObject());
        return document.RootElement.GetProperty(name).Clone();
    }

    private static JsonElement Value(Action<Utf8JsonWriter> write) => WriteMember(write, "V").GetProperty("value");

    private sealed class Contact : IPersonalDataExport
    {
        public Contact(string? mobile, string? name)
        {
            Mobile = mobile;
            Name = name;
        }

        public string? Mobile { get; }

        public string? Name { get; }

        public void WritePersonalData(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            PersonalDataJson.WriteString(writer, PersonalDataJson.Encode(nameof(Mobile)), Phone, Mobile);
            PersonalDataJson.WriteString(writer, PersonalDataJson.Encode(nameof(Name)), PersonalDataJson.Encode("user.name"), Name);
            writer.WriteEndObject();
        }
    }

    private readonly struct Location : IPersonalDataExport
    {
        public Location(double latitude, double longitude)
        {
            Latitude = latitude;
            Longitude = longitude;
        }

        public double Latitude { get; }

        public double Longitude { get; }

        public void WritePersonalData(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            PersonalDataJson.WriteNumber(writer, PersonalDataJson.Encode(nameof(Latitude)), PersonalDataJson.Encode("user.location.precise"), Latitude);
            PersonalDataJson.WriteNumber(writer, PersonalDataJson.Encode(nameof(Longitude)), PersonalDataJson.Encode("user.location.precise"), Longitude);
            writer.WriteEndObject();
        }
    }
}
