using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// The least an attribute-driven incremental generator does: find the [PersonalInfo] targets with
/// ForAttributeWithMetadataName, take their type's name and emit one small file. Its time on the same edits is
/// the floor that Roslyn's own work (a new compilation, the attributes bound again) sets for the privacy generator.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AttributeFinderGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var typeNames = context.SyntaxProvider.ForAttributeWithMetadataName(
            "PrivacyAnalyzers.PersonalInfoAttribute",
            static (node, _) => node is TypeDeclarationSyntax || node is PropertyDeclarationSyntax || node is VariableDeclaratorSyntax,
            static (attributeContext, _) => attributeContext.TargetSymbol is INamedTypeSymbol type
                ? type.Name
                : attributeContext.TargetSymbol.ContainingType?.Name ?? "");
        context.RegisterSourceOutput(typeNames.Collect(), static (output, names) =>
            output.AddSource("PersonalTypes.g.cs", "// " + names.Distinct().Count() + " types\n"));
    }
}
