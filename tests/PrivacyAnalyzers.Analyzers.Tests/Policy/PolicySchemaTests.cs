using System.Text.RegularExpressions;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

// The runtime declares an ExpiryAction of its own; the policy model uses the one compiled into the CodeModel.
using ExpiryAction = PrivacyAnalyzers.CodeModel.ExpiryAction;

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
        { "$defs/retention", PolicyReader.RetentionProperties },
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
    public void Retention_rules_require_categories_and_a_minimum_and_expire_as_the_reader_reads()
    {
        var retention = Assert.IsType<JsonObject>(Get(Assert.IsType<JsonObject>(Get(Schema, "$defs")), "retention"));
        var required = Assert.IsType<JsonArray>(Get(retention, "required")).Items.Select(item => Assert.IsType<JsonString>(item).Value);
        var properties = Assert.IsType<JsonObject>(Get(retention, "properties"));
        var onExpiry = Assert.IsType<JsonArray>(Get(Assert.IsType<JsonObject>(Get(properties, "onExpiry")), "enum")).Items.Select(item => Assert.IsType<JsonString>(item).Value).ToList();
        var categories = Assert.IsType<JsonObject>(Get(properties, "categories"));

        Assert.Equal(new[] { "categories", "minimum" }, required);
        Assert.Equal("1", Assert.IsType<JsonNumber>(Get(categories, "minItems")).Text);
        Assert.Equal(new[] { "delete", "anonymize" }, onExpiry);
        Assert.Equal(
            new ExpiryAction?[] { ExpiryAction.Delete, ExpiryAction.Anonymize },
            onExpiry.Select(value => Assert.Single(Read("\"minimum\": \"P1Y\", \"onExpiry\": \"" + value + "\"").Policy.Retention).OnExpiry));
        Assert.Single(Read("\"minimum\": \"P1Y\", \"onExpiry\": \"archive\"").Problems);
    }

    [Theory]
    [InlineData("P3Y")]
    [InlineData("P6M")]
    [InlineData("P1Y6M")]
    [InlineData("P30D")]
    [InlineData("P1Y2M3D")]
    [InlineData("P0D")]
    [InlineData("P")]
    [InlineData("")]
    [InlineData("3 years")]
    [InlineData("P6M1Y")]
    [InlineData("P2W")]
    [InlineData("PT12H")]
    [InlineData("P1DT2H")]
    [InlineData("-P3Y")]
    [InlineData("P-3Y")]
    [InlineData("P1.5Y")]
    [InlineData("p3y")]
    public void Schema_period_pattern_accepts_exactly_the_periods_the_reader_accepts(string period)
    {
        var periodDefinition = Assert.IsType<JsonObject>(Get(Assert.IsType<JsonObject>(Get(Schema, "$defs")), "period"));
        var pattern = Assert.IsType<JsonString>(Get(periodDefinition, "pattern")).Value;

        var readerAccepts = Read("\"minimum\": \"" + period + "\"").Problems.IsEmpty;

        Assert.Equal(readerAccepts, Regex.IsMatch(period, pattern, RegexOptions.ECMAScript));
    }

    [Fact]
    public void Package_ships_the_schema()
    {
        var project = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj"));

        Assert.Contains("Include=\"build/privacy.schema.json\" Pack=\"true\"", project, StringComparison.Ordinal);
    }

    /// <summary>A policy with one retention rule for a known category and the given other properties.</summary>
    private static PolicyDocument Read(string properties)
        => PolicyReader.Read("{ \"retention\": [ { \"categories\": [\"user.device\"], " + properties + " } ] }");

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
