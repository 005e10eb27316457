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
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.Analyzers;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.CodeFixes.Flow
{
    /// <summary>
    /// PRIV001 and PRIV003: wraps the personal value in its mask. Text becomes
    /// <c>Masking.MaskForCategory(value, "category")</c> — inside an interpolated string or a concatenation, each personal
    /// member read is wrapped and the rest of the text kept; an object Serilog destructures becomes <c>value.Mask()</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskValueCodeFixProvider))]
    [Shared]
    public sealed class MaskValueCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Mask the personal value";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleCatalog.PersonalInfoLogged.Id, RuleCatalog.PersonalInfoInException.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null || PersonalDataFlow.TryCreate(model.Compilation) is not { } flow)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax written)
                {
                    continue;
                }

                var replacements = Replacements(written, diagnostic, model, flow, context.CancellationToken);
                if (replacements.Count == 0)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]))),
                        equivalenceKey: nameof(MaskValueCodeFixProvider)),
                    diagnostic);
            }
        }

        private static Dictionary<ExpressionSyntax, ExpressionSyntax> Replacements(
            ExpressionSyntax written, Diagnostic diagnostic, SemanticModel model, PersonalDataFlow flow, CancellationToken cancellationToken)
        {
            var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
            if (diagnostic.Properties.ContainsKey(FlowReporter.DestructuredProperty))
            {
                if (HasMask(model.GetTypeInfo(written, cancellationToken).Type))
                {
                    replacements.Add(written, CallMask(written));
                }

                return replacements;
            }

            if (!diagnostic.Properties.TryGetValue(FlowReporter.CategoryProperty, out var category) || category is null)
            {
                return replacements;
            }

            // Text built around personal values keeps its words: only the personal reads inside are masked.
            if (written is InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
            {
                foreach (var part in written.DescendantNodes(node => node is not ExpressionSyntax inner || !IsPersonalText(inner, model, flow, cancellationToken, out _)).OfType<ExpressionSyntax>())
                {
                    if (IsPersonalText(part, model, flow, cancellationToken, out var partCategory) && !replacements.ContainsKey(part))
                    {
                        replacements.Add(part, MaskForCategory(part, partCategory));
                    }
                }

                return replacements;
            }

            if (model.GetTypeInfo(written, cancellationToken).Type?.SpecialType == SpecialType.System_String)
            {
                replacements.Add(written, MaskForCategory(written, category));
            }

            return replacements;
        }

        /// <summary>A read of a personal string member, parameter or return value, with its category.</summary>
        private static bool IsPersonalText(ExpressionSyntax expression, SemanticModel model, PersonalDataFlow flow, CancellationToken cancellationToken, out string category)
        {
            category = string.Empty;
            if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ConditionalAccessExpressionSyntax)
                || model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            var target = expression is ConditionalAccessExpressionSyntax access ? access.WhenNotNull : expression;
            if (model.GetSymbolInfo(target, cancellationToken).Symbol is not { } symbol
                || flow.Sources.ForSymbol(symbol) is not { Kind: TaintKind.Value } taint)
            {
                return false;
            }

            category = taint.Category;
            return true;
        }

        private static bool HasMask(ITypeSymbol? type)
            => type is not null && type.AllInterfaces.Any(implemented => implemented.OriginalDefinition.ToDisplayString() == "PrivacyAnalyzers.IMaskable<T>");

        private static ExpressionSyntax MaskForCategory(ExpressionSyntax value, string category)
        {
            var masking = SyntaxFactory.ParseExpression("global::PrivacyAnalyzers.Masking.MaskForCategory").WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.InvocationExpression(
                    masking,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(value.WithoutTrivia()),
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(category))),
                    })))
                .WithTriviaFrom(value);
        }

        private static ExpressionSyntax CallMask(ExpressionSyntax value)
        {
            var receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                ? value.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Mask")))
                .WithTriviaFrom(value);
        }
    }
}
