using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Analyzers;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV105: replaces a mistyped category literal with the known key the analyzer suggests.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSuggestedCategoryCodeFixProvider))]
    [Shared]
    public sealed class UseSuggestedCategoryCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.UnknownCategory.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(CategoryKeyAnalyzer.SuggestionProperty, out var suggestion)
                    || suggestion is null
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
                    .WithTriviaFrom(literal);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use '" + suggestion + "'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))),
                        equivalenceKey: nameof(UseSuggestedCategoryCodeFixProvider)),
                    diagnostic);
            }
        }
    }
}
