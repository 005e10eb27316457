using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV104: the generated Mask() and Anonymize(key) return a copy, and cannot make one for this type because a member
    /// they must change cannot be assigned from inside it, holds its items in a collection they cannot rebuild, or a base
    /// type cannot be copied. The decision is the generator's own: both read <see cref="PrivacyModelReader"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CopyShapeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.CopyNotPossible);

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

            // A type that is not partial gets no code at all: PRIV100 says so. The holder search comes after the syntax check.
            if (!PrivacyModelReader.IsPartialInSource(type, context.CancellationToken) || !reader.HoldsPersonalInfo(type))
            {
                return;
            }

            var model = reader.Read(type, context.CancellationToken);
            if (!model.GeneratesCode || model.CopyBlocker is not { } reason)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                RuleCatalog.CopyNotPossible,
                IdentifierLocation(type, context.CancellationToken),
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                reason));
        }

        private static Location IdentifierLocation(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    return declaration.Identifier.GetLocation();
                }
            }

            return type.Locations.IsEmpty ? Location.None : type.Locations[0];
        }
    }
}
