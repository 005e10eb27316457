using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>Builds of the repository's samples run one at a time, apart from the other builds of the test run.</summary>
[CollectionDefinition(nameof(SampleBuilds), DisableParallelization = true)]
public sealed class SampleBuilds;

/// <summary>
/// The SimWorks samples as a reader of the README builds them: samples/SimWorks.Cloud.Leaky shows every rule,
/// samples/SimWorks.Cloud shows none.
/// </summary>
[Collection(nameof(SampleBuilds))]
public sealed class LeakySampleTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    internal static readonly string[] EveryRule =
    {
        "PRIV001", "PRIV002", "PRIV003", "PRIV004", "PRIV005", "PRIV006", "PRIV007", "PRIV008", "PRIV009",
        "PRIV100", "PRIV101", "PRIV102", "PRIV103", "PRIV104", "PRIV105", "PRIV106", "PRIV107",
        "PRIV200", "PRIV201", "PRIV202", "PRIV203", "PRIV204", "PRIV205", "PRIV206",
    };

    private static readonly string RepositoryRoot = PackedPackage.FindRepositoryRoot();

    [Fact]
    public async Task Leaky_sample_builds_and_reports_every_rule_as_a_warning()
    {
        var build = await CompileAsync(Path.Combine("samples", "SimWorks.Cloud.Leaky", "SimWorks.Cloud.Leaky.csproj"));

        Assert.True(build.ExitCode == 0, build.Describe());
        var reported = Regex.Matches(build.Output, @"\bwarning (PRIV\d{3}):")
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(EveryRule, reported);
        Assert.DoesNotMatch(@"\berror PRIV\d{3}:", build.Output);
    }

    [Fact]
    public async Task Main_sample_builds_without_any_privacy_diagnostic_suggestions_included()
    {
        // Suggestions (PRIV006, PRIV007) are not printed by the build; the SARIF log has every severity.
        var errorLog = Path.Combine(Path.GetTempPath(), $"SimWorks.Cloud.{Guid.NewGuid():N}.sarif");
        try
        {
            var build = await CompileAsync(Path.Combine("samples", "SimWorks.Cloud", "SimWorks.Cloud.csproj"), $"-p:ErrorLog={errorLog}");

            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.Matches(new Regex(@"^\s*0 Warning\(s\)\s*$", RegexOptions.Multiline), build.Output);
            Assert.True(File.Exists(errorLog), $"No SARIF log at {errorLog}.\n{build.Describe()}");
            Assert.Empty(PrivacyDiagnostics(errorLog));
        }
        finally
        {
            File.Delete(errorLog);
        }
    }

    /// <summary>
    /// Builds the project and its references as usual, then compiles the project alone again, so that its diagnostics
    /// are reported even when it was up to date (a skipped compilation reports none). Rebuilding only the project
    /// leaves the shared components alone.
    /// </summary>
    private static async Task<CommandResult> CompileAsync(string project, params string[] properties)
    {
        var build = await DotNetCli.RunAsync(RepositoryRoot, BuildTimeout, "build", project, "-tl:off");
        if (build.ExitCode != 0)
        {
            return build;
        }

        return await DotNetCli.RunAsync(
            RepositoryRoot,
            BuildTimeout,
            ["build", project, "--no-incremental", "-p:BuildProjectReferences=false", "-tl:off", .. properties]);
    }

    /// <summary>"PRIVnnn file(line): message" for each PRIV result of a SARIF 1.0 log, whatever its level.</summary>
    private static List<string> PrivacyDiagnostics(string errorLog)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(errorLog));
        var diagnostics = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var ruleId = result.GetProperty("ruleId").GetString() ?? "";
                if (ruleId.StartsWith("PRIV", StringComparison.Ordinal))
                {
                    diagnostics.Add($"{ruleId} {Location(result)}: {result.GetProperty("message").GetString()}");
                }
            }
        }

        return diagnostics;
    }

    private static string Location(JsonElement result)
    {
        if (result.TryGetProperty("locations", out var locations)
            && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("resultFile", out var file))
        {
            return $"{file.GetProperty("uri").GetString()}({file.GetProperty("region").GetProperty("startLine").GetInt32()})";
        }

        return "(no location)";
    }
}
