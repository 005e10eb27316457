using System;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// Finds the privacy policy among a project's additional files and reads it once per content: the package's props
    /// add <c>$(PrivacyPolicyFile)</c> (default <c>privacy.json</c>) with the metadata <c>PrivacyPolicy=true</c>.
    /// </summary>
    internal static class PolicyFiles
    {
        public const string DefaultFileName = "privacy.json";
        public const string PolicyMetadataKey = "build_metadata.AdditionalFiles.PrivacyPolicy";

        // Hosts keep one SourceText per unchanged file; the last read also answers a new SourceText with the same content.
        private static readonly ConditionalWeakTable<SourceText, PolicyDocument> ByText = new ConditionalWeakTable<SourceText, PolicyDocument>();
        private static LastRead? _last;

        /// <summary>
        /// The policy file: the first additional file marked <c>PrivacyPolicy=true</c>, else the first named
        /// <c>privacy.json</c>; <c>null</c> when there is none.
        /// </summary>
        public static AdditionalText? Find(AnalyzerOptions options)
        {
            AdditionalText? byName = null;
            foreach (var file in options.AdditionalFiles)
            {
                if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(PolicyMetadataKey, out var marked)
                    && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }

                if (byName is null && string.Equals(FileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase))
                {
                    byName = file;
                }
            }

            return byName;
        }

        /// <summary>The read policy file, parsed once per content.</summary>
        public static PolicyDocument Read(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new PolicyDocument(PrivacyPolicy.Empty, ImmutableArray<PolicyProblem>.Empty);
            }

            return ByText.GetValue(text, ReadContent);
        }

        private static PolicyDocument ReadContent(SourceText text)
        {
            var content = text.ToString();
            var last = _last;
            if (last is not null && string.Equals(last.Content, content, StringComparison.Ordinal))
            {
                return last.Document;
            }

            var document = PolicyReader.Read(text);
            _last = new LastRead(content, document);
            return document;
        }

        private static string FileName(string path)
        {
            try
            {
                return Path.GetFileName(path);
            }
            catch (ArgumentException)
            {
                return path;
            }
        }

        private sealed class LastRead
        {
            public LastRead(string content, PolicyDocument document)
            {
                Content = content;
                Document = document;
            }

            public string Content { get; }

            public PolicyDocument Document { get; }
        }
    }
}
