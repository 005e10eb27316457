using System;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Analyzers.Baseline
{
    /// <summary>
    /// What identifies a finding across edits: the rule, the member it sits in and its message, which names the
    /// personal member, its category and the sink. Lines, columns, files and local names are left out, so inserted
    /// lines, a renamed local and a method moved to another file keep the fingerprint; renaming the member, the
    /// personal member or the sink makes it a new finding.
    /// </summary>
    public static class BaselineFingerprint
    {
        /// <summary>The baseline file's name, next to the project file; the package adds it as an additional file.</summary>
        public const string FileName = "privacy-baseline.json";

        /// <summary>The fingerprint of <paramref name="diagnostic"/>, reported in <paramref name="compilation"/>.</summary>
        public static BaselineEntry Of(Diagnostic diagnostic, Compilation compilation, CancellationToken cancellationToken)
            => new BaselineEntry(
                diagnostic.Id,
                ContainingMember(diagnostic.Location, compilation, cancellationToken),
                diagnostic.GetMessage(CultureInfo.InvariantCulture));

        /// <summary>
        /// The declaration id of the member, type or field around <paramref name="location"/>
        /// (<c>M:Shop.Notifier.Welcome(Shop.Customer)</c>), the file name for a finding in an additional file such as
        /// privacy.json, or an empty string.
        /// </summary>
        public static string ContainingMember(Location location, Compilation compilation, CancellationToken cancellationToken)
        {
            if (location.SourceTree is { } tree && compilation.ContainsSyntaxTree(tree))
            {
                var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                var model = compilation.GetSemanticModel(tree);
                for (var current = node; current is not null; current = current.Parent)
                {
                    if (IsMemberDeclaration(current)
                        && model.GetDeclaredSymbol(current, cancellationToken) is { } symbol
                        && DocumentationCommentId.CreateDeclarationId(symbol) is { Length: > 0 } id)
                    {
                        return id;
                    }
                }

                return string.Empty;
            }

            return location.Kind == LocationKind.ExternalFile ? Path.GetFileName(location.GetLineSpan().Path) : string.Empty;
        }

        private static bool IsMemberDeclaration(SyntaxNode node)
            => node is BaseMethodDeclarationSyntax
                or BasePropertyDeclarationSyntax
                or BaseTypeDeclarationSyntax
                or DelegateDeclarationSyntax
                or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax };
    }

    /// <summary>One fingerprint: the rule, the containing member's declaration id and the message.</summary>
    public sealed class BaselineEntry : IEquatable<BaselineEntry>
    {
        public BaselineEntry(string rule, string member, string message)
        {
            Rule = rule;
            Member = member;
            Message = message;
        }

        public string Rule { get; }

        public string Member { get; }

        public string Message { get; }

        public bool Equals(BaselineEntry? other)
            => other is not null
                && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
                && string.Equals(Member, other.Member, StringComparison.Ordinal)
                && string.Equals(Message, other.Message, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as BaselineEntry);

        public override int GetHashCode()
        {
            unchecked
            {
                return ((StringComparer.Ordinal.GetHashCode(Rule) * 31) + StringComparer.Ordinal.GetHashCode(Member)) * 31
                    + StringComparer.Ordinal.GetHashCode(Message);
            }
        }
    }
}
