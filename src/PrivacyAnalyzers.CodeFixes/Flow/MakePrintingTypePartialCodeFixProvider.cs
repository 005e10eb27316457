using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Analyzers;
using PrivacyAnalyzers.Analyzers.Flow;

namespace PrivacyAnalyzers.CodeFixes.Flow
{
    /// <summary>
    /// PRIV005 for a record that keeps the compiler's ToString: makes the record (and every type containing it) partial,
    /// wherever it is declared, so that the generated PrintMembers masks its personal members.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePrintingTypePartialCodeFixProvider))]
    [Shared]
    public sealed class MakePrintingTypePartialCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.PersonalInfoPrinted.Id);

        // Several diagnostics name the same type; fixing one by one is what a user does, and each fix is solution-wide.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FlowReporter.PartialTypeProperty, out var typeId)
                    || typeId is null
                    || DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, compilation) is not INamedTypeSymbol type
                    || type.DeclaringSyntaxReferences.IsEmpty)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make '" + type.Name + "' partial",
                        cancellationToken => MakePartialAsync(context.Document.Project.Solution, type, cancellationToken),
                        equivalenceKey: nameof(MakePrintingTypePartialCodeFixProvider) + typeId),
                    diagnostic);
            }
        }

        private static async Task<Solution> MakePartialAsync(Solution solution, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var declarations = new List<TypeDeclarationSyntax>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var reference in current.DeclaringSyntaxReferences)
                {
                    if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration
                        && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        declarations.Add(declaration);
                    }
                }
            }

            foreach (var inTree in declarations.GroupBy(declaration => declaration.SyntaxTree))
            {
                var document = solution.GetDocument(inTree.Key);
                var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (document is null || root is null)
                {
                    continue;
                }

                solution = solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(inTree, (_, rewritten) => AddPartial(rewritten)));
            }

            return solution;
        }

        /// <summary>Adds 'partial' right before the type keyword, keeping the declaration's leading trivia in front.</summary>
        private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Count == 0)
            {
                var keyword = declaration.Keyword;
                var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                return declaration.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
            }

            return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
        }
    }
}
