using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAnalyzers.Tool.Cli;

namespace PrivacyAnalyzers.Tool.Loading;

/// <summary>
/// Restores the solution's packages first, as <c>dotnet build</c> does: MSBuildWorkspace does not restore, and an
/// unrestored project loads without its references, so its analysis would be wrong without a word.
/// </summary>
public static class Restore
{
    public static async Task<bool> RunAsync(InputPath input, ToolLog log, CancellationToken cancellationToken)
    {
        log.Progress("Restoring " + Path.GetFileName(input.FullPath));
        var startInfo = new ProcessStartInfo(DotNetHost())
        {
            WorkingDirectory = input.RootDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("restore");
        startInfo.ArgumentList.Add(input.FullPath);
        startInfo.ArgumentList.Add("--nologo");
        startInfo.ArgumentList.Add("-v:q");

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode == 0)
        {
            return true;
        }

        log.Warning($"dotnet restore failed (exit code {process.ExitCode}); projects that were not restored load without their references:\n"
            + (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Trim());
        return false;
    }

    /// <summary>The dotnet host running the tool, so that restore uses the same installation.</summary>
    private static string DotNetHost()
        => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
