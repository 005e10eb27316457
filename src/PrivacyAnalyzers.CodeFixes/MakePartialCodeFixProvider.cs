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

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV100: adds 'partial' to the type and to every containing type that lacks it.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider))]
    [Shared]
    public sealed class MakePartialCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Make the type partial";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.TypeNotPartial.Id);

        // One edit per document covers every reported type, so types sharing a non-partial container are fixed once.
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindDeclaration(root, diagnostic) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => MakePartialAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: nameof(MakePartialCodeFixProvider)),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
            => await MakePartialAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

        private static async Task<Document> MakePartialAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new HashSet<TypeDeclarationSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                for (var declaration = FindDeclaration(root, diagnostic); declaration is not null; declaration = declaration.Parent as TypeDeclarationSyntax)
                {
                    if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        targets.Add(declaration);
                    }
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceNodes(targets, (_, rewritten) => AddPartial(rewritten));
            return document.WithSyntaxRoot(newRoot);
        }

        private static TypeDeclarationSyntax? FindDeclaration(SyntaxNode root, Diagnostic diagnostic)
        {
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            return token.Parent is TypeDeclarationSyntax declaration && declaration.Identifier == token ? declaration : null;
        }

        /// <summary>'partial' must come last among the modifiers, right before the type keyword.</summary>
        private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count > 0)
            {
                return declaration.WithModifiers(declaration.Modifiers.Add(partial));
            }

            // Without modifiers the keyword carries the indentation; move it to 'partial'.
            var keyword = declaration.Keyword;
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
        }
    }
}
