using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PrivacyAnalyzers.Testing;

/// <summary>
/// Installs the Debian packages that tests against real parts need (a browser, a database server) when the machine
/// lacks them, so that <c>dotnet test</c> on a fresh clone sets up what it uses.
/// </summary>
internal static class SystemPackages
{
    // apt-get refuses to run twice at once; test assemblies run in parallel processes, so they take turns here.
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "privacyanalyzers-apt.lock");
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    /// <summary>
    /// Returns <paramref name="program"/> once it exists, installing Debian's <paramref name="package"/> first when it
    /// does not; fails with what apt-get printed when the package cannot be installed.
    /// </summary>
    public static async Task<string> RequireAsync(string program, string package)
    {
        await EnsureInstalledAsync(package, () => File.Exists(program));
        return program;
    }

    /// <summary>
    /// Installs Debian's <paramref name="package"/> unless <paramref name="isInstalled"/> says the machine has it,
    /// taking turns with other test processes; fails when the package cannot be installed or does not provide it.
    /// </summary>
    public static async Task EnsureInstalledAsync(string package, Func<bool> isInstalled)
    {
        if (isInstalled())
        {
            return;
        }

        await InProcess.WaitAsync();
        try
        {
            using var machineLock = await AcquireMachineLockAsync();
            if (!isInstalled())
            {
                await InstallAsync(package);
            }
        }
        finally
        {
            InProcess.Release();
        }

        if (!isInstalled())
        {
            throw new InvalidOperationException($"Installing the Debian package '{package}' did not provide what the tests need.");
        }
    }

    private static async Task InstallAsync(string package)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"This test needs the '{package}' package; install it with the system's package manager.");
        }

        // The package lists of a fresh machine are empty until the first update.
        await RunAptAsync("update", "-qq");
        await RunAptAsync("install", "-y", "-qq", package);
    }

    private static async Task RunAptAsync(params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var startInfo = new ProcessStartInfo(asRoot ? "apt-get" : "sudo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!asRoot)
        {
            startInfo.ArgumentList.Add("-n");
            startInfo.ArgumentList.Add("apt-get");
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("apt-get did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"apt-get {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static async Task<FileStream> AcquireMachineLockAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(20);
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
