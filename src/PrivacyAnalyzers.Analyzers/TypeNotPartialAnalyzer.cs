using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV100: a class, struct or record that holds personal information must be partial, and so must every type
    /// containing it, because the privacy members are generated into a partial declaration.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TypeNotPartialAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.TypeNotPartial);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                // The generator's own reader decides which types hold personal information, so the rule and the generated code agree.
                var reader = SharedModelReader.For(start.Compilation, symbols);
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, reader), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, PrivacyModelReader reader)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if ((type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct) || type.IsStatic || type.IsImplicitlyDeclared)
            {
                return;
            }

            var declaration = NonPartialDeclaration(type, context.CancellationToken, out var first);
            INamedTypeSymbol? nonPartialContainer = null;
            if (declaration is null)
            {
                for (var container = type.ContainingType; container is not null; container = container.ContainingType)
                {
                    if (NonPartialDeclaration(container, context.CancellationToken, out _) is not null)
                    {
                        nonPartialContainer = container;
                        break;
                    }
                }

                if (nonPartialContainer is null)
                {
                    return;
                }
            }

            // Syntax checks come first: the holder search is the expensive part and most types are fine without it.
            // A type that only inherits personal members is covered by its base's generated code (see docs/generated-code.md).
            if (first is null || !reader.HoldsDeclaredPersonalInfo(type))
            {
                return;
            }

            var target = declaration ?? first;
            var name = type.ToDisplayString(DisplayFormats.TypeName);
            var reason = nonPartialContainer is null
                ? "is"
                : "its containing type '" + nonPartialContainer.ToDisplayString(DisplayFormats.TypeName) + "' is";
            context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.TypeNotPartial, target.Identifier.GetLocation(), name, reason));
        }

        /// <summary>The declaration of <paramref name="type"/> without 'partial', or <c>null</c> when every declaration has it.</summary>
        private static TypeDeclarationSyntax? NonPartialDeclaration(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken, out TypeDeclarationSyntax? first)
        {
            first = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    first ??= declaration;
                    if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return declaration;
                    }
                }
            }

            return null;
        }
    }
}
