using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>
/// The PRIV002, PRIV004, PRIV008, PRIV009, PRIV205 and PRIV206 pages' examples, analyzed with the policy the page shows (else the documented
/// reference policy): the non-compliant one gets the diagnostics its comments announce, the compliant one none.
/// </summary>
public class ThirdPartyDocumentationTests
{
    [Theory]
    [InlineData("PRIV002", true)]
    [InlineData("PRIV004", true)]
    [InlineData("PRIV008", true)]
    [InlineData("PRIV009", true)]
    [InlineData("PRIV205", false)]
    [InlineData("PRIV206", true)]
    public async Task Non_compliant_example_gets_one_diagnostic_per_announcing_comment(string id, bool withPolicy)
    {
        var code = Example(id, "Non-compliant");

        var diagnostics = await AnalyzeAsync(code, withPolicy ? PolicyOf(id) : "{}");

        Assert.Equal(Regex.Matches(code, "// " + id).Count, diagnostics.Count(diagnostic => diagnostic.Id == id));
        Assert.NotEmpty(diagnostics);
    }

    [Theory]
    [InlineData("PRIV002")]
    [InlineData("PRIV004")]
    [InlineData("PRIV008")]
    [InlineData("PRIV009")]
    [InlineData("PRIV205")]
    [InlineData("PRIV206")]
    public async Task Compliant_example_gets_no_diagnostic(string id)
    {
        var diagnostics = await AnalyzeAsync(Example(id, "Compliant"), PolicyOf(id));

        Assert.Empty(diagnostics);
    }

    /// <summary>The policy a page's non-compliant example shows in a JSON block, else the documented reference policy.</summary>
    private static string PolicyOf(string id)
    {
        var match = Regex.Match(Page(id), "^## Non-compliant(?:(?!^## ).)*?```json\\r?\\n(?<policy>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        return match.Success ? match.Groups["policy"].Value : PolicyReaderTests.DocumentedExample();
    }

    private static string Page(string id) => File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md"));

    private static string Example(string id, string section)
    {
        var page = Page(id);
        var match = Regex.Match(page, "^## " + Regex.Escape(section) + ".*?```csharp\\r?\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{id}.md has no C# example under '## {section}'");
        return match.Groups["code"].Value;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code, string policy)
    {
        // ASP.NET Core for the cookie examples.
        var references = await CookieAnalyzerTests.AspNetCore.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/privacy.json", policy)));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThirdPartySharingAnalyzer(), new CookieAnalyzer(), new PurposeAnalyzer(), new PolicyFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
