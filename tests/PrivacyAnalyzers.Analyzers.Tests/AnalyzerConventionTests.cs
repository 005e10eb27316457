using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>Conventions every analyzer in the package follows.</summary>
public class AnalyzerConventionTests
{
    public static TheoryData<Type> AnalyzerTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(RuleCatalog).Assembly.GetTypes().Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_assembly_contains_the_analyzers()
    {
        Assert.True(RuleCatalogTests.Analyzers().Count() >= 6);
    }

    [Theory]
    [MemberData(nameof(AnalyzerTypes))]
    public void Analyzer_is_sealed_and_exported_for_CSharp(Type analyzerType)
    {
        Assert.True(analyzerType.IsSealed, analyzerType.Name + " is not sealed");
        var attribute = analyzerType.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
    }

    [Theory]
    [MemberData(nameof(AnalyzerTypes))]
    public void Analyzer_supports_only_catalog_descriptors(Type analyzerType)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(analyzerType)!;
        var catalog = RuleCatalogTests.Descriptors().ToList();
        if (analyzer is DiagnosticSuppressor suppressor)
        {
            // A suppressor reports no diagnostics of its own; it suppresses catalog rules.
            Assert.NotEmpty(suppressor.SupportedSuppressions);
            Assert.All(suppressor.SupportedSuppressions, descriptor => Assert.Contains(catalog, rule => rule.Id == descriptor.SuppressedDiagnosticId));
            return;
        }

        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        Assert.All(analyzer.SupportedDiagnostics, descriptor => Assert.Contains(descriptor, catalog));
    }
}
