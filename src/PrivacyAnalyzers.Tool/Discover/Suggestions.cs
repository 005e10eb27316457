using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Inventory;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Analysis;
using PrivacyAnalyzers.Tool.Cli;

namespace PrivacyAnalyzers.Tool.Discover;

/// <summary>One PRIV007 suggestion: a member that looks like personal information and is not marked.</summary>
/// <param name="Type">The declaring type's full name, <c>Shop.Customer</c>.</param>
/// <param name="Member">As the rule names it: <c>Customer.Email</c>, <c>AccountService.Register(email)</c>.</param>
/// <param name="Attribute">The attribute the fix writes, <c>[PersonalInfo(DataCategory.Contact.Email)]</c>.</param>
public sealed record Suggestion(string Project, string Category, string Type, string Member, string Attribute, string Path, int Line, int Column);

/// <summary>A suggestion with what applying it needs.</summary>
public sealed record FoundSuggestion(Suggestion Suggestion, DocumentId Document, Diagnostic Diagnostic);

/// <summary>Runs the PRIV007 analyzer on every project that references PrivacyAnalyzers, with each project's .editorconfig options.</summary>
public static class SuggestionFinder
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new LikelyPersonalInfoAnalyzer());

    public static async Task<IReadOnlyList<FoundSuggestion>> FindAsync(Solution solution, RelativePaths paths, ToolLog log, CancellationToken cancellationToken)
    {
        var found = new List<FoundSuggestion>();
        foreach (var project in DataMapBuilder.DistinctProjects(solution, paths))
        {
            var name = ProjectAnalysis.ProjectName(project);
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || PrivacySymbols.TryCreate(compilation) is null)
            {
                log.Detail($"  {name}: does not reference PrivacyAnalyzers; skipped");
                continue;
            }

            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(Analyzer, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var before = found.Count;
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Location.SourceTree is { } tree && project.GetDocumentId(tree) is { } document)
                {
                    found.Add(new FoundSuggestion(Describe(name, diagnostic, compilation, paths, cancellationToken), document, diagnostic));
                }
            }

            log.Progress($"  {name}: {found.Count - before} suggestions");
        }

        return found
            .OrderBy(item => item.Suggestion.Category, StringComparer.Ordinal)
            .ThenBy(item => item.Suggestion.Type, StringComparer.Ordinal)
            .ThenBy(item => item.Suggestion.Path, StringComparer.Ordinal)
            .ThenBy(item => item.Suggestion.Line)
            .ThenBy(item => item.Suggestion.Column)
            .ToList();
    }

    private static Suggestion Describe(string project, Diagnostic diagnostic, Compilation compilation, RelativePaths paths, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        var category = properties.TryGetValue(LikelyPersonalInfoAnalyzer.CategoryProperty, out var key) ? key ?? "" : "";
        var argument = properties.TryGetValue(LikelyPersonalInfoAnalyzer.ConstantProperty, out var constant) && !string.IsNullOrEmpty(constant)
            ? constant!
            : "\"" + category + "\"";
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var member = message.Length > 1 && message[0] == '\'' ? message.Substring(1, message.IndexOf('\'', 1) - 1) : message;
        var location = paths.Of(diagnostic.Location);
        return new Suggestion(
            project,
            category,
            DeclaringType(diagnostic.Location, compilation, cancellationToken),
            member,
            "[PersonalInfo(" + argument + ")]",
            location?.Path ?? "",
            location?.Line ?? 0,
            location?.Column ?? 0);
    }

    private static string DeclaringType(Location location, Compilation compilation, CancellationToken cancellationToken)
    {
        var tree = location.SourceTree!;
        var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan);
        var declaration = node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>();
        return declaration is not null && compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration, cancellationToken) is { } type
            ? type.ToDisplayString()
            : "";
    }
}
