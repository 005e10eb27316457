namespace PrivacyAnalyzers.Package.Tests;

/// <summary>A fresh project that consumes the packed package from the private feed, as a user's project would.</summary>
internal static class ConsumerProject
{
    private static readonly string SourceDirectory = Path.Combine(AppContext.BaseDirectory, "Consumer");

    /// <summary>Writes <paramref name="name"/>/<paramref name="name"/>.csproj with the given properties and sources.</summary>
    public static string Create(PackedPackage package, string name, string properties, params string[] sourceFiles)
        => Create(package, name, properties, new[] { (PackedPackage.PackageId, package.Version) }, sourceFiles);

    /// <summary>The same with other package references in place of the packed package alone.</summary>
    public static string Create(PackedPackage package, string name, string properties, IEnumerable<(string Id, string Version)> packages, params string[] sourceFiles)
    {
        WriteIsolation(package);
        var directory = Path.Combine(package.WorkDirectory, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Combine(directory, name + ".csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {string.Join(Environment.NewLine, packages.Select(reference => $"    <PackageReference Include=\"{reference.Id}\" Version=\"{reference.Version}\" />"))}
              </ItemGroup>
            </Project>
            """);
        foreach (var sourceFile in sourceFiles)
        {
            File.Copy(Path.Combine(SourceDirectory, sourceFile), Path.Combine(directory, sourceFile), overwrite: true);
        }

        return directory;
    }

    /// <summary>Adds a reference to another package of the private feed, at the version under test.</summary>
    public static void AddPackageReference(PackedPackage package, string directory, string packageId)
    {
        var project = Path.Combine(directory, Path.GetFileName(directory) + ".csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</ItemGroup>",
            $"""
              <PackageReference Include="{packageId}" Version="{package.Version}" />
              </ItemGroup>
            """,
            StringComparison.Ordinal));
    }

    // The private feed next to the machine's default sources, and empty Directory.* files so that nothing
    // above the temporary directory shapes the build.
    public static void WriteIsolation(PackedPackage package)
    {
        File.WriteAllText(
            Path.Combine(package.WorkDirectory, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="privacyanalyzers-under-test" value="{package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(package.WorkDirectory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(package.WorkDirectory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(package.WorkDirectory, "Directory.Packages.props"), "<Project />");
    }
}
