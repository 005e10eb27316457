using PrivacyAnalyzers.Tool.Check;

namespace PrivacyAnalyzers.Tool.Tests.Check;

/// <summary>Every rule of the policy check is documented like the analyzers' rules: a page, an index entry, a help link.</summary>
public sealed class CheckRuleDocumentationTests
{
    public static TheoryData<string> Rules => new(CheckRules.All);

    [Fact]
    public void All_lists_every_rule_constant_once()
    {
        var constants = typeof(CheckRules).GetFields()
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, CheckRules.All.Order(StringComparer.Ordinal));
        Assert.Equal(CheckRules.All.Count, CheckRules.All.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_a_page_with_both_examples_and_its_title(string id)
    {
        var page = Path.Combine(ExpectedFiles.RepositoryRoot, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page at {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {CheckRules.Title(id)}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Non-compliant\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Compliant\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_is_indexed_and_its_help_link_points_at_its_page(string id)
    {
        var index = File.ReadAllText(Path.Combine(ExpectedFiles.RepositoryRoot, "docs", "rules", "README.md"));

        Assert.Contains($"| [{id}]({id}.md) | {CheckRules.Title(id)} |", index, StringComparison.Ordinal);
        Assert.EndsWith($"docs/rules/{id}.md", CheckRules.HelpUri(id), StringComparison.Ordinal);
    }
}
