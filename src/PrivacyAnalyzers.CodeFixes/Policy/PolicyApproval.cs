using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.CodeFixes.Policy
{
    /// <summary>
    /// Adds category keys to a recipient's <c>categories</c> in a policy file's text, following the file's own layout.
    /// Every edit is checked by reading the result again: when the file is malformed, the recipient is missing, or the
    /// edit would not approve the key cleanly, the answer is <c>null</c> rather than a doubtful edit.
    /// </summary>
    internal static class PolicyApproval
    {
        /// <summary>
        /// The policy text with every key of <paramref name="categories"/> approved for <paramref name="recipientName"/>
        /// (a key already approved, also by a key added before it, is left as is), or <c>null</c>.
        /// </summary>
        public static SourceText? Approve(SourceText text, string recipientName, IReadOnlyList<string> categories)
        {
            var edited = text;
            foreach (var category in categories)
            {
                if (ApproveOne(edited, recipientName, category) is not { } next)
                {
                    return null;
                }

                edited = next;
            }

            // Nothing to approve when every key was already approved (the file changed since the analysis).
            return ReferenceEquals(edited, text) ? null : edited;
        }

        /// <summary>The text with <paramref name="category"/> approved: <paramref name="text"/> itself when it already is, <c>null</c> when it cannot be.</summary>
        private static SourceText? ApproveOne(SourceText text, string recipientName, string category)
        {
            var before = PolicyReader.Read(text);
            if (before.Problems.Any(problem => problem.Kind == PolicyProblemKind.MalformedJson)
                || before.Policy.FindRecipient(recipientName) is not { } recipient)
            {
                return null;
            }

            if (recipient.ApprovesCategory(category))
            {
                return text;
            }

            if (JsonReader.Parse(text) is not { Error: null, Root: JsonObject root }
                || Declaration(root, recipient) is not { } declaration)
            {
                return null;
            }

            var change = Insertion(text, declaration.Recipient, declaration.Name, category);
            if (change is null)
            {
                return null;
            }

            var edited = text.WithChanges(change.Value);
            var after = PolicyReader.Read(edited);
            return after.Problems.Length <= before.Problems.Length
                && after.Problems.All(problem => problem.Kind != PolicyProblemKind.MalformedJson)
                && after.Policy.FindRecipient(recipientName) is { } approved
                && approved.ApprovesCategory(category)
                ? edited
                : null;
        }

        /// <summary>The object declaring <paramref name="recipient"/> (the one the policy uses) and its <c>name</c> property.</summary>
        private static (JsonObject Recipient, JsonProperty Name)? Declaration(JsonObject root, PolicyRecipient recipient)
        {
            foreach (var property in root.Properties)
            {
                if (property.Name.Value != "recipients" || property.Value is not JsonArray entries)
                {
                    continue;
                }

                foreach (var entry in entries.Items)
                {
                    if (entry is JsonObject declared
                        && declared.Properties.FirstOrDefault(p => p.Name.Value == "name" && p.Value.Span == recipient.Name.Span) is { } name)
                    {
                        return (declared, name);
                    }
                }
            }

            return null;
        }

        private static TextChange? Insertion(SourceText text, JsonObject recipient, JsonProperty name, string category)
        {
            var key = Quote(category);
            var categories = recipient.Properties.Where(property => property.Name.Value == "categories").ToList();
            if (categories.Count > 1)
            {
                return null;
            }

            if (categories.Count == 0)
            {
                // A new property goes right after the name: on its own line when the name has its own line, else inline.
                var property = "\"categories\": [" + key + "]";
                return LineIndentation(text, name.Name.Span.Start) is { } indentation
                    ? new TextChange(new TextSpan(name.Value.Span.End, 0), "," + NewLine(text) + indentation + property)
                    : new TextChange(new TextSpan(name.Value.Span.End, 0), ", " + property);
            }

            if (categories[0].Value is not JsonArray { IsComplete: true } array)
            {
                return null;
            }

            if (array.Items.Count == 0)
            {
                return new TextChange(array.Span, "[" + key + "]");
            }

            var last = array.Items[array.Items.Count - 1];
            return LineIndentation(text, last.Span.Start) is { } elementIndentation
                ? new TextChange(new TextSpan(last.Span.End, 0), "," + NewLine(text) + elementIndentation + key)
                : new TextChange(new TextSpan(last.Span.End, 0), ", " + key);
        }

        /// <summary>The whitespace before <paramref name="position"/> on its line when nothing else precedes it there, else <c>null</c>.</summary>
        private static string? LineIndentation(SourceText text, int position)
        {
            var line = text.Lines.GetLineFromPosition(position);
            var prefix = text.ToString(TextSpan.FromBounds(line.Start, position));
            return prefix.All(c => c == ' ' || c == '\t') ? prefix : null;
        }

        /// <summary>The file's own line break (that of its first line), <c>\n</c> when it has none.</summary>
        private static string NewLine(SourceText text)
        {
            var first = text.Lines[0];
            return first.EndIncludingLineBreak > first.End
                ? text.ToString(TextSpan.FromBounds(first.End, first.EndIncludingLineBreak))
                : "\n";
        }

        private static string Quote(string value)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
