using System.Reflection;

namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary>Runs the tool's build output in a child process, as a user's shell or CI would.</summary>
internal static class ToolProcess
{
    public static readonly string ToolAssembly = Metadata("ToolAssembly");

    public static string RepositoryRoot => ExpectedFiles.RepositoryRoot;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static string Sample(string name = "SimWorks.Cloud") => Path.Combine(RepositoryRoot, "samples", name);

    /// <param name="dotnet">The dotnet host to run the tool with; the one running the tests by default.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    public static Task<CommandResult> RunAsync(string workingDirectory, string[] arguments, string? dotnet = null, IReadOnlyDictionary<string, string?>? environment = null)
        => DotNetCli.RunAsync(workingDirectory, Timeout, [ToolAssembly, .. arguments], dotnet, environment);

    /// <summary>Runs another <c>dotnet</c> command (restore) the same way.</summary>
    public static Task<CommandResult> DotNetAsync(string workingDirectory, params string[] arguments)
        => DotNetCli.RunAsync(workingDirectory, Timeout, arguments);

    private static string Metadata(string key)
        => typeof(ToolProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
