using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;
using Xunit;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

public sealed class JsonReportWriterTests
{
    private static readonly string SchemaPath = Path.Combine(ExpectedFiles.RepositoryRoot, "docs", "data-map.schema.json");

    // A registry of its own: the global one refuses a second schema with the same $id, which other tests may build.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void SimWorksMapMatchesExpectedFile()
    {
        ExpectedFiles.Match("data-map.json", Write(ExampleMaps.SimWorks()));
    }

    [Fact]
    public void SimWorksMapValidatesAgainstSchema()
    {
        AssertValid(Write(ExampleMaps.SimWorks()));
    }

    [Fact]
    public void SchemaIsValidDraft202012Schema()
    {
        using var schemaDocument = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var result = MetaSchemas.Draft202012.Evaluate(schemaDocument.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Errors(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schemaDocument.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(JsonReportWriter.SchemaUri, schemaDocument.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void DocumentationExampleValidatesAgainstSchema()
    {
        var documentation = File.ReadAllText(Path.Combine(ExpectedFiles.RepositoryRoot, "docs", "data-map.md")).Replace("\r\n", "\n");
        var start = documentation.IndexOf("```json\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/data-map.md has no JSON example");
        start += "```json\n".Length;
        var example = documentation[start..documentation.IndexOf("```", start, StringComparison.Ordinal)];

        AssertValid(example);
    }

    [Fact]
    public void DocumentStartsWithSchemaAddressAndVersion()
    {
        var root = JsonNode.Parse(Write(ExampleMaps.SimWorks()))!.AsObject();

        Assert.Equal(["$schema", "schemaVersion", "source", "projects", "policy", "types", "flows", "findings"], root.Select(property => property.Key));
        Assert.Equal(JsonReportWriter.SchemaUri, root["$schema"]!.GetValue<string>());
        Assert.Equal(DataMap.CurrentSchemaVersion, root["schemaVersion"]!.GetValue<string>());
    }

    [Fact]
    public void OutputIsIndentedWithLineFeedsAndEndsWithOneNewline()
    {
        var json = Write(ExampleMaps.SimWorks());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.Contains("\n  \"types\": [\n    {\n      \"name\": \"SimWorks.Cloud.Accounts.Customer\",", json, StringComparison.Ordinal);
        Assert.Equal(json, Write(ExampleMaps.SimWorks()));
    }

    [Fact]
    public void AbsentValuesAreWrittenAsNull()
    {
        var root = JsonNode.Parse(Write(ExampleMaps.SimWorks()))!.AsObject();
        var order = root["types"]!.AsArray().Single(type => type!["name"]!.GetValue<string>() == "SimWorks.Cloud.Billing.Order")!;
        var product = order["members"]!.AsArray().Single(member => member!["name"]!.GetValue<string>() == "Product")!.AsObject();

        Assert.True(product.ContainsKey("mask"));
        Assert.Null(product["mask"]);
        Assert.Null(product["retention"]);
        Assert.Null(order["dataSubjectId"]);
        Assert.Equal("anonymize", order["retention"]!["onExpiry"]!.GetValue<string>());
    }

    [Fact]
    public void ListsKeepModelOrder()
    {
        var map = ExampleMaps.SimWorks();
        var root = JsonNode.Parse(Write(map))!.AsObject();

        Assert.Equal(map.Flows.Select(flow => flow.Sink), root["flows"]!.AsArray().Select(flow => flow!["sink"]!.GetValue<string>()));
        Assert.Equal(
            map.Policy!.Recipients[0].Categories,
            root["policy"]!["recipients"]![0]!["categories"]!.AsArray().Select(category => category!.GetValue<string>()));
    }

    [Fact]
    public void EmptyMapWritesValidDocument()
    {
        var empty = new DataMap(DataMap.CurrentSchemaVersion, "Empty.sln", [], null, [], [], []);

        var json = Write(empty);

        AssertValid(json);
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Null(root["policy"]);
        Assert.Empty(root["types"]!.AsArray());
        Assert.Empty(root["flows"]!.AsArray());
        Assert.Empty(root["findings"]!.AsArray());
    }

    [Theory]
    [InlineData("say \"hi\"")]
    [InlineData("back\\slash and\ttab")]
    [InlineData("手机号")]
    [InlineData("line\nbreak")]
    [InlineData("</script><b>&amp;'")]
    [InlineData("emoji 😀 done")]
    public void TextNeedingEscapesRoundTrips(string text)
    {
        var member = new DataMemberEntry(text, "string", "user.contact.phone_number", false, [text], text, null, null, false, new SourceLocation("Models/" + text + ".cs", 1, 1));
        var type = new DataTypeEntry("Sample." + text, "Sample", "class", null, text, [member], new SourceLocation("Models/A.cs", 1, 1));
        var flow = new FlowEntry(FlowKinds.Log, "ILogger.LogInformation", null, null, [new FlowData(text + "." + text, "user.contact.phone_number")], [], false, "M()", "Sample", new SourceLocation("A.cs", 2, 3));
        var map = new DataMap(DataMap.CurrentSchemaVersion, text + ".sln", [new ProjectEntry("Sample", "Sample.csproj", null)], null, [type], [flow], []);

        var json = Write(map);

        AssertValid(json);
        var written = JsonNode.Parse(json)!["types"]![0]!;
        Assert.Equal("Sample." + text, written["name"]!.GetValue<string>());
        Assert.Equal(text, written["dataSubjectId"]!.GetValue<string>());
        Assert.Equal(text, written["members"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(text, written["members"]![0]!["mask"]!.GetValue<string>());
        Assert.Equal(text + "." + text, JsonNode.Parse(json)!["flows"]![0]!["data"]![0]!["member"]!.GetValue<string>());
    }

    [Fact]
    public void NonAsciiTextIsWrittenUnescaped()
    {
        var member = new DataMemberEntry("手机号", "string", "user.contact.phone_number", false, [], null, null, null, false, new SourceLocation("A.cs", 1, 1));
        var type = new DataTypeEntry("Sample.用户", "Sample", "class", null, null, [member], new SourceLocation("A.cs", 1, 1));
        var map = new DataMap(DataMap.CurrentSchemaVersion, "Sample.sln", [], null, [type], [], []);

        var json = Write(map);

        Assert.Contains("\"name\": \"手机号\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Sample.用户\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogatesBecomeReplacementCharacters()
    {
        var member = new DataMemberEntry("Mobile", "string", "user.contact.phone_number", false, ["bad\uD800 good 😀"], null, null, null, false, new SourceLocation("A.cs", 1, 1));
        var type = new DataTypeEntry("Sample.Customer", "Sample", "class", null, null, [member], new SourceLocation("A.cs", 1, 1));

        var json = Write(new DataMap(DataMap.CurrentSchemaVersion, "Sample.sln", [], null, [type], [], []));

        Assert.Equal("bad\uFFFD good 😀", JsonNode.Parse(json)!["types"]![0]!["members"]![0]!["purposes"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("unknown flow kind", "flows[0].kind", "\"email\"")]
    [InlineData("unknown severity", "findings[0].severity", "\"fatal\"")]
    [InlineData("unknown expiry action", "types[1].retention.onExpiry", "\"archive\"")]
    [InlineData("unknown type kind", "types[0].kind", "\"interface\"")]
    [InlineData("line zero", "types[0].location.line", "0")]
    [InlineData("flag as text", "flows[0].approved", "\"yes\"")]
    [InlineData("malformed policy period", "policy.retention[0].minimum", "\"3 years\"")]
    [InlineData("empty policy period", "policy.retention[0].minimum", "\"P\"")]
    [InlineData("rule id of another tool", "findings[0].ruleId", "\"CA1001\"")]
    [InlineData("null source", "source", "null")]
    public void SchemaRejectsWrongValues(string because, string path, string valueJson)
    {
        var root = JsonNode.Parse(Write(ExampleMaps.SimWorks()))!;
        var (parent, name) = Resolve(root, path);
        parent[name] = JsonNode.Parse(valueJson);

        AssertInvalid(root, because);
    }

    [Theory]
    [InlineData("flows")]
    [InlineData("$schema")]
    [InlineData("types[0].members[0].category")]
    [InlineData("flows[0].recipient")]
    [InlineData("types[2].members[0].retention.from")]
    public void SchemaRejectsMissingProperties(string path)
    {
        var root = JsonNode.Parse(Write(ExampleMaps.SimWorks()))!;
        var (parent, name) = Resolve(root, path);
        parent.AsObject().Remove(name);

        AssertInvalid(root, "missing " + path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("types[0]")]
    [InlineData("flows[0].location")]
    [InlineData("policy.recipients[0]")]
    public void SchemaRejectsUnknownProperties(string path)
    {
        var root = JsonNode.Parse(Write(ExampleMaps.SimWorks()))!;
        Find(root, path).AsObject()["extra"] = 1;

        AssertInvalid(root, "an extra property at " + (path.Length == 0 ? "the root" : path));
    }

    private static string Write(DataMap map)
    {
        var writer = new StringWriter();
        JsonReportWriter.Write(map, writer);
        return writer.ToString();
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Errors(result));
    }

    private static void AssertInvalid(JsonNode root, string because)
    {
        using var document = JsonDocument.Parse(root.ToJsonString());
        var result = Schema.Value.Evaluate(document.RootElement, EvaluationOptions.Default);
        Assert.False(result.IsValid, "The schema accepted " + because);
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}")));

    /// <summary>The object holding the property a path like <c>types[1].retention.onExpiry</c> ends with, and the property's name.</summary>
    private static (JsonNode Parent, string Name) Resolve(JsonNode root, string path)
    {
        var lastDot = path.LastIndexOf('.');
        return lastDot < 0 ? (root, path) : (Find(root, path[..lastDot]), path[(lastDot + 1)..]);
    }

    /// <summary>The node at a path like <c>policy.recipients[0]</c>; the root for an empty path.</summary>
    private static JsonNode Find(JsonNode root, string path) =>
        path.Length == 0 ? root : path.Split('.').Aggregate(root, Step);

    private static JsonNode Step(JsonNode node, string segment)
    {
        var bracket = segment.IndexOf('[');
        if (bracket < 0)
        {
            return node[segment]!;
        }

        var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[segment[..bracket]]![index]!;
    }
}
