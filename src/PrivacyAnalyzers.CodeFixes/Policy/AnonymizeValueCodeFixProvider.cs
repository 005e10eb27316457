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

namespace PrivacyAnalyzers.CodeFixes.Policy
{
    /// <summary>
    /// PRIV002 and PRIV009: shares the anonymized copy of a whole object instead of the object —
    /// <c>order</c> becomes <c>order.Anonymize(key)</c>. Offered only when the object's type has an
    /// <c>Anonymize(PseudonymKey)</c> method (the generated one) and a <c>PseudonymKey</c> local, parameter, field or
    /// property is in scope; one action per key when there are several. Single values (text, numbers) get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AnonymizeValueCodeFixProvider))]
    [Shared]
    public sealed class AnonymizeValueCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Anonymize the value";
        private const string PseudonymKeyName = "PrivacyAnalyzers.PseudonymKey";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleCatalog.SharedWithUnapprovedRecipient.Id, RuleCatalog.CrossBorderTransfer.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null || model.Compilation.GetTypeByMetadataName(PseudonymKeyName) is not { } keyType)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                    || !CanAnonymize(value, keyType, model, context.CancellationToken))
                {
                    continue;
                }

                var keys = KeysInScope(value, keyType, model, context.CancellationToken);
                foreach (var key in keys)
                {
                    var title = keys.Count == 1 ? Title : Title + " with '" + key + "'";
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            title,
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, CallAnonymize(value, key)))),
                            equivalenceKey: nameof(AnonymizeValueCodeFixProvider) + "." + key),
                        diagnostic);
                }
            }
        }

        /// <summary>True when the value's type has an instance <c>Anonymize(PseudonymKey)</c> the code can call.</summary>
        private static bool CanAnonymize(ExpressionSyntax value, INamedTypeSymbol keyType, SemanticModel model, CancellationToken cancellationToken)
        {
            if (model.GetTypeInfo(value, cancellationToken).Type is not INamedTypeSymbol type || type.SpecialType != SpecialType.None)
            {
                return false;
            }

            return model.LookupSymbols(value.SpanStart, type, "Anonymize")
                .OfType<IMethodSymbol>()
                .Any(method => !method.IsStatic && method.Parameters.Length == 1
                    && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, keyType));
        }

        /// <summary>The names of the <c>PseudonymKey</c> values the code at <paramref name="value"/> can read, nearest first.</summary>
        private static List<string> KeysInScope(ExpressionSyntax value, INamedTypeSymbol keyType, SemanticModel model, CancellationToken cancellationToken)
        {
            var position = value.SpanStart;
            var inStaticCode = model.GetEnclosingSymbol(position, cancellationToken) is { IsStatic: true };
            var keys = new List<string>();
            foreach (var symbol in model.LookupSymbols(position))
            {
                var type = symbol switch
                {
                    ILocalSymbol local when DeclaredBefore(local, position) => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when field.IsStatic || !inStaticCode => field.Type,
                    IPropertySymbol { IsIndexer: false } property when property.IsStatic || !inStaticCode => property.Type,
                    _ => null,
                };
                if (type is not null && SymbolEqualityComparer.Default.Equals(type, keyType) && !keys.Contains(symbol.Name))
                {
                    keys.Add(symbol.Name);
                }
            }

            return keys;
        }

        private static bool DeclaredBefore(ILocalSymbol local, int position)
            => local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End <= position;

        private static ExpressionSyntax CallAnonymize(ExpressionSyntax value, string key)
        {
            var receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                ? value.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Anonymize")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(key)))))
                .WithTriviaFrom(value);
        }
    }
}
