using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tool.Cli;
using PrivacyAnalyzers.Tool.Loading;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>Analyses every C# project of a loaded solution and puts the results together in one sorted data map.</summary>
public static class DataMapBuilder
{
    /// <param name="analysed">When given, receives each analysed project's result (the baseline reads their findings' fingerprints).</param>
    public static async Task<DataMap> BuildAsync(InputPath input, Solution solution, ToolLog log, CancellationToken cancellationToken, List<ProjectResult>? analysed = null)
    {
        var paths = new RelativePaths(input.RootDirectory);
        var results = new List<ProjectResult>();
        foreach (var project in DistinctProjects(solution, paths))
        {
            log.Progress($"Analysing {ProjectAnalysis.ProjectName(project)}");
            if (await ProjectAnalysis.AnalyzeAsync(project, paths, log, cancellationToken).ConfigureAwait(false) is { } result)
            {
                results.Add(result);
            }
        }

        analysed?.AddRange(results);
        var policies = results.Where(result => result.Policy is not null).Select(result => result.Policy!).ToList();
        if (policies.Select(policy => policy.Path).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            log.Warning($"the projects read different policy files; the map shows {policies[0].Path}, the check compares every project with it");
        }

        return new DataMap(
            DataMap.CurrentSchemaVersion,
            Path.GetFileName(input.FullPath),
            results.Select(result => result.Project).ToList(),
            policies.FirstOrDefault(),
            results.SelectMany(result => result.Types)
                .OrderBy(type => type.Name, StringComparer.Ordinal).ThenBy(type => type.Project, StringComparer.Ordinal)
                .ToList(),
            results.SelectMany(result => result.Flows)
                .OrderBy(flow => flow.Location.Path, StringComparer.Ordinal).ThenBy(flow => flow.Location.Line).ThenBy(flow => flow.Location.Column)
                .ThenBy(flow => flow.Kind, StringComparer.Ordinal).ThenBy(flow => flow.Sink, StringComparer.Ordinal)
                .ToList(),
            results.SelectMany(result => result.Findings)
                .OrderBy(finding => finding.Location?.Path, StringComparer.Ordinal).ThenBy(finding => finding.Location?.Line).ThenBy(finding => finding.Location?.Column)
                .ThenBy(finding => finding.RuleId, StringComparer.Ordinal).ThenBy(finding => finding.Message, StringComparer.Ordinal)
                .ToList());
    }

    /// <summary>The solution's C# projects in path order; a multi-targeted project loads once per target framework and is analysed once.</summary>
    public static IReadOnlyList<Project> DistinctProjects(Solution solution, RelativePaths paths)
        => solution.Projects
            .Where(project => project.Language == LanguageNames.CSharp && project.FilePath is not null)
            .GroupBy(project => project.FilePath!, StringComparer.Ordinal)
            .Select(group => group.OrderBy(project => project.Name, StringComparer.Ordinal).First())
            .OrderBy(project => paths.Of(project.FilePath!), StringComparer.Ordinal)
            .ToList();
}
