using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>
/// Models plus generated code compile without a single diagnostic (nullable enabled, every warning an error) from the
/// first C# version that can declare them to the latest, for net8.0 and netstandard2.0 consumers.
/// </summary>
public sealed class CompileMatrixTests
{
    public static TheoryData<string, LanguageVersion, TargetFramework> Cases()
    {
        var data = new TheoryData<string, LanguageVersion, TargetFramework>();
        var sets = new (string Name, LanguageVersion Oldest)[]
        {
            (nameof(TestModels.Classes), LanguageVersion.CSharp8),
            (nameof(TestModels.Records), LanguageVersion.CSharp9),
            (nameof(TestModels.ConstructorCopies), LanguageVersion.CSharp9),
            (nameof(TestModels.RecordStructs), LanguageVersion.CSharp10),
            (nameof(TestModels.Latest), LanguageVersion.CSharp11),
            (nameof(TestModels.Shapes), LanguageVersion.CSharp11),
        };
        var versions = new[] { LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest };
        foreach (var (name, oldest) in sets)
        {
            foreach (var version in versions.Where(version => version >= oldest))
            {
                data.Add(name, version, TargetFramework.Net80);
                data.Add(name, version, TargetFramework.NetStandard20);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_diagnostics(string models, LanguageVersion version, TargetFramework target)
    {
        var sources = new List<string> { (string)typeof(TestModels).GetField(models)!.GetValue(null)! };
        if (target == TargetFramework.NetStandard20 && models != nameof(TestModels.Classes))
        {
            // init and required need marker types netstandard2.0 lacks; consumers declare them as polyfills.
            sources.Add(CompilerPolyfills);
        }

        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(sources, version, target));
        Assert.NotEmpty(outcome.Sources);
        outcome.AssertCompilesCleanly();
    }

    private const string CompilerPolyfills = """
        namespace System.Runtime.CompilerServices
        {
            internal static class IsExternalInit { }
            internal sealed class RequiredMemberAttribute : System.Attribute { }
            internal sealed class CompilerFeatureRequiredAttribute : System.Attribute
            {
                public CompilerFeatureRequiredAttribute(string featureName) { }
            }
        }
        namespace System.Diagnostics.CodeAnalysis
        {
            internal sealed class SetsRequiredMembersAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public void Generated_members_have_valid_documentation_comments()
    {
        var sources = new[] { TestModels.Classes, TestModels.Records, TestModels.ConstructorCopies, TestModels.RecordStructs, TestModels.Latest, TestModels.Shapes };

        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(sources, documentation: true));

        // The models themselves are undocumented (CS1591 on them is expected); the generated members must not add any.
        Assert.Contains(outcome.CompilationDiagnostics, diagnostic => diagnostic.Id == "CS1591");
        outcome.AssertGeneratedCodeIsClean();
    }
}
