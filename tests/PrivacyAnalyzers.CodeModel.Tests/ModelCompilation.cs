using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.CodeModel.Tests;

/// <summary>A compilation of model sources against net8.0 and the runtime, and the reader over it.</summary>
internal sealed class ModelCompilation
{
    private ModelCompilation(CSharpCompilation compilation)
    {
        Compilation = compilation;
        Reader = new PrivacyModelReader(compilation, PrivacySymbols.TryCreate(compilation)!);
    }

    public CSharpCompilation Compilation { get; }

    public PrivacyModelReader Reader { get; }

    public static ModelCompilation Of(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithNullableContextOptions(NullableContextOptions.Enable);
        var references = Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(PersonalInfoAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create("Models", new[] { tree }, references, options);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new ModelCompilation(compilation);
    }

    public INamedTypeSymbol Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName)!;

    public PrivacyTypeModel Model(string metadataName) => Reader.Read(Type(metadataName));
}
