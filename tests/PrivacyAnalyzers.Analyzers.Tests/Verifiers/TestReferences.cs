using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Analyzers.Tests.Verifiers;

/// <summary>The compilation setup shared by every analyzer and code-fix test: .NET 8 plus the PrivacyAnalyzers runtime, latest C#.</summary>
public static class TestReferences
{
    // One instance of each set for the whole test run, resolved one after another when the class is first used: the
    // testing library copies the packages into one temporary folder, and parallel tests resolving separate instances
    // of the same set at once have read half-copied packages.
    public static ReferenceAssemblies ReferenceAssemblies { get; } = Resolved(ReferenceAssemblies.Net.Net80);

    /// <summary>.NET 8 plus the logging libraries the flow rules know: Microsoft.Extensions.Logging, Serilog, NLog, log4net.</summary>
    public static ReferenceAssemblies WithLoggingLibraries { get; } = Resolved(ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Microsoft.Extensions.Logging.Abstractions", "8.0.3"),
        new PackageIdentity("Serilog", "4.3.0"),
        new PackageIdentity("NLog", "5.5.1"),
        new PackageIdentity("log4net", "3.5.0"))));

    /// <summary>.NET 8 with the ASP.NET Core 8 shared framework's reference assemblies.</summary>
    public static ReferenceAssemblies AspNetCore { get; } = Resolved(ReferenceAssemblies.Net.Net80.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.31"))));

    /// <summary>The PrivacyAnalyzers runtime assembly: attributes, DataCategory and the helpers generated code calls.</summary>
    public static MetadataReference Runtime { get; } =
        MetadataReference.CreateFromFile(typeof(PersonalInfoAttribute).Assembly.Location);

    public static LanguageVersion LanguageVersion => LanguageVersion.Latest;

    /// <summary>A solution transform that sets <see cref="LanguageVersion"/> on the test project.</summary>
    public static Solution WithLanguageVersion(Solution solution, ProjectId projectId)
    {
        var project = solution.GetProject(projectId)!;
        var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion);
        return solution.WithProjectParseOptions(projectId, parseOptions);
    }

    private static ReferenceAssemblies Resolved(ReferenceAssemblies references)
    {
        references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        return references;
    }
}
