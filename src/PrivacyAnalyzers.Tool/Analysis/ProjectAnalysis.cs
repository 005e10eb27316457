using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Baseline;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Cli;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>What one project holds, sends and is told: the parts of the data map it contributes.</summary>
/// <param name="ProjectFile">The project file's full path.</param>
/// <param name="Fingerprints">Every finding the baseline can record, by fingerprint, with the path of its file.</param>
public sealed record ProjectResult(
    ProjectEntry Project,
    PolicyEntry? Policy,
    IReadOnlyList<DataTypeEntry> Types,
    IReadOnlyList<FlowEntry> Flows,
    IReadOnlyList<FindingEntry> Findings,
    string? ProjectFile = null,
    IReadOnlyList<RecordedFinding>? Fingerprints = null);

/// <summary>A finding's baseline fingerprint and the path of its file, relative to the project's folder.</summary>
public sealed record RecordedFinding(BaselineEntry Entry, string Path);

/// <summary>
/// Runs the package's generator and every analyzer it ships on one project, with the flow observations (PRIV900)
/// turned on, and reads the inventory with the generator's model reader.
/// </summary>
public static class ProjectAnalysis
{
    private const string RulePrefix = "PRIV";

    /// <summary>
    /// Every analyzer of the package, created once: analyzers hold no per-compilation state. The baseline suppressor is
    /// left out: the data map and the baseline itself show every finding.
    /// </summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(PolicyFiles).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !typeof(DiagnosticSuppressor).IsAssignableFrom(type)
            && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>The analysis of <paramref name="project"/>, or <c>null</c> when it does not use PrivacyAnalyzers or has nothing to show.</summary>
    public static async Task<ProjectResult?> AnalyzeAsync(Project project, RelativePaths paths, ToolLog log, CancellationToken cancellationToken)
    {
        project = WithToolGenerator(project);
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || PrivacySymbols.TryCreate(compilation) is not { } symbols)
        {
            log.Detail($"  {project.Name}: does not reference PrivacyAnalyzers; skipped");
            return null;
        }

        var name = ProjectName(project);
        var policyFile = PolicyFiles.Find(project.AnalyzerOptions);
        var entry = new ProjectEntry(name, paths.Of(project.FilePath!), policyFile is null ? null : paths.Of(policyFile.Path));
        var policy = policyFile is null ? null : PolicyEntries.Read(PolicyFiles.Read(policyFile, cancellationToken).Policy, paths.Of(policyFile.Path));

        var observed = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItem(FlowObservations.RuleId, ReportDiagnostic.Info)));
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, diagnostic) => log.Warning($"{analyzer.GetType().Name} failed in {name}: {exception.Message}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await observed.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var flows = new List<FlowEntry>();
        var findings = new List<FindingEntry>();
        var fingerprints = new List<RecordedFinding>();
        var projectDirectory = System.IO.Path.GetDirectoryName(project.FilePath!)!;
        var purposeAttribute = compilation.GetTypeByMetadataName(DeclaredPurposes.AttributeName);
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Id.StartsWith(RulePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (diagnostic.Id == FlowObservations.RuleId)
            {
                if (FlowObservations.Read(diagnostic, observed, purposeAttribute, name, paths, cancellationToken) is { } flow)
                {
                    flows.Add(flow);
                }

                continue;
            }

            if (BaselineSuppressor.Suppressible(diagnostic.Id))
            {
                var file = diagnostic.Location.GetLineSpan().Path;
                fingerprints.Add(new RecordedFinding(
                    BaselineFingerprint.Of(diagnostic, observed, cancellationToken),
                    string.IsNullOrEmpty(file) ? "" : System.IO.Path.GetRelativePath(projectDirectory, file).Replace('\\', '/')));
            }

            findings.Add(new FindingEntry(
                diagnostic.Id,
                diagnostic.Severity.ToString().ToLowerInvariant(),
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                name,
                paths.Of(diagnostic.Location),
                diagnostic.Descriptor.HelpLinkUri));
        }

        var types = InventoryReader.Read(compilation, symbols, name, paths, cancellationToken).ToList();
        if (types.Count == 0 && flows.Count == 0 && findings.Count == 0 && policyFile is null)
        {
            log.Detail($"  {name}: no personal information, flows, findings or policy file; left out");
            return null;
        }

        log.Progress($"  {name}: {types.Count} types with personal information, {flows.Count} flows, {findings.Count} findings");
        return new ProjectResult(entry, policy, types, flows, findings, project.FilePath, fingerprints);
    }

    /// <summary>The project's name without the target framework MSBuildWorkspace appends to multi-targeted projects.</summary>
    public static string ProjectName(Project project)
    {
        var name = project.Name;
        var framework = name.LastIndexOf('(');
        return framework > 0 && name.EndsWith(')') ? name.Substring(0, framework) : name;
    }

    private static Project WithToolGenerator(Project project)
    {
        var references = project.AnalyzerReferences
            .Where(reference => !IsPrivacyAnalyzersAssembly(reference.Display))
            .Append(PrivacyToolReference.Instance);
        return project.WithAnalyzerReferences(references);
    }

    private static bool IsPrivacyAnalyzersAssembly(string? name)
        => name is not null && name.StartsWith("PrivacyAnalyzers.", StringComparison.Ordinal);
}
