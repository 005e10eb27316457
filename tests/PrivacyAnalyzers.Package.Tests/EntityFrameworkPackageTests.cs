using PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// The packed PrivacyAnalyzers.EntityFrameworkCore package, consumed with the packed main package by a fresh app on
/// SQLite and on PostgreSQL (the EF Core tests' server fixture).
/// </summary>
public sealed class EntityFrameworkPackageTests(PackedPackage package, PostgresServer postgres) : IClassFixture<PackedPackage>, IClassFixture<PostgresServer>
{
    private const string PackageId = "PrivacyAnalyzers.EntityFrameworkCore";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Consumer_purges_exports_and_erases_on_SQLite_and_PostgreSQL_with_the_packed_packages()
    {
        var project = Path.Combine(package.RepositoryRoot, "src", PackageId, PackageId + ".csproj");
        var pack = await DotNetCli.RunAsync(
            package.RepositoryRoot, PackedPackage.PackTimeout, "pack", project, "-c", "Release", "-o", package.FeedDirectory, $"-p:PackageVersion={package.Version}");
        Assert.True(pack.ExitCode == 0 && File.Exists(Path.Combine(package.FeedDirectory, $"{PackageId}.{package.Version}.nupkg")), pack.Describe());

        try
        {
            var directory = ConsumerProject.Create(
                package,
                "EfApp",
                """
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                """,
                new[]
                {
                    (PackedPackage.PackageId, package.Version),
                    (PackageId, package.Version),
                    ("Microsoft.EntityFrameworkCore.Sqlite", "10.0.15"),
                    ("Npgsql.EntityFrameworkCore.PostgreSQL", "10.0.3"),
                },
                "EntityFrameworkApp.cs");
            PackageTests.AssertBuiltWithoutWarnings(await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off"));

            foreach (var arguments in new[] { new[] { "run", "--no-build" }, new[] { "run", "--no-build", "--", postgres.NewDatabase() } })
            {
                var run = await DotNetCli.RunAsync(directory, RunTimeout, arguments);
                Assert.True(run.ExitCode == 0, run.Describe());
                var lines = run.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": ")).ToDictionary(line => line[..line.IndexOf(": ")], line => line[(line.IndexOf(": ") + 2)..]);

                Assert.Equal("Order Anonymize 1, Account Delete 0", lines["Purge"]);

                // The expired order was unlinked by the purge; the export finds the account and its other order.
                Assert.Equal("Account 1, Order 1", lines["Export"]);
                Assert.Equal("Order deleted 0 anonymized 1 kept 1, Account deleted 1 anonymized 0 kept 0", lines["Erase"]);
                Assert.Equal("unlinked, unlinked", lines["Kept orders"]);
            }
        }
        finally
        {
            var packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var cached = Path.Combine(packagesRoot, PackageId.ToLowerInvariant(), package.Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }
}
