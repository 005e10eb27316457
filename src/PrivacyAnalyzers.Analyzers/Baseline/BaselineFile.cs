using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Baseline
{
    /// <summary>
    /// Reads <c>privacy-baseline.json</c>: <c>{ "version": 1, "findings": [ { "rule", "member", "message", "count" } ] }</c>
    /// (other properties, such as the informative <c>path</c>, are ignored). A file that is not valid JSON baselines nothing.
    /// </summary>
    public static class BaselineFile
    {
        /// <summary>The baseline among <paramref name="options"/>' additional files, or <c>null</c>.</summary>
        public static AdditionalText? Find(AnalyzerOptions options)
        {
            foreach (var file in options.AdditionalFiles)
            {
                if (string.Equals(System.IO.Path.GetFileName(file.Path), BaselineFingerprint.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }

            return null;
        }

        /// <summary>Each recorded fingerprint with the number of findings it stands for.</summary>
        public static Dictionary<BaselineEntry, int> Read(SourceText text)
        {
            var entries = new Dictionary<BaselineEntry, int>();
            if (JsonReader.Parse(text).Root is not JsonObject root || Property(root, "findings") is not JsonArray findings)
            {
                return entries;
            }

            foreach (var item in findings.Items)
            {
                if (item is JsonObject finding
                    && Property(finding, "rule") is JsonString rule
                    && Property(finding, "member") is JsonString member
                    && Property(finding, "message") is JsonString message)
                {
                    var count = Property(finding, "count") is JsonNumber number
                        && int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                        ? parsed
                        : 1;
                    var entry = new BaselineEntry(rule.Value, member.Value, message.Value);
                    entries[entry] = (entries.TryGetValue(entry, out var existing) ? existing : 0) + count;
                }
            }

            return entries;
        }

        private static JsonValue? Property(JsonObject value, string name)
        {
            foreach (var property in value.Properties)
            {
                if (property.Name.Value == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }
}
