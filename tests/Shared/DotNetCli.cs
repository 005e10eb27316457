using System.Diagnostics;
using System.Text;

namespace PrivacyAnalyzers.Testing;

/// <summary>The outcome of one <c>dotnet</c> command: exit code, stdout, stderr and both interleaved.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, string StandardOutput, string StandardError)
{
    public string Describe() => $"`{CommandLine}` exited with {ExitCode}:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the MSBuild of the test run itself.</summary>
internal static class DotNetCli
{
    // The dotnet host that runs the tests, so that children use the same SDK.
    private static readonly string Host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        => RunAsync(workingDirectory, timeout, arguments, host: null, environment: null);

    /// <param name="host">The dotnet host to run; the one running the tests by default.</param>
    /// <param name="environment">Variables to set for the child (a null value removes the variable).</param>
    public static async Task<CommandResult> RunAsync(
        string workingDirectory, TimeSpan timeout, string[] arguments, string? host, IReadOnlyDictionary<string, string?>? environment)
    {
        var startInfo = new ProcessStartInfo(host ?? Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Properties the parent `dotnet test` set for its own MSBuild must not leak into the child builds.
        foreach (var name in startInfo.Environment.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build server or node may outlive the command: it would hold the output pipes open.
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var commandLine = "dotnet " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, standardOutput, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, standardError, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout.TotalSeconds:0} s:\n{Snapshot(output)}");
        }

        // The asynchronous readers may still be delivering the last lines.
        process.WaitForExit();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output), Snapshot(standardOutput), Snapshot(standardError));
    }

    private static void Append(StringBuilder output, StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
            stream.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
