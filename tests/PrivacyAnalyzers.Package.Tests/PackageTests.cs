using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PrivacyAnalyzers.Package.Tests;

public sealed class PackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    private const string RoslynComponents = "analyzers/dotnet/roslyn4.8/cs/";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private static readonly string[] ExpectedLabels =
    {
        "Order.ToString", "Order.Mask", "Order.Anonymize", "Order.Export", "Order.Expiry", "Order.Retention",
        "Customer.ToString", "Customer.Mask", "Customer.Anonymize", "Customer.Export", "Inventory",
    };

    [Fact]
    public void Package_ships_the_runtime_in_lib_the_Roslyn_components_in_analyzers_and_no_Roslyn_dependency()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToList();

        Assert.Equal(
            new[]
            {
                RoslynComponents + "PrivacyAnalyzers.Analyzers.dll",
                RoslynComponents + "PrivacyAnalyzers.CodeFixes.dll",
                RoslynComponents + "PrivacyAnalyzers.CodeModel.dll",
                RoslynComponents + "PrivacyAnalyzers.Generators.dll",
                "lib/net8.0/PrivacyAnalyzers.dll",
                "lib/netstandard2.0/PrivacyAnalyzers.dll",
            },
            entries.Where(entry => entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
        Assert.Contains("build/PrivacyAnalyzers.props", entries);
        Assert.Contains("buildTransitive/PrivacyAnalyzers.props", entries);
        Assert.Contains("build/privacy.schema.json", entries);

        // The Roslyn components must load in the .NET 8 SDK and Visual Studio 17.8, which carry Roslyn 4.8.
        foreach (var component in archive.Entries.Where(entry => entry.FullName.StartsWith(RoslynComponents, StringComparison.Ordinal)))
        {
            foreach (var (name, version) in ReferencedAssemblies(component))
            {
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= new Version(4, 8, 0, 0), $"{component.FullName} references {name} {version}.");
                }
            }
        }

        using var nuspecStream = archive.GetEntry(PackedPackage.PackageId + ".nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        Assert.Equal(package.Version, nuspec.Descendants(ns + "version").Single().Value);
        var dependencies = nuspec.Descendants(ns + "group").ToDictionary(
            group => (string)group.Attribute("targetFramework")!,
            group => group.Elements(ns + "dependency").Select(dependency => (string)dependency.Attribute("id")!).ToArray());
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(dependencies["net8.0"]);
        Assert.Equal(new[] { "System.Text.Json" }, dependencies[".NETStandard2.0"]);
    }

    [Fact]
    public async Task Consumer_app_builds_without_warnings_and_runs_the_generated_code()
    {
        var directory = ConsumerProject.Create(
            package,
            "App",
            """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
            """,
            "Models.cs", "Accounts.cs", "Usage.cs", "Program.cs");

        AssertBuiltWithoutWarnings(await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off"));
        var run = await DotNetCli.RunAsync(directory, RunTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Describe());

        var lines = Labelled(run);
        Assert.Contains("Mobile = 138****5678", lines["Order.ToString"]);
        Assert.DoesNotContain("13812345678", lines["Order.ToString"]);
        Assert.DoesNotContain("SO202311250001", lines["Order.ToString"]);
        Assert.Equal("138****5678", lines["Order.Mask"]);
        Assert.Matches("^consumer-test:[A-Za-z0-9_-]+$", lines["Order.Anonymize"]);
        Assert.Contains("user.contact.phone_number", lines["Order.Export"]);
        Assert.Contains("13812345678", lines["Order.Export"]);
        Assert.Equal("2026-11-25", lines["Order.Expiry"]);
        Assert.Equal("E-Commerce Law Art. 31", lines["Order.Retention"]);

        Assert.Contains("Visits = 3", lines["Customer.ToString"]);
        Assert.DoesNotContain("Alice", lines["Customer.ToString"]);
        Assert.DoesNotContain("alice@example.com", lines["Customer.ToString"]);
        Assert.DoesNotContain("192.168.1.23", lines["Customer.ToString"]);
        Assert.Equal("a***@example.com", lines["Customer.Mask"]);
        // Pseudonymized e-mail, IPv4 generalized to its network, name suppressed to an empty string.
        Assert.Matches("^consumer-test:[A-Za-z0-9_-]+ 192\\.168\\.1\\.0/24 0$", lines["Customer.Anonymize"]);
        Assert.Contains("user.contact.email", lines["Customer.Export"]);
        Assert.Contains("alice@example.com", lines["Customer.Export"]);
        Assert.Equal("Account { Id = 7, Phone = 138****5678 }", lines["Account.ToString"]);
        Assert.Equal("138****5678", lines["Account.Mask"]);
        Assert.Equal("Account,Customer,Order", lines["Inventory"]);
    }

    [Fact]
    public async Task Consumer_app_masks_destructured_objects_through_the_packed_Serilog_package()
    {
        await package.PackSerilogAsync();
        using (var archive = ZipFile.OpenRead(package.SerilogPackagePath))
        {
            Assert.Equal(
                new[] { "lib/net8.0/PrivacyAnalyzers.Serilog.dll", "lib/netstandard2.0/PrivacyAnalyzers.Serilog.dll" },
                archive.Entries.Select(entry => entry.FullName).Where(name => name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
            using var nuspecStream = archive.GetEntry(PackedPackage.SerilogPackageId + ".nuspec")!.Open();
            var nuspec = XDocument.Load(nuspecStream);
            var ns = nuspec.Root!.Name.Namespace;
            foreach (var group in nuspec.Descendants(ns + "group"))
            {
                var dependencies = group.Elements(ns + "dependency").ToDictionary(dependency => (string)dependency.Attribute("id")!, dependency => (string)dependency.Attribute("version")!);
                Assert.Equal(package.Version, dependencies[PackedPackage.PackageId]);
                Assert.True(dependencies.ContainsKey("Serilog"), string.Join(", ", dependencies.Keys));
            }
        }

        var directory = ConsumerProject.Create(
            package,
            "SerilogApp",
            """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
            """,
            "Models.cs", "SerilogProgram.cs");
        ConsumerProject.AddPackageReference(package, directory, PackedPackage.SerilogPackageId);

        AssertBuiltWithoutWarnings(await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off"));
        var run = await DotNetCli.RunAsync(directory, RunTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Describe());

        Assert.Contains(
            "Serilog: Customer { Name: \"A****\", Email: \"a***@example.com\", LastIp: \"192.168.1.*\", Visits: 3 }",
            run.Output.Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public async Task Consumer_library_for_netstandard2_0_and_CSharp_9_builds_without_warnings()
    {
        var directory = ConsumerProject.Create(
            package,
            "Library",
            """
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>9.0</LangVersion>
            """,
            "Models.cs", "Usage.cs", "IsExternalInit.cs");

        AssertBuiltWithoutWarnings(await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off"));
    }

    [Fact]
    public async Task Consumer_build_reports_misuse_through_the_packaged_analyzers()
    {
        var directory = ConsumerProject.Create(
            package,
            "Misuse",
            """
                <TargetFramework>net10.0</TargetFramework>
            """,
            "Models.cs", "Misuse.cs");

        var build = await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off");

        Assert.True(build.ExitCode != 0, build.Describe());
        AssertReported(build, "Misuse.cs(7,", "PRIV100");
        AssertReported(build, "Misuse.cs(16,", "PRIV001");
    }

    [Fact]
    public async Task Consumer_build_checks_sharing_against_its_privacy_json()
    {
        var directory = ConsumerProject.Create(
            package,
            "Policy",
            """
                <TargetFramework>net10.0</TargetFramework>
            """,
            "Models.cs", "Sharing.cs");

        // The sample's policy, picked up by the package's props because it sits next to the project file.
        File.Copy(Path.Combine(package.RepositoryRoot, "samples", "SimWorks.Cloud", "privacy.json"), Path.Combine(directory, "privacy.json"));

        var build = await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off");

        Assert.True(build.ExitCode != 0, build.Describe());
        AssertReported(build, "Sharing.cs(15,", "PRIV205");
        AssertReported(build, "Sharing.cs(29,", "PRIV002");
        Assert.DoesNotContain(build.Output.Split('\n'), line => line.Contains("Sharing.cs(26,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leaky_sample_built_against_the_packed_package_reports_every_rule()
    {
        // The leaky sample's sources, policy and severities, with the package in place of the repository's projects.
        var sample = Path.Combine(package.RepositoryRoot, "samples", "SimWorks.Cloud.Leaky");
        var directory = ConsumerProject.Create(
            package,
            "Leaky",
            """
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
            """);
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file);
            var topFolder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (topFolder is "bin" or "obj" || relative.EndsWith(".csproj", StringComparison.Ordinal) || relative.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(directory, relative))!);
            File.Copy(file, Path.Combine(directory, relative), overwrite: true);
        }

        var project = Path.Combine(directory, "Leaky.csproj");
        File.WriteAllText(project, File.ReadAllText(project)
            .Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>", StringComparison.Ordinal)
            .Replace("<ImplicitUsings>disable</ImplicitUsings>", string.Empty, StringComparison.Ordinal)
            .Replace("</Project>", """<ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>""", StringComparison.Ordinal));

        var build = await DotNetCli.RunAsync(directory, BuildTimeout, "build", "-tl:off");

        Assert.True(build.ExitCode == 0, build.Describe());
        var reported = Regex.Matches(build.Output, @"\bwarning (PRIV\d{3}):")
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(LeakySampleTests.EveryRule, reported);
    }

    internal static void AssertBuiltWithoutWarnings(CommandResult build)
    {
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(Regex.IsMatch(build.Output, @"^\s*0 Warning\(s\)\s*$", RegexOptions.Multiline), build.Describe());
    }

    /// <summary>The build reported <paramref name="id"/>, as an error because warnings are errors, at the line that starts with <paramref name="location"/>.</summary>
    private static void AssertReported(CommandResult build, string location, string id)
    {
        Assert.True(
            build.Output.Split('\n').Any(line => line.Contains(location, StringComparison.Ordinal) && line.Contains($"error {id}:", StringComparison.Ordinal)),
            $"No {id} at {location}\n{build.Describe()}");
    }

    /// <summary>The program's "Label: value" lines.</summary>
    private static Dictionary<string, string> Labelled(CommandResult run)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in run.Output.Split('\n'))
        {
            var separator = line.IndexOf(": ", StringComparison.Ordinal);
            if (separator > 0)
            {
                lines[line[..separator]] = line[(separator + 2)..].TrimEnd('\r');
            }
        }

        foreach (var label in ExpectedLabels)
        {
            Assert.True(lines.ContainsKey(label), $"No '{label}' line.\n{run.Describe()}");
        }

        return lines;
    }

    private static IEnumerable<(string Name, Version Version)> ReferencedAssemblies(ZipArchiveEntry entry)
    {
        using var image = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
