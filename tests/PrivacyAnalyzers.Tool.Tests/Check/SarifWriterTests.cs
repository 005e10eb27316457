using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PrivacyAnalyzers.Tool.Check;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;
using Xunit;
using static PrivacyAnalyzers.Tool.Tests.Check.CheckMaps;

namespace PrivacyAnalyzers.Tool.Tests.Check;

public sealed class SarifWriterTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");

    // Built once: building registers the schema's $id in the process-wide registry. Its "$schema" selects draft-07.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    // Formats ("uri", "uri-reference") are assertions here, not just annotations.
    private static readonly EvaluationOptions Validation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void SimWorksCheckMatchesExpectedFile()
    {
        ExpectedFiles.Match("check.sarif", Write(PolicyCheck.Run(ExampleMaps.SimWorks())));
    }

    [Fact]
    public void SchemaIsTheSarif210SchemaAndAValidDraft07Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = schema.RootElement;

        Assert.Equal("http://json-schema.org/draft-07/schema#", root.GetProperty("$schema").GetString());
        Assert.Equal("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", root.GetProperty("title").GetString());
        Assert.Equal("2.1.0", root.GetProperty("properties").GetProperty("version").GetProperty("enum")[0].GetString());
        Assert.Equal(52, root.GetProperty("definitions").EnumerateObject().Count());
        var result = MetaSchemas.Draft7.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid);
    }

    [Fact]
    public void SimWorksCheckValidatesAgainstTheSarifSchema()
    {
        AssertValid(Write(PolicyCheck.Run(ExampleMaps.SimWorks())));
    }

    [Fact]
    public void ReportWithEveryRuleValidatesAgainstTheSarifSchema()
    {
        var json = Write(PolicyCheck.Run(EveryRuleMap()));

        AssertValid(json);
        var ruleIds = Results(json).Select(result => result!["ruleId"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["PRIV001", "PRIV002", "PRIV006", "PRIV300", "PRIV301", "PRIV302", "PRIV303", "PRIV304", "PRIV305", "PRIV306"], ruleIds);
    }

    [Fact]
    public void ReportWithoutPolicyValidatesAndPointsAtTheSolution()
    {
        var json = Write(PolicyCheck.Run(ExampleMaps.SimWorks() with { Policy = null, Findings = [] }));

        AssertValid(json);
        var result = Assert.Single(Results(json))!;
        Assert.Equal("PRIV307", result["ruleId"]!.GetValue<string>());
        var location = result["locations"]![0]!["physicalLocation"]!.AsObject();
        Assert.Equal("SimWorks.Cloud.csproj", location["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.False(location.ContainsKey("region"));
    }

    [Theory]
    [InlineData("missing version", "version", null)]
    [InlineData("unknown level", "runs[0].results[0].level", "\"fatal\"")]
    [InlineData("line 0", "runs[0].results[0].locations[0].physicalLocation.region.startLine", "0")]
    [InlineData("unknown result property", "runs[0].results[0].severity", "\"error\"")]
    [InlineData("help address that is not a URI", "runs[0].tool.driver.rules[0].helpUri", "\"not a uri\"")]
    [InlineData("message without text", "runs[0].results[0].message", "{}")]
    [InlineData("rule without id", "runs[0].tool.driver.rules[0].id", null)]
    public void BrokenDocumentsFailValidation(string what, string path, string? value)
    {
        var document = JsonNode.Parse(Write(PolicyCheck.Run(ExampleMaps.SimWorks())))!;
        Set(document, path, value);

        var result = Schema.Value.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement, Validation);

        Assert.False(result.IsValid, $"A document with a {what} passed validation.");
    }

    [Fact]
    public void RunDescribesTheToolAndEveryRuleOnce()
    {
        var json = Write(PolicyCheck.Run(EveryRuleMap()));
        var run = JsonNode.Parse(json)!["runs"]!.AsArray().Single()!;
        var driver = run["tool"]!["driver"]!;

        Assert.Equal("privacy", driver["name"]!.GetValue<string>());
        Assert.Equal("https://github.com/privacy-analyzers/PrivacyAnalyzers", driver["informationUri"]!.GetValue<string>());
        var rules = driver["rules"]!.AsArray();
        var ids = rules.Select(rule => rule!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), ids);

        var results = run["results"]!.AsArray();
        Assert.All(results, result => Assert.Equal(
            result!["ruleId"]!.GetValue<string>(),
            rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>()));
        Assert.Equal(ids, results.Select(result => result!["ruleId"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RulesCarryDescriptionsAndHelpAddresses()
    {
        var rules = JsonNode.Parse(Write(PolicyCheck.Run(EveryRuleMap())))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        JsonNode Rule(string id) => rules.Single(rule => rule!["id"]!.GetValue<string>() == id)!;

        Assert.Equal("https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/PRIV301.md", Rule("PRIV301")["helpUri"]!.GetValue<string>());
        Assert.Equal("A category or member approved for a recipient is never sent to it", Rule("PRIV301")["shortDescription"]!["text"]!.GetValue<string>());
        Assert.Equal("https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/PRIV001.md", Rule("PRIV001")["helpUri"]!.GetValue<string>());
        Assert.Equal("Personal information is written to a log", Rule("PRIV001")["shortDescription"]!["text"]!.GetValue<string>());
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule!["shortDescription"]!["text"]!.GetValue<string>())));
    }

    [Fact]
    public void LevelsFollowIssuesAndFindingSeverities()
    {
        var map = ExampleMaps.SimWorks()
            .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
            .WithFindings(Finding("PRIV001", "error"), Finding("PRIV004", "warning"), Finding("PRIV006", "info"), Finding("PRIV007", "hidden"));

        var levels = Results(Write(PolicyCheck.Run(map)))
            .Select(result => $"{result!["ruleId"]!.GetValue<string>()}={result["level"]!.GetValue<string>()}");

        Assert.Equal(["PRIV301=error", "PRIV301=error", "PRIV305=note", "PRIV001=error", "PRIV004=warning", "PRIV006=note", "PRIV007=none"], levels);
    }

    [Fact]
    public void LocationsAreRelativeToTheSourceRoot()
    {
        var map = ExampleMaps.SimWorks().AddFlow(
            Flow(FlowKinds.Http, null, false, Data("Customer.Mobile", "user.contact.phone_number")) with { Location = At("Partner Sync/C#/Sync.cs", 40, 13) });

        var json = Write(PolicyCheck.Run(map));

        AssertValid(json);
        var sharing = Results(json).Single(result => result!["ruleId"]!.GetValue<string>() == "PRIV302")!;
        var physical = sharing["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("Partner%20Sync/C%23/Sync.cs", physical["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Equal(SarifWriter.SourceRootId, physical["artifactLocation"]!["uriBaseId"]!.GetValue<string>());
        Assert.Equal(40, physical["region"]!["startLine"]!.GetValue<int>());
        Assert.Equal(13, physical["region"]!["startColumn"]!.GetValue<int>());
        var baseIds = JsonNode.Parse(json)!["runs"]![0]!["originalUriBaseIds"]!.AsObject();
        Assert.Equal([SarifWriter.SourceRootId], baseIds.Select(property => property.Key));
    }

    [Fact]
    public void PolicyIssuesPointAtPrivacyJsonAndRelateTheCode()
    {
        var map = ExampleMaps.SimWorks().AddFlow(
            Flow(FlowKinds.Recipient, "WeChat Pay", false, Data("Customer.Mobile", "user.contact.phone_number")));

        var results = Results(Write(PolicyCheck.Run(map)));

        var stale = results.First(result => result!["ruleId"]!.GetValue<string>() == "PRIV301")!;
        Assert.Equal("privacy.json", stale["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Null(stale["relatedLocations"]);

        var sharing = results.Single(result => result!["ruleId"]!.GetValue<string>() == "PRIV302")!;
        Assert.Equal("Partners/Sync.cs", sharing["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>());
        var related = sharing["relatedLocations"]!.AsArray().Single()!;
        Assert.Equal("privacy.json", related["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Equal(14, related["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>());
        Assert.Equal("The declaration in privacy.json", related["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void OutputIsDeterministicWithLineFeedsAndOneFinalNewline()
    {
        var json = Write(PolicyCheck.Run(ExampleMaps.SimWorks()));

        Assert.Equal(json, Write(PolicyCheck.Run(ExampleMaps.SimWorks())));
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.StartsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",", json, StringComparison.Ordinal);
    }

    private static DataMap EveryRuleMap() => ExampleMaps.SimWorks()
        .AddRecipient(Recipient("Tencent Ads", ["user.device.device_id"]))
        .AddFlow(Flow(FlowKinds.Http, null, false, Data("Customer.Mobile", "user.contact.phone_number")))
        .WithTypeRetention("Order", null)
        .WithMemberRetention("Customer", "Mobile", new RetentionEntry(1, 0, 0, null, null, "delete"))
        .WithMemberRetention("LoginRecord", "IpAddress", new RetentionEntry(0, 1, 0, null, null, "anonymize"))
        .WithFindings(
            Finding("PRIV001", "warning"),
            Finding("PRIV002", "warning"),
            Finding("PRIV006", "hidden") with { Location = null });

    private static JsonArray Results(string json) => JsonNode.Parse(json)!["runs"]![0]!["results"]!.AsArray();

    private static string Write(CheckReport report)
    {
        var writer = new StringWriter();
        SarifWriter.Write(report, writer);
        return writer.ToString();
    }

    private static void AssertValid(string json)
    {
        var result = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, Validation);
        var errors = string.Join("\n", (result.Details ?? []).Where(detail => detail.Errors is not null)
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}")));
        Assert.True(result.IsValid, errors);
    }

    /// <summary>Sets (or, with a null value, removes) the property at a dotted path whose steps may index arrays ("results[0]").</summary>
    private static void Set(JsonNode document, string path, string? value)
    {
        var steps = path.Split('.');
        var node = document;
        foreach (var step in steps.SkipLast(1))
        {
            node = Step(node, step);
        }

        var last = steps[^1];
        if (value is null)
        {
            node.AsObject().Remove(last);
        }
        else
        {
            node[last] = JsonNode.Parse(value);
        }
    }

    private static JsonNode Step(JsonNode node, string step)
    {
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node[step]!;
        }

        var index = int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[step[..bracket]]![index]!;
    }
}
