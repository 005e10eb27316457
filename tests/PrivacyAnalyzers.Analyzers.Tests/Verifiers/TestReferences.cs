using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Analyzers.Tests.Verifiers;

/// <summary>The compilation setup shared by every analyzer and code-fix test: .NET 8 plus the PrivacyAnalyzers runtime, latest C#.</summary>
public static class TestReferences
{
    public static ReferenceAssemblies ReferenceAssemblies { get; } = ReferenceAssemblies.Net.Net80;

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
}
