using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>privacy.schema.json is JSON, and describes exactly the properties the analyzers read.</summary>
public class PolicySchemaTests
{
    private static readonly JsonObject Schema = ReadSchema();

    public static TheoryData<string, string[]> ObjectsAndTheirProperties() => new()
    {
        { "", PolicyReader.RootProperties },
        { "properties/regions", PolicyReader.RegionsProperties },
        { "properties/cookies", PolicyReader.CookiesProperties },
        { "$defs/purpose", PolicyReader.PurposeProperties },
        { "$defs/recipient", PolicyReader.RecipientProperties },
        { "$defs/regionException", PolicyReader.ExceptionProperties },
    };

    [Fact]
    public void Schema_is_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Assert.IsType<JsonString>(Get(Schema, "$schema")).Value);
    }

    [Theory]
    [MemberData(nameof(ObjectsAndTheirProperties))]
    public void Schema_object_declares_the_properties_the_reader_accepts_and_no_others(string path, string[] readerProperties)
    {
        var definition = path.Length == 0 ? Schema : path.Split('/').Aggregate(Schema, (current, name) => Assert.IsType<JsonObject>(Get(current, name)));

        var declared = Assert.IsType<JsonObject>(Get(definition, "properties")).Properties.Select(p => p.Name.Value);
        Assert.Equal(readerProperties.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        Assert.False(Assert.IsType<JsonLiteral>(Get(definition, "additionalProperties")).Value);
    }

    [Fact]
    public void Transfer_bases_match_the_reader()
    {
        var basis = Assert.IsType<JsonObject>(Get(Assert.IsType<JsonObject>(Get(Assert.IsType<JsonObject>(Get(Assert.IsType<JsonObject>(Get(Schema, "$defs")), "regionException")), "properties")), "basis"));
        var values = Assert.IsType<JsonArray>(Get(basis, "enum")).Items.Select(item => Assert.IsType<JsonString>(item).Value).ToList();

        Assert.Equal(new[] { "law", "consent", "cross-border-transaction" }, values);
        foreach (var value in values)
        {
            var document = PolicyReader.Read("{ \"regions\": { \"exceptions\": [ { \"basis\": \"" + value + "\" } ] } }");
            Assert.Empty(document.Problems);
        }
    }

    [Fact]
    public void Package_ships_the_schema()
    {
        var project = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj"));

        Assert.Contains("Include=\"build/privacy.schema.json\" Pack=\"true\"", project, StringComparison.Ordinal);
    }

    private static JsonValue Get(JsonObject owner, string name)
        => Assert.Single(owner.Properties, property => property.Name.Value == name).Value;

    private static JsonObject ReadSchema()
    {
        var path = Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Package", "build", "privacy.schema.json");
        var document = JsonReader.Parse(File.ReadAllText(path));
        Assert.Null(document.Error);
        return Assert.IsType<JsonObject>(document.Root);
    }
}
