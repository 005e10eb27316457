using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tool.Analysis;
using PrivacyAnalyzers.Tool.Baseline;
using PrivacyAnalyzers.Tool.Check;
using PrivacyAnalyzers.Tool.Discover;
using PrivacyAnalyzers.Tool.Loading;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;

namespace PrivacyAnalyzers.Tool.Cli;

/// <summary>
/// The <c>privacy</c> command line: <c>report</c> writes the data map, <c>check</c> compares the policy with the code,
/// <c>discover</c> lists and applies the PRIV007 suggestions, <c>baseline</c> records the current findings.
/// </summary>
public static class PrivacyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A solution (.sln, .slnx), a C# project (.csproj), or a folder holding exactly one of them." };
        var verbosity = new Option<Verbosity>("--verbosity", "-v")
        {
            Description = "How much progress to write on stderr.",
            DefaultValueFactory = _ => Verbosity.Normal,
            Recursive = true,
        };

        var noRestore = new Option<bool>("--no-restore")
        {
            Description = "Do not restore the solution's packages before loading it.",
            Recursive = true,
        };

        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Formats to write; repeat or separate with commas. json: the data map; md and html: inventory, disclosure, retention and findings tables (html adds the flow diagram); fides: a Fides dataset manifest.",
            DefaultValueFactory = _ => ["json", "md", "html", "fides"],
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        };
        formats.Validators.Add(result =>
        {
            var unknown = result.GetValueOrDefault<string[]>()?.Where(name => ReportFormat.All.All(format => format.Name != name)).ToList();
            if (unknown is { Count: > 0 })
            {
                result.AddError($"Unknown format '{unknown[0]}'; use {string.Join(", ", ReportFormat.All.Select(format => format.Name))}.");
            }
        });
        var outputDirectory = new Option<string>("--output", "-o")
        {
            Description = "The folder the report files are written to.",
            DefaultValueFactory = _ => "privacy-report",
        };
        var report = new Command("report", "Write the privacy data map of the code: annotated types and members, flows of personal information, findings.")
        {
            path, formats, outputDirectory,
        };
        report.SetAction((result, cancellationToken) => ReportAsync(
            result.GetValue(path)!, result.GetValue(formats)!, result.GetValue(outputDirectory)!, Settings(result), cancellationToken));

        var sarif = new Option<string?>("--sarif") { Description = "Also write the results as SARIF 2.1.0 to this file, for code-scanning uploads." };
        var check = new Command("check", "Compare privacy.json with what the code does; exit code 1 when they disagree.")
        {
            path, sarif,
        };
        check.SetAction((result, cancellationToken) => CheckAsync(
            result.GetValue(path)!, result.GetValue(sarif), output, Settings(result), cancellationToken));

        var discoverFormat = new Option<string>("--format", "-f")
        {
            Description = "text: grouped by category and type, to read; json: the same, for other tools.",
            DefaultValueFactory = _ => "text",
        };
        discoverFormat.AcceptOnlyFromAmong("text", "json");
        var apply = new Option<bool>("--apply") { Description = "Write the [PersonalInfo] attributes of the listed suggestions, printing the diff." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --apply: print the diff and write nothing." };
        var categories = new Option<string[]>("--category")
        {
            Description = "Only suggestions of these category keys or their children (user.contact matches user.contact.email); repeat for several.",
            DefaultValueFactory = _ => [],
        };
        var types = new Option<string[]>("--type")
        {
            Description = "Only suggestions in these types, by full or simple name; repeat for several.",
            DefaultValueFactory = _ => [],
        };
        var discover = new Command("discover", "List the members that look like personal information and are not marked (PRIV007), grouped by category and type; --apply marks them.")
        {
            path, discoverFormat, apply, dryRun, categories, types,
        };
        discover.SetAction((result, cancellationToken) => DiscoverAsync(
            result.GetValue(path)!,
            new DiscoverSettings(result.GetValue(discoverFormat)!, result.GetValue(apply), result.GetValue(dryRun), result.GetValue(categories)!, result.GetValue(types)!),
            output,
            Settings(result),
            cancellationToken));

        var baseline = new Command("baseline", "Record the current findings in each project's privacy-baseline.json; the build then reports only new ones.")
        {
            path,
        };
        baseline.SetAction((result, cancellationToken) => BaselineAsync(result.GetValue(path)!, output, Settings(result), cancellationToken));

        var root = new RootCommand("The privacy data map of a C# solution, from its PrivacyAnalyzers attributes and flow analysis.")
        {
            report, check, discover, baseline, verbosity, noRestore,
        };

        RunSettings Settings(ParseResult result) => new(new ToolLog(error, result.GetValue(verbosity)), !result.GetValue(noRestore));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Wrong arguments exit with their own code, never with the check's "policy and code disagree".
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("error: " + problem.Message);
            }

            error.WriteLine("Run 'privacy --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }

    /// <summary>The options every command shares.</summary>
    private sealed record RunSettings(ToolLog Log, bool Restore);

    private static async Task<int> ReportAsync(string path, string[] formats, string outputDirectory, RunSettings settings, CancellationToken cancellationToken)
    {
        var log = settings.Log;
        var (map, status) = await MapAsync(path, settings, cancellationToken).ConfigureAwait(false);
        if (map is null)
        {
            return status;
        }

        Directory.CreateDirectory(outputDirectory);
        foreach (var format in ReportFormat.All.Where(format => formats.Contains(format.Name)))
        {
            var file = Path.Combine(outputDirectory, format.FileName);
            WriteFile(file, writer => format.Write(map, writer));
            log.Progress("Wrote " + file);
        }

        return status;
    }

    private static async Task<int> CheckAsync(string path, string? sarifFile, TextWriter output, RunSettings settings, CancellationToken cancellationToken)
    {
        var log = settings.Log;
        var analysed = new List<ProjectResult>();
        var (map, status) = await MapAsync(path, settings, cancellationToken, analysed).ConfigureAwait(false);
        if (map is null)
        {
            return status;
        }

        var result = PolicyCheck.Run(map);
        CheckConsoleWriter.Write(result, output);
        foreach (var project in analysed)
        {
            if (ProjectBaseline.StaleCount(project) is { } stale)
            {
                output.WriteLine(stale == 0
                    ? $"{project.Project.Name}: no stale baseline entries."
                    : $"{project.Project.Name}: {stale} baseline {(stale == 1 ? "entry is" : "entries are")} stale (fixed or changed); run 'privacy baseline' to drop them.");
            }
        }

        if (sarifFile is not null)
        {
            WriteFile(sarifFile, writer => SarifWriter.Write(result, writer));
            log.Progress("Wrote " + sarifFile);
        }

        return result.Failed ? ExitCodes.CheckFailed : status;
    }

    /// <summary>The options of <c>privacy discover</c>.</summary>
    private sealed record DiscoverSettings(string Format, bool Apply, bool DryRun, string[] Categories, string[] Types);

    private static async Task<int> DiscoverAsync(string path, DiscoverSettings discover, TextWriter output, RunSettings settings, CancellationToken cancellationToken)
    {
        var (loaded, status) = await LoadAsync(path, settings, cancellationToken).ConfigureAwait(false);
        if (loaded is null)
        {
            return status;
        }

        var (input, solution) = loaded.Value;
        var paths = new RelativePaths(input.RootDirectory);
        var found = (await SuggestionFinder.FindAsync(solution, paths, settings.Log, cancellationToken).ConfigureAwait(false))
            .Where(item => Chosen(item.Suggestion, discover))
            .ToList();
        var suggestions = found.Select(item => item.Suggestion).ToList();
        if (!discover.Apply)
        {
            if (discover.Format == "json")
            {
                DiscoverWriter.WriteJson(suggestions, output);
            }
            else
            {
                DiscoverWriter.WriteText(suggestions, output);
            }

            return status;
        }

        var files = await SuggestionApplier.ApplyAsync(solution, found, paths, discover.DryRun, output, cancellationToken).ConfigureAwait(false);
        output.WriteLine(discover.DryRun
            ? $"Dry run: {suggestions.Count} member(s) in {files} file(s) would be marked; nothing was written."
            : $"Marked {suggestions.Count} member(s) in {files} file(s).");
        return status;
    }

    private static bool Chosen(Suggestion suggestion, DiscoverSettings discover)
        => (discover.Categories.Length == 0 || discover.Categories.Any(category =>
                suggestion.Category == category || suggestion.Category.StartsWith(category + ".", StringComparison.Ordinal)))
            && (discover.Types.Length == 0 || discover.Types.Any(type =>
                suggestion.Type == type || suggestion.Type.EndsWith("." + type, StringComparison.Ordinal)));

    private static async Task<int> BaselineAsync(string path, TextWriter output, RunSettings settings, CancellationToken cancellationToken)
    {
        var analysed = new List<ProjectResult>();
        var (map, status) = await MapAsync(path, settings, cancellationToken, analysed).ConfigureAwait(false);
        if (map is null)
        {
            return status;
        }

        foreach (var project in analysed)
        {
            var update = ProjectBaseline.Write(project);
            output.WriteLine($"{project.Project.Name}: recorded {update.Findings} finding(s) as {update.Entries} entr{(update.Entries == 1 ? "y" : "ies")} in {update.File}; dropped {update.Dropped} fixed.");
        }

        return status;
    }

    /// <summary>Loads and analyses <paramref name="path"/>; the map is null when nothing could be analysed, with the exit code saying why.</summary>
    private static async Task<(DataMap? Map, int Status)> MapAsync(string path, RunSettings settings, CancellationToken cancellationToken, List<ProjectResult>? analysed = null)
    {
        var log = settings.Log;
        var started = DateTime.UtcNow;
        var (loaded, status) = await LoadAsync(path, settings, cancellationToken).ConfigureAwait(false);
        if (loaded is null)
        {
            return (null, status);
        }

        var map = await DataMapBuilder.BuildAsync(loaded.Value.Input, loaded.Value.Solution, log, cancellationToken, analysed).ConfigureAwait(false);
        log.Progress($"Analysed {map.Projects.Count} project(s) in {(DateTime.UtcNow - started).TotalSeconds:0.0} s: {map.Types.Count} types, {map.Flows.Count} flows, {map.Findings.Count} findings");
        return (map, status);
    }

    /// <summary>Resolves, restores and loads <paramref name="path"/>; null when nothing loaded, with the exit code saying why.</summary>
    private static async Task<((InputPath Input, Solution Solution)? Loaded, int Status)> LoadAsync(string path, RunSettings settings, CancellationToken cancellationToken)
    {
        var log = settings.Log;
        if (InputPath.Resolve(path, out var invalid) is not { } input)
        {
            log.Error(invalid!);
            return (null, ExitCodes.InvalidInput);
        }

        if (MSBuildEnvironment.EnsureRegistered() is { } missing)
        {
            log.Error(missing);
            return (null, ExitCodes.NoMSBuild);
        }

        if (settings.Restore)
        {
            await Restore.RunAsync(input, log, cancellationToken).ConfigureAwait(false);
        }

        log.Progress("Loading " + input.FullPath);
        var loaded = await WorkspaceLoader.LoadAsync(input, log, cancellationToken).ConfigureAwait(false);
        foreach (var failure in loaded.Failures)
        {
            log.Error("not loaded: " + failure);
        }

        if (!loaded.Solution.Projects.Any())
        {
            log.Error("no project could be loaded from " + input.FullPath);
            return (null, ExitCodes.ProjectsFailed);
        }

        return ((input, loaded.Solution), loaded.Failures.Count > 0 ? ExitCodes.ProjectsFailed : ExitCodes.Success);
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        write(writer);
    }
}
