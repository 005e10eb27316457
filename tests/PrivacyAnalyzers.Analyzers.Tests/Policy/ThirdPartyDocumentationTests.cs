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
/// The PRIV002 and PRIV205 pages' examples, analyzed with the documented reference policy: the non-compliant one gets
/// the diagnostics its comments announce, the compliant one none.
/// </summary>
public class ThirdPartyDocumentationTests
{
    [Theory]
    [InlineData("PRIV002", true)]
    [InlineData("PRIV205", false)]
    public async Task Non_compliant_example_gets_one_diagnostic_per_announcing_comment(string id, bool withPolicy)
    {
        var code = Example(id, "Non-compliant");

        var diagnostics = await AnalyzeAsync(code, withPolicy ? PolicyReaderTests.DocumentedExample() : "{}");

        Assert.Equal(Regex.Matches(code, "// " + id).Count, diagnostics.Count(diagnostic => diagnostic.Id == id));
        Assert.NotEmpty(diagnostics);
    }

    [Theory]
    [InlineData("PRIV002")]
    [InlineData("PRIV205")]
    public async Task Compliant_example_gets_no_diagnostic(string id)
    {
        var diagnostics = await AnalyzeAsync(Example(id, "Compliant"), PolicyReaderTests.DocumentedExample());

        Assert.Empty(diagnostics);
    }

    private static string Example(string id, string section)
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md"));
        var match = Regex.Match(page, "^## " + Regex.Escape(section) + ".*?```csharp\\r?\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{id}.md has no C# example under '## {section}'");
        return match.Groups["code"].Value;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code, string policy)
    {
        var references = await TestReferences.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/privacy.json", policy)));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThirdPartySharingAnalyzer(), new PolicyFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
