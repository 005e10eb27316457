using System.Collections.Immutable;
using System.Composition;
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
    /// PRIV010: adds <c>[return: PersonalInfo("category")]</c> to the method, so that the classification reaches the
    /// metadata referencing projects read. The attribute is written qualified when <c>PrivacyAnalyzers</c> is not imported.
    /// Offered for a category key; a value classified by a data classification attribute is declared with that attribute.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclarePersonalReturnCodeFixProvider))]
    [Shared]
    public sealed class DeclarePersonalReturnCodeFixProvider : CodeFixProvider
    {
        private const string RuntimeNamespace = "PrivacyAnalyzers";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.PersonalReturnNotDeclared.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not MethodDeclarationSyntax method
                    || !diagnostic.Properties.TryGetValue(PersonalReturnAnalyzer.CategoryProperty, out var category)
                    || category is null || category.IndexOf('.') < 0)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark the return value [return: PersonalInfo(\"" + category + "\")]",
                        cancellationToken => DeclareAsync(context.Document, method, category, cancellationToken),
                        equivalenceKey: nameof(DeclarePersonalReturnCodeFixProvider)),
                    diagnostic);
            }
        }

        private static async Task<Document> DeclareAsync(Document document, MethodDeclarationSyntax method, string category, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var name = RuntimeIsInScope(model, method.SpanStart) ? "PersonalInfo" : RuntimeNamespace + ".PersonalInfo";
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(name),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(category))))));
            var leading = method.GetLeadingTrivia();
            var list = SyntaxFactory.AttributeList(
                    SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.ReturnKeyword), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)),
                    SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(NewLine(root));
            var declared = method
                .WithLeadingTrivia(Indentation(leading))
                .WithAttributeLists(method.AttributeLists.Insert(0, list));
            return document.WithSyntaxRoot(root.ReplaceNode(method, declared));
        }

        /// <summary>The line break the file uses.</summary>
        private static SyntaxTrivia NewLine(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.EndOfLine("\n");
        }

        private static bool RuntimeIsInScope(SemanticModel model, int position)
        {
            foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "PersonalInfoAttribute"))
            {
                if (symbol.ContainingNamespace?.ToDisplayString() == RuntimeNamespace)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The whitespace that indents the method's first line: what follows the last line break of its leading trivia.</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var indentation = SyntaxFactory.TriviaList();
            foreach (var trivia in leading)
            {
                indentation = trivia.IsKind(SyntaxKind.WhitespaceTrivia) ? indentation.Add(trivia) : SyntaxFactory.TriviaList();
            }

            return indentation;
        }
    }
}
