using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Policy;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.PolicyFileAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>PRIV200–PRIV204 reported on the policy file of a project, at the file's line and column.</summary>
public class PolicyFileAnalyzerTests
{
    private const string Code = "public class Shop { }";

    [Fact]
    public async Task The_documented_reference_policy_gets_no_diagnostic()
    {
        await RunAsync(PolicyReaderTests.DocumentedExample());
    }

    [Fact]
    public async Task Malformed_json_is_an_error_at_its_position()
    {
        await RunAsync(
            "{\n  \"recipients\": [\n    { \"name\": \"Alipay\", }\n  ]\n}",
            Verifier.Diagnostic(RuleCatalog.PolicyMalformed)
                .WithSpan("/0/privacy.json", 3, 23, 3, 24)
                .WithArguments("Trailing comma before '}' is not allowed in JSON"));
    }

    [Fact]
    public async Task Each_problem_gets_its_own_rule_and_location()
    {
        const string policy = """
            {
              "purposes": [ { "id": "payment" } ],
              "recipients": [
                { "name": "Alipay", "purposes": ["payments"], "categories": ["user.device.mac_adress", "user.loyalty.points"] },
                { "name": "ALIPAY", "categories": [] },
                { "name": "Sms", "region": "cn" }
              ]
            }
            """;

        await RunAsync(
            policy,
            Verifier.Diagnostic(RuleCatalog.PolicyUndeclaredReference)
                .WithSpan("/0/privacy.json", 4, 38, 4, 48)
                .WithArguments("The recipient 'Alipay' names the purpose 'payments', which the policy does not declare in 'purposes'"),
            Verifier.Diagnostic(RuleCatalog.PolicyDuplicate)
                .WithSpan("/0/privacy.json", 5, 15, 5, 23)
                .WithArguments("The recipient 'ALIPAY' is declared twice; the first declaration, on line 4, is used"),
            Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
                .WithSpan("/0/privacy.json", 6, 32, 6, 36)
                .WithArguments("'cn' is not a region code; use an upper-case ISO 3166-1 alpha-2 code such as 'CN'"),
            Verifier.Diagnostic(RuleCatalog.PolicyUnknownCategory)
                .WithSpan("/0/privacy.json", 4, 66, 4, 90)
                .WithArguments("'user.device.mac_adress' is not a known data category; did you mean 'user.device.mac_address'?"),
            Verifier.Diagnostic(RuleCatalog.PolicyUnknownCategory)
                .WithSpan("/0/privacy.json", 4, 92, 4, 113)
                .WithArguments("'user.loyalty.points' is not a known data category"));
    }

    [Fact]
    public async Task Retention_problems_are_reported_at_their_place_in_the_file()
    {
        const string policy = """
            {
              "retention": [
                { "categories": ["user.behavior.purchase_history"], "minimum": "P3Y", "onExpiry": "anonymize" },
                { "categories": ["user.behavior.login_log", "user.behavior.purchase_history"], "minimum": "P6M" },
                { "categories": ["user.device.ip_adress"], "minimum": "P0.5Y", "retain": true },
                { "categories": ["user.contact.phone_numbr"], "minimum": "P6M", "onExpiry": "purge" },
                { "minimum": "P1Y" }
              ]
            }
            """;

        await RunAsync(
            policy,
            Verifier.Diagnostic(RuleCatalog.PolicyDuplicate)
                .WithSpan("/0/privacy.json", 4, 49, 4, 81)
                .WithArguments("The category 'user.behavior.purchase_history' is given a retention rule twice; the first, on line 3, is used"),
            Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
                .WithSpan("/0/privacy.json", 5, 59, 5, 66)
                .WithArguments("'P0.5Y' is not a retention period: its numbers must be whole; write an ISO 8601 period of years, months and days such as 'P3Y', 'P6M', 'P1Y6M' or 'P30D'"),
            Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
                .WithSpan("/0/privacy.json", 5, 68, 5, 76)
                .WithArguments("Unknown property 'retain' in a retention rule; expected categories, minimum, basis, onExpiry"),
            Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
                .WithSpan("/0/privacy.json", 6, 81, 6, 88)
                .WithArguments("'purge' is not an expiry action; expected 'delete' or 'anonymize'"),
            Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
                .WithSpan("/0/privacy.json", 7, 5, 7, 6)
                .WithArguments("A retention rule needs 'categories'"),
            Verifier.Diagnostic(RuleCatalog.PolicyUnknownCategory)
                .WithSpan("/0/privacy.json", 6, 22, 6, 48)
                .WithArguments("'user.contact.phone_numbr' is not a known data category; did you mean 'user.contact.phone_number'?"));
    }

    [Fact]
    public async Task The_main_sample_policy_gets_no_diagnostic()
    {
        await RunAsync(File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "samples", "SimWorks.Cloud", "privacy.json")));
    }

    [Fact]
    public async Task Keys_declared_with_DataCategoryDefinition_are_known()
    {
        var test = Test("""{ "cookies": { "categories": ["user.loyalty.points"] } }""");
        test.TestState.Sources.Add("[assembly: PrivacyAnalyzers.DataCategoryDefinition(\"user.loyalty.points\")]");

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Categories_are_not_checked_without_the_runtime_but_the_file_is()
    {
        var test = Test("""{ "cookies": { "categories": ["user.not_a_key"] }, "recipients": {} }""");
        test.TestState.AdditionalReferences.Clear();
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
            .WithSpan("/0/privacy.json", 1, 66, 1, 68)
            .WithArguments("'recipients' must be an array, not an object"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_file_marked_as_the_policy_is_read_whatever_its_name_and_other_json_files_are_not()
    {
        var test = new Verifier.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add(("/0/policy/simworks.json", "{ \"purpose\": [] }"));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ not json"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [/0/policy/simworks.json]
            {PolicyFiles.PolicyMetadataKey} = true
            """));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.PolicyInvalidEntry)
            .WithSpan("/0/policy/simworks.json", 1, 3, 1, 12)
            .WithArguments("Unknown property 'purpose' in the policy; expected $schema, purposes, recipients, regions, cookies, retention"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_project_without_a_policy_file_gets_no_policy_diagnostic()
    {
        var test = new Verifier.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add(("/0/notes.json", "{ not json"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void The_policy_is_read_once_per_content()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("{ \"recipients\": [ { \"name\": \"Alipay\" } ] }");
        var file = new FixedFile("/0/privacy.json", text);

        var first = PolicyFiles.Read(file, CancellationToken.None);
        var second = PolicyFiles.Read(file, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal("Alipay", Assert.Single(first.Policy.Recipients).Name.Value);
    }

    private sealed class FixedFile(string path, Microsoft.CodeAnalysis.Text.SourceText text) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private static Task RunAsync(string policy, params DiagnosticResult[] expected)
    {
        var test = Test(policy);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static Verifier.Test Test(string policy)
    {
        var test = new Verifier.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", policy));
        return test;
    }
}
