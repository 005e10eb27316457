using System.Reflection;
using System.Runtime.Loader;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// The runtime's netstandard2.0 build (what .NET Framework and .NET 6/7 applications get), loaded on its own so that its
/// masking functions run in the same benchmark as the net8.0 build's.
/// </summary>
public static class NetStandardRuntime
{
    private static readonly Lazy<Type> MaskingType = new(() =>
    {
        var context = new AssemblyLoadContext("PrivacyAnalyzers netstandard2.0");
        return context.LoadFromAssemblyPath(FindAssembly()).GetType("PrivacyAnalyzers.Masking", throwOnError: true)!;
    });

    /// <summary>A delegate to <c>Masking.{name}(string, char)</c> of the netstandard2.0 build.</summary>
    public static Func<string, char, string> Masking(string name) =>
        MaskingType.Value.GetMethod(name, new[] { typeof(string), typeof(char) })!.CreateDelegate<Func<string, char, string>>();

    // The project copies the build to netstandard2.0/ next to itself; BenchmarkDotNet runs it from a folder below that.
    private static string FindAssembly()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "netstandard2.0", "PrivacyAnalyzers.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("The netstandard2.0 build of the runtime was not found above " + AppContext.BaseDirectory);
    }
}
