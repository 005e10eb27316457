using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using PrivacyAnalyzers.Tool.Cli;

namespace PrivacyAnalyzers.Tool.Loading;

/// <summary>The projects MSBuild loaded, and what it could not load.</summary>
public sealed record LoadedSolution(Solution Solution, IReadOnlyList<string> Failures);

/// <summary>
/// Opens a solution or project with MSBuildWorkspace. Call only after <see cref="MSBuildEnvironment.EnsureRegistered"/>:
/// MSBuild's assemblies must come from the registered SDK.
/// </summary>
public static class WorkspaceLoader
{
    public static async Task<LoadedSolution> LoadAsync(InputPath input, ToolLog log, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create();
        var progress = new Progress(log, input.RootDirectory);
        Solution solution;
        if (input.IsSolution)
        {
            solution = await workspace.OpenSolutionAsync(input.FullPath, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var project = await workspace.OpenProjectAsync(input.FullPath, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
            solution = project.Solution;
        }

        var failures = new List<string>();
        foreach (var diagnostic in workspace.Diagnostics)
        {
            if (diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(diagnostic.Message);
            }
            else
            {
                log.Detail("msbuild: " + diagnostic.Message);
            }
        }

        return new LoadedSolution(solution, failures);
    }

    /// <summary>Reports each project MSBuild evaluates, so that a large solution shows it is moving.</summary>
    private sealed class Progress : IProgress<ProjectLoadProgress>
    {
        private readonly ToolLog _log;
        private readonly string _root;

        public Progress(ToolLog log, string root)
        {
            _log = log;
            _root = root;
        }

        public void Report(ProjectLoadProgress value)
        {
            var project = Path.GetRelativePath(_root, value.FilePath);
            var framework = value.TargetFramework is { } tfm ? " (" + tfm + ")" : string.Empty;
            var line = $"  {value.Operation.ToString().ToLowerInvariant()} {project}{framework} {value.ElapsedTime.TotalSeconds:0.0} s";
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                _log.Progress(line);
            }
            else
            {
                _log.Detail(line);
            }
        }
    }
}
