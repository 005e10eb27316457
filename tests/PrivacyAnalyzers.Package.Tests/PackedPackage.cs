namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Packs src/PrivacyAnalyzers.Package once per test run into a private feed, under a version no earlier run used,
/// so that neither the global package cache nor an old nupkg can stand in for the one built from these sources.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string PackageId = "PrivacyAnalyzers";

    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(3);

    private readonly object serilogPackLock = new();
    private Task? serilogPack;

    public PackedPackage()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = $"0.0.0-test.{DateTime.UtcNow.Ticks}";
        WorkDirectory = Path.Combine(Path.GetTempPath(), "PrivacyAnalyzers.Package.Tests", Version);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
    }

    public string RepositoryRoot { get; }

    public string Version { get; }

    /// <summary>A temporary directory outside the repository, so that its Directory.Build.props and nuget.config do not apply.</summary>
    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var project = Path.Combine(RepositoryRoot, "src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj");
        // PackageVersion, not Version: the package gets the unique version while the assemblies keep theirs,
        // so packing does not recompile the components other builds share.
        await PackAsync(project, PackagePath);
    }

    public Task DisposeAsync()
    {
        TryDelete(WorkDirectory);
        // The unique version is never restored again; drop it from the global package cache.
        var packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packagesRoot, PackageId.ToLowerInvariant(), Version));
        TryDelete(Path.Combine(packagesRoot, SerilogPackageId.ToLowerInvariant(), Version));
        return Task.CompletedTask;
    }

    public const string SerilogPackageId = "PrivacyAnalyzers.Serilog";

    public string SerilogPackagePath => Path.Combine(FeedDirectory, $"{SerilogPackageId}.{Version}.nupkg");

    /// <summary>Packs src/PrivacyAnalyzers.Serilog into the same feed under the same version, once, for the tests that need it.</summary>
    public Task PackSerilogAsync()
    {
        lock (serilogPackLock)
        {
            return serilogPack ??= PackAsync(Path.Combine(RepositoryRoot, "src", "PrivacyAnalyzers.Serilog", "PrivacyAnalyzers.Serilog.csproj"), SerilogPackagePath);
        }
    }

    private async Task PackAsync(string project, string packagePath)
    {
        var pack = await DotNetCli.RunAsync(
            RepositoryRoot,
            PackTimeout,
            "pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:PackageVersion={Version}");
        if (pack.ExitCode != 0 || !File.Exists(packagePath))
        {
            throw new InvalidOperationException($"Packing failed or wrote no {Path.GetFileName(packagePath)}.\n{pack.Describe()}");
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PrivacyAnalyzers.sln above {AppContext.BaseDirectory}.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary directory is harmless.
        }
    }
}
