using System.Collections.Immutable;
using System.Text.Json;

namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Collections of every shape are never skipped; positional record parameters carry their attributes to the property.</summary>
public class CollectionAndPositionalTests
{
    private static Address Home(string street) => new() { City = Samples.City, Street = street };

    private static JsonElement Export(IPersonalDataExport item)
    {
        using var document = JsonDocument.Parse(PersonalDataJson.Serialize(item));
        return document.RootElement.Clone();
    }

    private static string[] Streets(JsonElement array)
        => array.EnumerateArray().Select(address => address.GetProperty("Street").GetProperty("value").GetString()!).ToArray();

    private static Household Household() => new()
    {
        Homes = { Home(Samples.Street) },
        Former = new HashSet<Address> { Home("2 Hidden Road") },
        Phones = { Samples.Mobile },
        Emails = new HashSet<string?> { Samples.Email, null },
    };

    private static Archive Archive()
    {
        var archive = new Archive
        {
            ByName = { ["home"] = Home(Samples.Street) },
            Frozen = ImmutableArray.Create(Home("2 Hidden Road")),
            Jagged = new[] { new[] { Home("3 Jagged Way") }, null!, new[] { Home("4 Jagged Way") } },
            Grid = new Address[1, 2] { { Home("5 Grid Row"), Home("6 Grid Row") } },
            Waiting = new Queue<Address>(new[] { Home("7 Queue Street") }),
            Phones = new Queue<string>(new[] { Samples.Mobile }),
            Birthdays = new Dictionary<string, DateTime> { ["me"] = Samples.BirthDate },
        };
        archive.Book.Items.Add(Home("8 Book Lane"));
        return archive;
    }

    [Fact]
    public void Sets_are_masked_into_new_sets_that_keep_the_comparer()
    {
        var original = Household();

        var masked = original.Mask();

        Assert.NotSame(original.Homes, masked.Homes);
        Assert.Equal(Masking.Redacted, Assert.Single(masked.Homes).Street);
        Assert.Equal(Masking.Redacted, Assert.Single(masked.Former!).Street);
        Assert.Equal(new[] { "138****5678" }, masked.Phones);
        Assert.Same(StringComparer.OrdinalIgnoreCase, masked.Phones.Comparer);
        Assert.Contains(null, masked.Emails!);
        Assert.DoesNotContain(Samples.Email, masked.Emails!);
        Assert.Equal(Samples.Street, Assert.Single(original.Homes).Street);
        Assert.Equal(Samples.Mobile, Assert.Single(original.Phones));
    }

    [Fact]
    public void Sets_are_anonymized_item_by_item_and_personal_sets_of_values_are_suppressed()
    {
        var anonymized = Household().Anonymize(Samples.Key("k1", 1));

        Assert.Null(Assert.Single(anonymized.Homes).Street);
        Assert.Null(anonymized.Emails);
        Samples.AssertNoRawValue(JsonSerializer.Serialize(anonymized));
    }

    [Fact]
    public void Sets_are_exported_as_arrays()
    {
        var json = Export(Household());

        Assert.Equal(new[] { Samples.Street }, Streets(json.GetProperty("Homes")));
        Assert.Equal(new[] { Samples.Mobile }, json.GetProperty("Phones").GetProperty("value").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [Fact]
    public void Every_other_collection_shape_is_exported_through_its_items()
    {
        var json = Export(Archive());

        Assert.Equal(new[] { Samples.Street }, Streets(json.GetProperty("ByName")));
        Assert.Equal(new[] { "2 Hidden Road" }, Streets(json.GetProperty("Frozen")));
        Assert.Equal(new[] { "3 Jagged Way", "4 Jagged Way" }, Streets(json.GetProperty("Jagged")));
        Assert.Equal(new[] { "5 Grid Row", "6 Grid Row" }, Streets(json.GetProperty("Grid")));
        Assert.Equal(new[] { "7 Queue Street" }, Streets(json.GetProperty("Waiting")));
        Assert.Equal(new[] { "8 Book Lane" }, Streets(json.GetProperty("Book")));
        Assert.Equal(Samples.Mobile, json.GetProperty("Phones").GetProperty("value")[0].GetString());
        Assert.Equal("user.demographic.date_of_birth", json.GetProperty("Birthdays").GetProperty("category").GetString());
        Assert.Equal("03/07/1990 00:00:00", json.GetProperty("Birthdays").GetProperty("value")[0].GetString());
    }

    [Fact]
    public void Missing_and_default_collections_are_exported_as_null()
    {
        var json = Export(new Archive { ByName = null!, Birthdays = null });

        Assert.Equal(JsonValueKind.Null, json.GetProperty("ByName").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Frozen").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Jagged").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Grid").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("Birthdays").GetProperty("value").ValueKind);
    }

    [Fact]
    public void A_type_holding_a_collection_that_cannot_be_rebuilt_gets_no_Mask_or_Anonymize()
    {
        Assert.Null(typeof(Archive).GetMethod("Mask", Type.EmptyTypes));
        Assert.Null(typeof(Archive).GetMethod("Anonymize"));
        Assert.False(typeof(IMaskable<Archive>).IsAssignableFrom(typeof(Archive)));
        Assert.True(typeof(IPersonalDataExport).IsAssignableFrom(typeof(Archive)));
    }

    [Fact]
    public void Printing_shows_no_item_of_any_collection_shape()
    {
        var printed = Archive().ToString();

        Samples.AssertNoRawValue(printed);
        Assert.DoesNotContain("Book Lane", printed);
        Assert.Contains("Book = ***", printed);
        Assert.Contains("Phones = ***", printed);
        Samples.AssertNoRawValue(Household().ToString());
    }

    [Fact]
    public void Positional_parameters_without_the_property_target_are_personal_members()
    {
        var customer = new PositionalCustomer(7, Samples.Mobile, Samples.SubjectId);

        Assert.Equal("138****5678", customer.Mask().Mobile);
        Assert.Equal(string.Empty, customer.Anonymize(Samples.Key("k1", 1)).Mobile);
        Assert.Equal(Guid.Empty, customer.Mask().SubjectId);
        Assert.Equal(7, customer.Mask().Id);
        Samples.AssertNoRawValue(customer.ToString());
        Assert.Equal(Samples.Mobile, Export(customer).GetProperty("Mobile").GetProperty("value").GetString());
        Assert.Equal(Masking.Redacted, new PositionalVisit(Samples.Ip).Mask().Ip);

        var entry = Assert.Single(PersonalDataInventory.For(typeof(PositionalCustomer).Assembly), info => info.Type == typeof(PositionalCustomer));
        Assert.Equal(new[] { "Mobile", "SubjectId" }, entry.Members.Select(member => member.Name).ToArray());
        Assert.True(entry.Members[1].IsDataSubjectId);
    }
}
