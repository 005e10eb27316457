using PrivacyAnalyzers.Benchmarks.BuildTime;

namespace PrivacyAnalyzers.Benchmarks.ToolRun;

/// <summary>
/// Writes the 1,000-file synthetic solution to a folder as a project that references this repository's runtime, for
/// timing the <c>privacy</c> tool on it (measure-tool.sh). The tool brings its own generator and analyzers.
/// </summary>
/// <remarks>Usage: <c>write-solution &lt;folder&gt;</c>.</remarks>
public static class WriteSolutionCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("Usage: write-solution <folder>");
            return 2;
        }

        var runtime = Path.Combine(BuildTimeCommand.FindRepository(), "src", "PrivacyAnalyzers", "PrivacyAnalyzers.csproj");
        BuildTimeCommand.WriteSolution(Path.GetFullPath(args[0]), $"""
                <ProjectReference Include="{runtime}" />
            """);
        Console.WriteLine($"Wrote {Directory.GetFiles(args[0], "*.cs", SearchOption.AllDirectories).Length} source files to {args[0]}");
        return 0;
    }
}
