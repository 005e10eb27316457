using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generators.Tests.Infrastructure;

/// <summary>The PrivacyAnalyzers runtime as net8.0 and netstandard2.0 consumers see it.</summary>
public static class RuntimeReferences
{
    /// <summary>The runtime build this test project references (net8.0).</summary>
    public static MetadataReference Net80 { get; } = MetadataReference.CreateFromFile(typeof(PersonalInfoAttribute).Assembly.Location);

    /// <summary>
    /// The netstandard2.0 build of the runtime (built through the project's second reference to it) and the netstandard2.0
    /// compile assemblies of its package dependencies (System.Text.Json and what it needs), in the versions the runtime
    /// itself was built against: newer versions in the packages folder would not unify with its references (CS1701).
    /// </summary>
    public static IReadOnlyList<MetadataReference> NetStandard20 => s_netStandard20.Value;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_netStandard20 = new(LoadNetStandard20);

    private static string Metadata(string key)
        => typeof(RuntimeReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
            ?? throw new InvalidOperationException("Assembly metadata " + key + " is empty.");

    private static IReadOnlyList<MetadataReference> LoadNetStandard20()
    {
        var runtime = Path.GetFullPath(Metadata("RuntimeNetStandard20"));
        Assert.True(File.Exists(runtime), "The netstandard2.0 runtime build is missing: " + runtime);
        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(runtime) };
        var assetsFile = Path.GetFullPath(Metadata("RuntimeAssetsFile"));
        Assert.True(File.Exists(assetsFile), "The runtime's restore output is missing: " + assetsFile);
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var packages = Metadata("NuGetPackageRoot");
        var libraries = assets.RootElement.GetProperty("libraries");
        foreach (var package in assets.RootElement.GetProperty("targets").GetProperty("netstandard2.0").EnumerateObject())
        {
            if (!package.Value.TryGetProperty("compile", out var compile))
            {
                continue;
            }

            var folder = Path.Combine(packages, libraries.GetProperty(package.Name).GetProperty("path").GetString()!);
            foreach (var asset in compile.EnumerateObject())
            {
                // "_._" marks a package that contributes no assembly to this framework.
                if (asset.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    var assembly = Path.Combine(folder, asset.Name);
                    Assert.True(File.Exists(assembly), "Package assembly missing: " + assembly);
                    references.Add(MetadataReference.CreateFromFile(assembly));
                }
            }
        }

        Assert.Contains(references, reference => Path.GetFileName(reference.Display) == "System.Text.Json.dll");
        return references;
    }
}
