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
using PrivacyAnalyzers.Analyzers.Inventory;

namespace PrivacyAnalyzers.CodeFixes.Inventory
{
    /// <summary>
    /// PRIV007: marks the member or parameter with <c>[PersonalInfo(...)]</c> of the inferred category, written as its
    /// DataCategory constant when there is one, and adds <c>using PrivacyAnalyzers;</c> when the attribute does not bind
    /// otherwise. A positional record parameter gets <c>[property: PersonalInfo(...)]</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPersonalInfoCodeFixProvider))]
    [Shared]
    public sealed class AddPersonalInfoCodeFixProvider : CodeFixProvider
    {
        private const string RuntimeNamespace = "PrivacyAnalyzers";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleCatalog.LikelyPersonalInfoNotAnnotated.Id);

        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Target(root, diagnostic) is null || Argument(diagnostic) is not { } argument)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark as [PersonalInfo(" + argument + ")]",
                        cancellationToken => AnnotateAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        equivalenceKey: nameof(AddPersonalInfoCodeFixProvider)),
                    diagnostic);
            }
        }

        /// <summary>
        /// Marks every member or parameter that <paramref name="diagnostics"/> (PRIV007, in <paramref name="document"/>)
        /// report, in one edit: what Fix All does for a document, and what <c>privacy discover --apply</c> writes.
        /// </summary>
        public static async Task<Document> AnnotateAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            var attributes = new Dictionary<SyntaxNode, string>();
            foreach (var diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is { } target && Argument(diagnostic) is { } argument && !attributes.ContainsKey(target))
                {
                    attributes.Add(target, argument);
                }
            }

            if (attributes.Count == 0)
            {
                return document;
            }

            var endOfLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.EndOfLine("\n");
            var needsUsing = !RuntimeIsInScope(semanticModel, attributes.Keys.First().SpanStart);
            var newRoot = root.ReplaceNodes(attributes.Keys, (original, current) => WithAttribute(current, attributes[original], newLine));
            if (needsUsing && newRoot is CompilationUnitSyntax unit)
            {
                newRoot = WithRuntimeUsing(unit, newLine);
            }

            return document.WithSyntaxRoot(newRoot);
        }

        /// <summary>The property, single-variable field or parameter declaration whose identifier the diagnostic marks.</summary>
        private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                return null;
            }

            return root.FindToken(diagnostic.Location.SourceSpan.Start).Parent switch
            {
                PropertyDeclarationSyntax property => property,
                ParameterSyntax parameter => parameter,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                _ => null,
            };
        }

        /// <summary>The attribute argument as C#: the DataCategory constant, or the key as a string literal.</summary>
        private static string? Argument(Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(LikelyPersonalInfoAnalyzer.ConstantProperty, out var constant) && !string.IsNullOrEmpty(constant))
            {
                return constant;
            }

            return diagnostic.Properties.TryGetValue(LikelyPersonalInfoAnalyzer.CategoryProperty, out var category) && !string.IsNullOrEmpty(category)
                ? SyntaxFactory.Literal(category!).Text
                : null;
        }

        private static bool RuntimeIsInScope(SemanticModel semanticModel, int position)
        {
            foreach (var symbol in semanticModel.LookupNamespacesAndTypes(position, name: "PersonalInfoAttribute"))
            {
                if (symbol.ContainingNamespace?.ToDisplayString() == RuntimeNamespace)
                {
                    return true;
                }
            }

            return false;
        }

        private static SyntaxNode WithAttribute(SyntaxNode target, string argument, SyntaxTrivia newLine)
        {
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("PersonalInfo"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(argument)))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            switch (target)
            {
                case ParameterSyntax parameter:
                    if (parameter.Parent is ParameterListSyntax { Parent: RecordDeclarationSyntax })
                    {
                        // The property: target makes the attribute describe the property the compiler makes of the parameter.
                        list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(
                            SyntaxFactory.Token(SyntaxKind.PropertyKeyword),
                            SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)));
                    }

                    return parameter
                        .WithoutLeadingTrivia()
                        .WithAttributeLists(parameter.AttributeLists.Insert(0, list
                            .WithLeadingTrivia(parameter.GetLeadingTrivia())
                            .WithTrailingTrivia(SyntaxFactory.Space)));
                case MemberDeclarationSyntax member:
                    var leading = member.GetLeadingTrivia();
                    return member
                        .WithLeadingTrivia(Indentation(leading))
                        .WithAttributeLists(member.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(newLine)));
                default:
                    return target;
            }
        }

        /// <summary>The whitespace that indents the declaration's first line: what follows the last line break of its leading trivia.</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var indentation = SyntaxFactory.TriviaList();
            foreach (var trivia in leading)
            {
                indentation = trivia.IsKind(SyntaxKind.WhitespaceTrivia)
                    ? indentation.Add(trivia)
                    : SyntaxFactory.TriviaList();
            }

            return indentation;
        }

        private static CompilationUnitSyntax WithRuntimeUsing(CompilationUnitSyntax unit, SyntaxTrivia newLine)
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(RuntimeNamespace))
                .NormalizeWhitespace()
                .WithTrailingTrivia(newLine);
            if (unit.Usings.Count > 0)
            {
                return unit.AddUsings(directive);
            }

            // The first using of the file goes after its header comments, separated from the code by a blank line.
            var firstToken = unit.GetFirstToken(includeZeroWidth: true);
            return unit
                .ReplaceToken(firstToken, firstToken.WithLeadingTrivia())
                .WithUsings(SyntaxFactory.SingletonList(directive
                    .WithLeadingTrivia(firstToken.LeadingTrivia)
                    .WithTrailingTrivia(newLine, newLine)));
        }

        /// <summary>Fixes every diagnostic of a document in one edit, so the using directive is added once.</summary>
        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            public static readonly FixAll Instance = new FixAll();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Mark likely personal information as [PersonalInfo]";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
                => await AnnotateAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
