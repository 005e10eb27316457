using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// Summaries are computed once per method and compilation, only for the methods a body that reads personal
/// information calls, and are shared by the rules: counted through the engine the analyzers used.
/// </summary>
public class MethodSummaryCacheTests
{
    private const int HelperCount = 40;

    /// <summary>Forty helpers returning a phone number, and callers of the first two.</summary>
    private static string Helpers()
    {
        var helpers = new StringBuilder("using PrivacyAnalyzers;\nnamespace Shop;\npublic static class Helpers\n{\n");
        for (var i = 0; i < HelperCount; i++)
        {
            helpers.Append("    public static string? Contact").Append(i).Append("(Account a) => a.PhoneNumber;\n");
        }

        return helpers.Append("}\n").ToString();
    }

    private const string Callers = """
        using Microsoft.Extensions.Logging;
        namespace Shop;
        class Service
        {
            void First(ILogger logger, Account account) => logger.LogInformation("{C}", Helpers.Contact0(account));
            void Again(ILogger logger, Account account) => logger.LogInformation("{C}", Helpers.Contact0(account) + Helpers.Contact0(account));
            void Second(ILogger logger, Account account)
            {
                logger.LogInformation("{C}", Helpers.Contact1(account));
                throw new System.InvalidOperationException(Helpers.Contact1(account));
            }
            void Plain(ILogger logger, int id) => logger.LogInformation("{Id}", id);
        }
        """;

    /// <summary>Runs <paramref name="analyze"/> and lists the methods of <paramref name="assemblyName"/> summarized meanwhile.</summary>
    private static async Task<List<string>> SummarizedWhileAsync(string assemblyName, Func<Task> analyze)
    {
        var summarized = new List<string>();
        void Record(IMethodSymbol method)
        {
            if (method.ContainingAssembly.Name == assemblyName)
            {
                lock (summarized)
                {
                    summarized.Add(method.Name);
                }
            }
        }

        MethodSummaries.Computing += Record;
        try
        {
            await analyze();
        }
        finally
        {
            MethodSummaries.Computing -= Record;
        }

        return summarized;
    }

    private static async Task<Compilation> CompileAsync(string assemblyName, params (string Path, string Source)[] sources)
    {
        var references = await FlowVerifier<LogSinkAnalyzer>.WithLibraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        return CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Source, parseOptions, path: source.Path)),
            references.Add(TestReferences.Runtime).AddRange(FlowVerifier<LogSinkAnalyzer>.Compliance),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static CompilationWithAnalyzers WithFlowAnalyzers(Compilation compilation, ConcurrentBag<string> exceptions)
        => compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new LogSinkAnalyzer(), new ExceptionSinkAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

    [Fact]
    public async Task Each_called_method_is_summarized_once_for_every_caller_and_rule()
    {
        var compilation = await CompileAsync("SummarizedOnce", ("Models.cs", FlowVerifier<LogSinkAnalyzer>.Models), ("Helpers.cs", Helpers()), ("Service.cs", Callers));
        var exceptions = new ConcurrentBag<string>();
        var analysis = WithFlowAnalyzers(compilation, exceptions);
        var diagnostics = ImmutableArray<Diagnostic>.Empty;

        var summarized = await SummarizedWhileAsync("SummarizedOnce", async () => diagnostics = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None));

        Assert.Empty(exceptions);
        Assert.Equal(3, diagnostics.Count(diagnostic => diagnostic.Id == "PRIV001"));
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PRIV003");

        // Contact0 and Contact1, however many calls and rules; the 38 helpers nobody calls are never summarized.
        Assert.Equal(new[] { "Contact0", "Contact1" }, summarized.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_edit_in_one_method_summarizes_only_what_that_method_calls()
    {
        var before = await CompileAsync("SummarizedAfterEdit", ("Models.cs", FlowVerifier<LogSinkAnalyzer>.Models), ("Helpers.cs", Helpers()), ("Service.cs", Callers));
        var service = before.SyntaxTrees.Single(tree => tree.FilePath == "Service.cs");
        var edited = service.WithChangedText(service.GetText().Replace(
            service.GetText().ToString().IndexOf("Helpers.Contact1(account));", StringComparison.Ordinal),
            "Helpers.Contact1(account));".Length,
            "Helpers.Contact1(account) + \"!\");"));
        var after = before.ReplaceSyntaxTree(service, edited);
        var exceptions = new ConcurrentBag<string>();
        var analysis = WithFlowAnalyzers(after, exceptions);
        var tree = analysis.Compilation.SyntaxTrees.Single(candidate => candidate.FilePath == "Service.cs");
        var second = (await tree.GetRootAsync()).DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.ValueText == "Second");

        // What the IDE does for the method being typed in: analyze that member of the document.
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        var summarized = await SummarizedWhileAsync(
            "SummarizedAfterEdit",
            async () => diagnostics = await analysis.GetAnalyzerSemanticDiagnosticsAsync(analysis.Compilation.GetSemanticModel(tree), second.Span, CancellationToken.None));

        Assert.Empty(exceptions);
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PRIV001");
        Assert.Equal(new[] { "Contact1" }, summarized);
    }

    [Fact]
    public async Task Asking_again_returns_the_cached_summary()
    {
        var compilation = await CompileAsync("SummaryCache", ("Models.cs", FlowVerifier<LogSinkAnalyzer>.Models), ("Helpers.cs", Helpers()));
        var flow = PersonalDataFlow.TryCreate(compilation)!;
        var contact = compilation.GetTypeByMetadataName("Shop.Helpers")!.GetMembers("Contact7").OfType<IMethodSymbol>().Single();

        var first = flow.Summaries.Of(contact, CancellationToken.None);
        var again = flow.Summaries.Of(contact, CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal("Account.PhoneNumber", first.Returns?.Member);
        Assert.Equal(1, flow.Summaries.ComputedCount);
    }
}
