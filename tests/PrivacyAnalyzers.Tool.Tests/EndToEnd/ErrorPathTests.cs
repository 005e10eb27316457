namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary>Wrong input gets one clear message and its own exit code; nothing is written.</summary>
public sealed class ErrorPathTests
{
    [Fact]
    public async Task A_path_that_does_not_exist_is_named_and_exits_with_2()
    {
        using var directory = new TemporaryDirectory();
        var missing = Path.Combine(directory.Path, "NoSuch.csproj");

        var run = await ToolProcess.RunAsync(directory.Path, ["report", missing, "--output", Path.Combine(directory.Path, "out")]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("NoSuch.csproj' does not exist", run.StandardError);
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "out")));
    }

    [Fact]
    public async Task A_file_that_is_neither_solution_nor_project_exits_with_2()
    {
        using var directory = new TemporaryDirectory();
        var notes = directory.Write("notes.txt", "not a project");

        var run = await ToolProcess.RunAsync(directory.Path, ["check", notes]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("is not a solution (.sln, .slnx) or C# project (.csproj) file", run.StandardError);
    }

    [Fact]
    public async Task A_folder_with_two_projects_asks_to_name_one()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        directory.Write("B.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var run = await ToolProcess.RunAsync(directory.Path, ["report", directory.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("holds several projects (A.csproj, B.csproj); name one", run.StandardError);
    }

    [Fact]
    public async Task A_folder_without_projects_exits_with_2()
    {
        using var directory = new TemporaryDirectory();

        var run = await ToolProcess.RunAsync(directory.Path, ["report", directory.Path]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("holds no solution (.sln, .slnx) or C# project (.csproj) file", run.StandardError);
    }

    [Fact]
    public async Task An_unknown_format_is_an_argument_error_not_a_failed_check()
    {
        using var directory = new TemporaryDirectory();

        var run = await ToolProcess.RunAsync(directory.Path, ["report", directory.Path, "--format", "json,pdf"]);

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("Unknown format 'pdf'", run.StandardError);
    }

    [Fact]
    public async Task Without_a_dotnet_SDK_the_tool_says_so_and_exits_with_3()
    {
        using var directory = new TemporaryDirectory();
        var project = directory.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var runtimeOnly = RuntimeOnlyDotNet(Path.Combine(directory.Path, "dotnet"));

        // Every way of finding an SDK leads to the runtime-only installation.
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_ROOT"] = Path.GetDirectoryName(runtimeOnly),
            ["DOTNET_HOST_PATH"] = runtimeOnly,
            ["PATH"] = Path.GetDirectoryName(runtimeOnly),
            ["DOTNET_MSBUILD_SDK_RESOLVER_CLI_DIR"] = null,
        };

        var run = await ToolProcess.RunAsync(directory.Path, ["report", project, "--no-restore"], runtimeOnly, environment);

        Assert.True(run.ExitCode == 3, run.Describe());
        Assert.Contains("No .NET SDK with MSBuild was found", run.StandardError);
    }

    [Fact]
    public async Task A_project_that_fails_to_load_is_named_and_the_others_are_reported()
    {
        using var directory = new TemporaryDirectory();
        FreshProject.WriteTo(directory, "Good");
        directory.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        var solution = directory.Write("Services.slnx", """
            <Solution>
              <Project Path="Good/Good.csproj" />
              <Project Path="Broken/Broken.csproj" />
            </Solution>
            """);
        await FreshProject.RestoreAsync(Path.Combine(directory.Path, "Good", "Good.csproj"));
        var output = Path.Combine(directory.Path, "out");

        var run = await ToolProcess.RunAsync(directory.Path, ["report", solution, "--no-restore", "--format", "json", "--output", output]);

        Assert.True(run.ExitCode == 4, run.Describe());
        Assert.Contains("Broken.csproj", run.StandardError);
        var map = File.ReadAllText(Path.Combine(output, "data-map.json"));
        Assert.Contains("Good.Customer", map);
    }

    [Fact]
    public async Task Code_as_it_is_typed_is_still_mapped()
    {
        using var directory = new TemporaryDirectory();
        var project = FreshProject.WriteTo(directory, "Typing");
        directory.Write("Typing/HalfWritten.cs", """
            namespace Typing;

            public class Checkout
            {
                public void Pay(Customer customer, ISmsGateway gateway)
                {
                    gateway.Send(customer.Mobile, 
                    var x = ;
                }
            """);
        var output = Path.Combine(directory.Path, "out");

        var run = await ToolProcess.RunAsync(directory.Path, ["report", project, "--format", "json", "--output", output]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.DoesNotContain("failed", run.StandardError);
        var map = File.ReadAllText(Path.Combine(output, "data-map.json"));
        Assert.Contains("\"Typing.Customer\"", map);
    }

    /// <summary>A dotnet installation with the runtime but no SDK: links to the machine's host and shared runtimes.</summary>
    private static string RuntimeOnlyDotNet(string root)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } configured ? configured : "/usr/share/dotnet/dotnet";
        var installation = Path.GetDirectoryName(Path.GetFullPath(ResolveLink(host)))!;
        Directory.CreateDirectory(root);
        foreach (var part in new[] { "host", "shared" })
        {
            Directory.CreateSymbolicLink(Path.Combine(root, part), Path.Combine(installation, part));
        }

        var dotnet = Path.Combine(root, "dotnet");
        File.Copy(Path.Combine(installation, "dotnet"), dotnet);
        return dotnet;
    }

    private static string ResolveLink(string path)
        => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
