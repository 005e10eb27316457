using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// The examples on the flow rules' pages compile against the runtime and the logging libraries; the non-compliant one
/// gets exactly the diagnostics its comments announce, the compliant one none.
/// </summary>
public class FlowDocumentationTests
{
    [Theory]
    [InlineData("PRIV001")]
    [InlineData("PRIV003")]
    [InlineData("PRIV005")]
    [InlineData("PRIV010")]
    public async Task Non_compliant_example_gets_one_diagnostic_per_announcing_comment(string id)
    {
        var code = Example(id, "Non-compliant");

        var diagnostics = await AnalyzeAsync(code);

        var announced = Regex.Matches(code, "// " + id).Count;
        Assert.True(announced > 0, $"{id}.md announces no diagnostic");
        Assert.Equal(announced, diagnostics.Count(diagnostic => diagnostic.Id == id));
    }

    [Theory]
    [InlineData("PRIV001")]
    [InlineData("PRIV003")]
    [InlineData("PRIV005")]
    [InlineData("PRIV010")]
    public async Task Compliant_example_gets_no_flow_diagnostic(string id)
    {
        var diagnostics = await AnalyzeAsync(Example(id, "Compliant"));

        Assert.Empty(diagnostics);
    }

    private static string Example(string id, string section)
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md"));
        var match = Regex.Match(page, "^## " + Regex.Escape(section) + "\\s*```csharp\\r?\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{id}.md has no C# example under '## {section}'");
        return match.Groups["code"].Value;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code)
    {
        var references = await FlowVerifier<LogSinkAnalyzer>.WithLibraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LogSinkAnalyzer(), new ExceptionSinkAnalyzer(), new PersonalReturnAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
