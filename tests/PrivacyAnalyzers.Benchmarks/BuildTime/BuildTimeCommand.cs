using System.Diagnostics;
using System.Globalization;
using System.Text;
using PrivacyAnalyzers.Benchmarks.Analyzers;

namespace PrivacyAnalyzers.Benchmarks.BuildTime;

/// <summary>
/// What the package adds to a build's wall time. Writes the 1,000-file synthetic solution twice to a temporary
/// folder: "with" references the PrivacyAnalyzers package packed from this repository (runtime, generator,
/// analyzers, code fixes, build props); "without" references the same runtime assembly directly and compiles the
/// generator's output as ordinary source files, so both compile the same code and only the package's Roslyn
/// components and MSBuild logic differ. Both are restored, built once untimed (warming the file cache), then rebuilt
/// in full (<c>--no-restore --no-incremental -p:UseSharedCompilation=false</c>) alternately.
/// </summary>
/// <remarks>
/// Usage: <c>build-time [--runs N] [--keep]</c>. <c>--keep</c> leaves the temporary folder for inspection.
/// </remarks>
public static class BuildTimeCommand
{
    private const string LoggingVersion = "8.0.3";

    public static int Run(string[] args)
    {
        var runs = 5;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var count) && count > 0:
                    runs = count;
                    i++;
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: build-time [--runs N] [--keep]");
                    return 2;
            }
        }

        var repository = FindRepository();
        var unique = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var version = "0.0.0-bench." + unique;
        var work = Path.Combine(Path.GetTempPath(), "privacy-build-time-" + unique);
        var feed = Path.Combine(work, "feed");
        var with = Path.Combine(work, "with");
        var without = Path.Combine(work, "without");
        Directory.CreateDirectory(feed);
        Console.WriteLine($"Working folder: {work}");

        try
        {
            DotNet(repository, "pack", Path.Combine(repository, "src", "PrivacyAnalyzers.Package"), "-c", "Release", "-o", feed, "-p:Version=" + version);
            WriteIsolation(work, feed);

            WriteSolution(with, $"""
                    <PackageReference Include="PrivacyAnalyzers" Version="{version}" />
                """);
            DotNet(with, "restore");

            // The runtime assembly that the package restored, referenced as a plain assembly.
            var runtime = Path.Combine(work, "packages", "privacyanalyzers", version, "lib", "net8.0", "PrivacyAnalyzers.dll");
            WriteSolution(without, $"""
                    <Reference Include="PrivacyAnalyzers" HintPath="{runtime}" />
                """);
            WriteGeneratedCode(without);
            DotNet(without, "restore");

            Console.WriteLine("Warm-up builds (untimed)...");
            var warmWith = Build(with);
            var warmWithout = Build(without);
            Console.WriteLine($"  with:    {warmWith.Seconds:F2} s, {warmWith.PrivacyWarnings} PRIV warnings");
            Console.WriteLine($"  without: {warmWithout.Seconds:F2} s, {warmWithout.PrivacyWarnings} PRIV warnings");
            if (warmWith.PrivacyWarnings == 0 || warmWithout.PrivacyWarnings != 0)
            {
                throw new InvalidOperationException("The package's analyzers did not run in \"with\", or ran in \"without\".");
            }

            var withTimes = new List<double>();
            var withoutTimes = new List<double>();
            Console.WriteLine($"| Run | Variant | Wall time (s) |");
            Console.WriteLine($"|----:|---------|--------------:|");
            for (var run = 1; run <= runs; run++)
            {
                // Alternate which variant goes first, so that a slow phase of the machine hits both alike.
                var order = run % 2 == 1 ? new[] { true, false } : new[] { false, true };
                foreach (var withPackage in order)
                {
                    var seconds = Build(withPackage ? with : without).Seconds;
                    (withPackage ? withTimes : withoutTimes).Add(seconds);
                    Console.WriteLine($"| {run} | {(withPackage ? "with package" : "without")} | {seconds:F2} |");
                }
            }

            var medianWith = Median(withTimes);
            var medianWithout = Median(withoutTimes);
            Console.WriteLine();
            Console.WriteLine("| Variant | Median (s) | Min (s) | Max (s) |");
            Console.WriteLine("|---------|-----------:|--------:|--------:|");
            Console.WriteLine($"| without | {medianWithout:F2} | {withoutTimes.Min():F2} | {withoutTimes.Max():F2} |");
            Console.WriteLine($"| with package | {medianWith:F2} | {withTimes.Min():F2} | {withTimes.Max():F2} |");
            Console.WriteLine();
            Console.WriteLine($"Added build time (medians): {medianWith - medianWithout:F2} s = {100 * (medianWith - medianWithout) / medianWithout:F1} %");
            return 0;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"Kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    internal static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from a build inside the PrivacyAnalyzers repository.");
    }

    // Keeps the repository's and the machine's MSBuild files out; adds the feed to the default package sources.
    private static void WriteIsolation(string work, string feed)
    {
        File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(work, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="privacy-bench" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Writes the synthetic solution's sources, privacy.json and Shop.csproj with <paramref name="privacyReference"/>.</summary>
    internal static void WriteSolution(string directory, string privacyReference)
    {
        foreach (var file in SyntheticSolution.Files())
        {
            Write(directory, file.Path, file.Text);
        }

        // Read by the package's analyzers in "with" (its props add privacy.json as an additional file); unused in "without".
        foreach (var file in SyntheticSolution.AdditionalFiles())
        {
            Write(directory, file.Path, file.GetText()!.ToString());
        }

        Write(directory, "Shop.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>12</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)../packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="{LoggingVersion}" />
            {privacyReference}
              </ItemGroup>
            </Project>
            """);
    }

    // What the generator adds in "with", as files, so that "without" compiles the same code.
    private static void WriteGeneratedCode(string directory)
    {
        var driver = SolutionFixture.NewGeneratorDriver().RunGenerators(SyntheticSolution.Compilation());
        foreach (var generated in driver.GetRunResult().Results.SelectMany(result => result.GeneratedSources))
        {
            Write(directory, Path.Combine("Generated", generated.HintName), generated.SourceText.ToString());
        }
    }

    private static void Write(string directory, string relativePath, string text)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static (double Seconds, int PrivacyWarnings) Build(string directory)
    {
        var stopwatch = Stopwatch.StartNew();
        // No compiler server: every build starts csc afresh and loads the analyzers, the same for both variants.
        var output = DotNet(directory, "build", "--no-restore", "--no-incremental", "-nologo", "-v:minimal", "-p:UseSharedCompilation=false");
        stopwatch.Stop();
        var lines = output.Split('\n').Distinct(StringComparer.Ordinal).ToList();

        // An analyzer that failed to load (CS8032), threw (AD0001) or a generator that failed (CS8784, CS8785) would make the build look cheaper.
        var failure = lines.FirstOrDefault(line => line.Contains(": warning AD0001", StringComparison.Ordinal)
            || line.Contains(": warning CS8032", StringComparison.Ordinal)
            || line.Contains(": warning CS8784", StringComparison.Ordinal)
            || line.Contains(": warning CS8785", StringComparison.Ordinal));
        if (failure is not null)
        {
            throw new InvalidOperationException("A Roslyn component failed in " + directory + ": " + failure);
        }

        var warnings = lines.Count(line => line.Contains(": warning PRIV", StringComparison.Ordinal));
        return (stopwatch.Elapsed.TotalSeconds, warnings);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string DotNet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The terminal logger would rewrite lines; plain text is what is searched for warnings.
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet {string.Join(' ', arguments)} failed in {directory} ({process.ExitCode}):\n{output}\n{error.Result}");
        }

        return output;
    }
}
