using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generators.Tests.Infrastructure;

/// <summary>The PrivacyAnalyzers runtime as net8.0 and netstandard2.0 consumers see it.</summary>
public static class RuntimeReferences
{
    /// <summary>The runtime build this test project references (net8.0).</summary>
    public static MetadataReference Net80 { get; } = MetadataReference.CreateFromFile(typeof(PersonalInfoAttribute).Assembly.Location);

    /// <summary>
    /// The netstandard2.0 build of the runtime (built through the project's second reference to it) and the netstandard2.0
    /// assemblies of System.Text.Json and its dependencies from the NuGet packages folder.
    /// </summary>
    public static IReadOnlyList<MetadataReference> NetStandard20 => s_netStandard20.Value;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_netStandard20 = new(LoadNetStandard20);

    private static readonly string[] JsonPackages =
    {
        "system.text.json",
        "system.text.encodings.web",
        "microsoft.bcl.asyncinterfaces",
        "system.memory",
        "system.buffers",
        "system.runtime.compilerservices.unsafe",
        "system.threading.tasks.extensions",
        "system.numerics.vectors",
    };

    private static string Metadata(string key)
        => typeof(RuntimeReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
            ?? throw new InvalidOperationException("Assembly metadata " + key + " is empty.");

    private static IReadOnlyList<MetadataReference> LoadNetStandard20()
    {
        var runtime = Path.GetFullPath(Metadata("RuntimeNetStandard20"));
        Assert.True(File.Exists(runtime), "The netstandard2.0 runtime build is missing: " + runtime);
        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(runtime) };
        var packages = Metadata("NuGetPackageRoot");
        foreach (var package in JsonPackages)
        {
            var folder = Path.Combine(packages, package);
            Assert.True(Directory.Exists(folder), "Package folder missing: " + folder);

            // The newest version restored, netstandard2.0 library.
            var assembly = Directory.EnumerateDirectories(folder)
                .OrderByDescending(version => Version.TryParse(Path.GetFileName(version).Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
                .Select(version => Path.Combine(version, "lib", "netstandard2.0"))
                .Where(Directory.Exists)
                .SelectMany(library => Directory.EnumerateFiles(library, "*.dll"))
                .First();
            references.Add(MetadataReference.CreateFromFile(assembly));
        }

        return references;
    }
}
