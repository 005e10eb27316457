using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers;
using PrivacyAnalyzers.Analyzers.Policy;

namespace PrivacyAnalyzers.CodeFixes.Policy
{
    /// <summary>
    /// PRIV002: approves the shared categories for the recipient in the privacy policy file — a policy decision, so it is
    /// offered after the code fixes (<see cref="AnonymizeValueCodeFixProvider"/> first), one action per category plus one
    /// for all of them, and never as Fix All. Offered only for a recipient the policy declares, in a policy file the
    /// analyzers find the same way, and only when the edited file reads back cleanly.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApproveInPolicyCodeFixProvider))]
    [ExtensionOrder(After = nameof(AnonymizeValueCodeFixProvider))]
    [Shared]
    public sealed class ApproveInPolicyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.SharedWithUnapprovedRecipient.Id);

        // Each approval is a decision about one recipient and category, not a batch cleanup.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var project = context.Document.Project;
            if (PolicyFiles.Find(project.AnalyzerOptions) is not { } policyFile
                || project.AdditionalDocuments.FirstOrDefault(document => string.Equals(document.FilePath ?? document.Name, policyFile.Path, StringComparison.Ordinal)) is not { } policyDocument)
            {
                return;
            }

            var text = await policyDocument.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            var fileName = FileName(policyDocument);
            var offered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ApprovalDiagnosticProperties.Recipient, out var recipient) || string.IsNullOrEmpty(recipient)
                    || !diagnostic.Properties.TryGetValue(ApprovalDiagnosticProperties.UnapprovedCategories, out var joined) || string.IsNullOrEmpty(joined))
                {
                    continue;
                }

                var categories = joined!.Split(new[] { ApprovalDiagnosticProperties.Separator }, StringSplitOptions.RemoveEmptyEntries);
                foreach (var category in categories)
                {
                    Offer(context, diagnostic, policyDocument, text, recipient!, new[] { category }, "Approve '" + category + "' for '" + recipient + "' in " + fileName, offered);
                }

                if (categories.Length > 1)
                {
                    Offer(context, diagnostic, policyDocument, text, recipient!, categories, "Approve all of " + string.Join(", ", categories.Select(c => "'" + c + "'")) + " for '" + recipient + "' in " + fileName, offered);
                }
            }
        }

        private static void Offer(CodeFixContext context, Diagnostic diagnostic, TextDocument policyDocument, SourceText text, string recipient, IReadOnlyList<string> categories, string title, HashSet<string> offered)
        {
            var equivalenceKey = nameof(ApproveInPolicyCodeFixProvider) + "." + recipient + "." + string.Join("+", categories);
            if (!offered.Add(equivalenceKey) || PolicyApproval.Approve(text, recipient, categories) is not { } edited)
            {
                return;
            }

            var solution = policyDocument.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(solution.WithAdditionalDocumentText(policyDocument.Id, edited)), equivalenceKey),
                diagnostic);
        }

        private static string FileName(TextDocument document)
        {
            try
            {
                return Path.GetFileName(document.FilePath ?? document.Name);
            }
            catch (ArgumentException)
            {
                return document.Name;
            }
        }
    }
}
