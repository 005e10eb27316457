using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>Every rule is documented, release-tracked and reported by an analyzer.</summary>
public class RuleCatalogTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(RuleCatalog).Assembly;

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Catalog_ids_are_unique_and_include_the_usage_rules_PRIV100_to_PRIV107()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^PRIV[0-9]{3}$", id));
        Assert.Subset(ids.ToHashSet(), Enumerable.Range(100, 8).Select(n => "PRIV" + n).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_documentation_page(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ":", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_listed_in_the_rules_index(string id)
    {
        var index = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"));

        Assert.Contains("[" + id + "](" + id + ".md)", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_help_link_points_at_its_documentation_page(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_release_tracking_row_matching_its_descriptor(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var analyzerFolder = Path.Combine(RepositoryRoot(), "src", "PrivacyAnalyzers.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(analyzerFolder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(analyzerFolder, "AnalyzerReleases.Unshipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToList();

        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        // Release tracking writes "Disabled" for a rule that is off by default, such as the PRIV900 data-map observation.
        Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", row[2]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_supported_by_an_analyzer(string id)
    {
        var supporting = Analyzers()
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == id))
            .ToList();

        Assert.NotEmpty(supporting);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Release_tracking_notes_name_the_analyzers_that_report_the_rule(string id)
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "PrivacyAnalyzers.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var notes = unshipped
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Single(cells => cells.Length == 4 && cells[0] == id)[3];
        var reporters = Analyzers()
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == id))
            .Select(analyzer => analyzer.GetType().Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(string.Join(", ", reporters), notes);
    }

    internal static IEnumerable<DiagnosticDescriptor> Descriptors()
        => typeof(RuleCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!);

    internal static IEnumerable<DiagnosticAnalyzer> Analyzers()
        => AnalyzerAssembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
