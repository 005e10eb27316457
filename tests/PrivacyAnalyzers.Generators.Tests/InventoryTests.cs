using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Generators.Model;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Each assembly's inventory class has a name of its own and is found through its assembly attribute.</summary>
public sealed class InventoryTests
{
    private const string LibrarySource = """
        using PrivacyAnalyzers;
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App")]
        namespace Library;
        public partial class Person { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
        """;

    private const string AppSource = """
        using PrivacyAnalyzers;
        namespace App;
        public partial class Employee : Library.Person { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = ""; }
        internal static class SeesLibraryInternals
        {
            // Compiles only because Library's internals are visible here: the situation in which one shared inventory name reported CS0436.
            public static int LibraryTypeCount => global::PrivacyAnalyzers.Generated.Library.PrivacyInventory.Types.Count;

            public static int OwnTypeCount => global::PrivacyAnalyzers.Generated.App.PrivacyInventory.Types.Count;
        }
        """;

    [Fact]
    public void Assemblies_that_share_internals_each_get_their_own_inventory()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { LibrarySource }, assemblyName: "Library")).AssertCompilesCleanly();
        var libraryImage = Emit(library.Output);

        // Every warning is an error here, CS0436 included.
        var app = GeneratorHarness.Run(GeneratorHarness.Compile(
            new[] { AppSource },
            assemblyName: "App",
            additionalReferences: new[] { MetadataReference.CreateFromImage(libraryImage) })).AssertCompilesCleanly();

        Assert.Contains("namespace PrivacyAnalyzers.Generated.Library\n", library.Sources["PrivacyInventory.g.cs"]);
        Assert.Contains("namespace PrivacyAnalyzers.Generated.App\n", app.Sources["PrivacyInventory.g.cs"]);
        Assert.Contains(
            "[assembly: global::PrivacyAnalyzers.PersonalDataInventoryAttribute(typeof(global::PrivacyAnalyzers.Generated.App.PrivacyInventory))]",
            app.Sources["PrivacyInventory.g.cs"]);

        var context = new InMemoryLoadContext(new Dictionary<string, byte[]> { ["Library"] = libraryImage, ["App"] = Emit(app.Output) });
        try
        {
            var libraryAssembly = context.LoadFromAssemblyName(new AssemblyName("Library"));
            var appAssembly = context.LoadFromAssemblyName(new AssemblyName("App"));

            var libraryTypes = PersonalDataInventory.For(libraryAssembly);
            var appTypes = PersonalDataInventory.For(appAssembly);

            Assert.Equal("Library.Person", Assert.Single(libraryTypes).Type.FullName);
            var employee = Assert.Single(appTypes);
            Assert.Equal("App.Employee", employee.Type.FullName);
            Assert.Equal(new[] { "Email", "Name" }, employee.Members.Select(member => member.Name).OrderBy(name => name, StringComparer.Ordinal));
            var probe = appAssembly.GetType("App.SeesLibraryInternals", throwOnError: true)!;
            Assert.Equal(1, probe.GetProperty("LibraryTypeCount")!.GetValue(null));
            Assert.Equal(1, probe.GetProperty("OwnTypeCount")!.GetValue(null));
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData("Shop", "PrivacyAnalyzers.Generated.Shop")]
    [InlineData("SimWorks.Cloud", "PrivacyAnalyzers.Generated.SimWorks_Cloud")]
    [InlineData("Café.Boutique", "PrivacyAnalyzers.Generated.Café_Boutique")]
    [InlineData("class", "PrivacyAnalyzers.Generated.@class")]
    public void Names_of_letters_digits_and_dots_map_to_a_readable_namespace(string assemblyName, string expected)
        => Assert.Equal(expected, InventoryNamespace.For(assemblyName));

    [Theory]
    [InlineData("My-App", "PrivacyAnalyzers.Generated.My_App_")]
    [InlineData("My_App", "PrivacyAnalyzers.Generated.My_App_")]
    [InlineData("2D.Engine", "PrivacyAnalyzers.Generated._2D_Engine_")]
    [InlineData("", "PrivacyAnalyzers.Generated.__")]
    [InlineData(null, "PrivacyAnalyzers.Generated.__")]
    public void Other_names_are_replaced_and_get_a_hash_of_the_exact_name(string? assemblyName, string expectedPrefix)
    {
        var name = InventoryNamespace.For(assemblyName);

        Assert.StartsWith(expectedPrefix, name, StringComparison.Ordinal);
        Assert.Matches("_[0-9A-F]{8}$", name);
        Assert.Equal(name, InventoryNamespace.For(assemblyName));
    }

    [Fact]
    public void Names_that_would_sanitize_alike_get_distinct_namespaces()
    {
        var names = new[] { "My.App", "My_App", "My-App", "My App", "My..App", "My.App.1", "My.App-1" }.Select(InventoryNamespace.For).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("my-app.v2")]
    [InlineData("class")]
    [InlineData("2D.Engine")]
    [InlineData("Café.Boutique")]
    public void Any_assembly_name_gives_an_inventory_that_compiles_and_is_found(string assemblyName)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(
            new[] { "namespace Shop { public class Buyer { [PrivacyAnalyzers.PersonalInfo(PrivacyAnalyzers.DataCategory.Name.All)] public string Name { get; set; } = \"\"; } }" },
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8,
            assemblyName: assemblyName)).AssertCompilesCleanly();

        var context = new InMemoryLoadContext(new Dictionary<string, byte[]> { [assemblyName] = Emit(outcome.Output) });
        try
        {
            var types = PersonalDataInventory.For(context.LoadFromAssemblyName(new AssemblyName(assemblyName)));
            Assert.Equal("Shop.Buyer", Assert.Single(types).Type.FullName);
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return image.ToArray();
    }

    /// <summary>Loads the test assemblies from memory; the runtime and the framework come from the default context.</summary>
    private sealed class InMemoryLoadContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, byte[]> _images;
        private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);

        public InMemoryLoadContext(Dictionary<string, byte[]> images)
            : base(isCollectible: true)
        {
            _images = images;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name || !_images.TryGetValue(name, out var image))
            {
                return null;
            }

            if (!_loaded.TryGetValue(name, out var assembly))
            {
                assembly = LoadFromStream(new MemoryStream(image));
                _loaded.Add(name, assembly);
            }

            return assembly;
        }
    }
}
