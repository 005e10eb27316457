using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tool.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// Writes the data map as a Fides resource manifest (docs/data-map.md, "Fides manifest"): one <c>dataset</c> per
/// project holding annotated types, one collection per type, one field per personal member with its category key;
/// and a <c>data_category</c> list declaring every key the datasets use that the default fideslang taxonomy lacks
/// (the PrivacyAnalyzers extensions and project-defined keys), so <c>fides push</c> accepts the file as it is.
/// </summary>
public static class FidesManifestWriter
{
    /// <summary>The dataset key used when a project name has no ASCII letter or digit.</summary>
    public const string FallbackDatasetKey = "dataset";

    private static readonly Regex CategoryKeyPattern = new(@"^[a-zA-Z0-9_<>-]+(\.[a-zA-Z0-9_<>-]+)*\z", RegexOptions.CultureInvariant);

    // PyYAML, which Fides reads manifests with, speaks YAML 1.1: "yes", "no", "on" and "off" must be quoted too.
    // The escaping emitter goes last, after YamlDotNet has chosen each scalar's text and style.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .WithEventEmitter(next => new EscapeControlCharacters(next), where => where.OnBottom())
        .WithNewLine("\n")
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .DisableAliases()
        .Build();

    public static void Write(DataMap map, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);

        var manifest = new Manifest
        {
            DataCategories = CustomCategories(map.Types),
            Datasets = Datasets(map),
        };
        writer.Write(Serializer.Serialize(manifest));
    }

    /// <summary>
    /// The dataset key of a project name: lower-cased, every run of characters other than ASCII letters and digits
    /// replaced by one underscore, without leading or trailing underscores ("SimWorks.Cloud" → "simworks_cloud");
    /// <see cref="FallbackDatasetKey"/> when nothing is left.
    /// </summary>
    public static string DatasetKey(string projectName)
    {
        var key = new StringBuilder(projectName.Length);
        var separatorPending = false;
        foreach (var character in projectName.ToLowerInvariant())
        {
            if (character is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (separatorPending && key.Length > 0)
                {
                    key.Append('_');
                }

                separatorPending = false;
                key.Append(character);
            }
            else
            {
                separatorPending = true;
            }
        }

        return key.Length == 0 ? FallbackDatasetKey : key.ToString();
    }

    private static List<FidesDataset> Datasets(DataMap map)
    {
        var projectNames = map.Projects.Select(project => project.Name)
            .Concat(map.Types.Select(type => type.Project))
            .Distinct(StringComparer.Ordinal);
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var datasets = new List<FidesDataset>();
        foreach (var projectName in projectNames)
        {
            var types = map.Types.Where(type => type.Project == projectName).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            var project = map.Projects.FirstOrDefault(candidate => candidate.Name == projectName);
            datasets.Add(new FidesDataset
            {
                FidesKey = Unique(DatasetKey(projectName), usedKeys),
                Name = projectName,
                Description = project is null
                    ? $"Personal information declared in the code of {projectName}."
                    : $"Personal information declared in the code of {projectName} ({project.Path}).",
                Collections = Collections(types),
            });
        }

        return datasets;
    }

    private static string Unique(string key, HashSet<string> usedKeys)
    {
        var candidate = key;
        for (var suffix = 2; !usedKeys.Add(candidate); suffix++)
        {
            candidate = $"{key}_{suffix}";
        }

        return candidate;
    }

    private static List<FidesCollection> Collections(List<DataTypeEntry> types)
    {
        // Fides requires unique collection names in a dataset: types sharing a short name keep their full name.
        var sharedShortNames = types.GroupBy(type => ShortName(type.Name), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        return types.Select(type => new FidesCollection
        {
            Name = sharedShortNames.Contains(ShortName(type.Name)) ? type.Name : ShortName(type.Name),
            Description = type.Name,
            Fields = type.Members.Select(member => new FidesField
            {
                Name = member.Name,
                Description = FieldDescription(member, member.Retention ?? type.Retention),
                DataCategories = IsValidCategoryKey(member.Category) ? [member.Category] : [],
            }).ToList(),
        }).ToList();
    }

    private static string ShortName(string fullName)
    {
        // The last dot outside type arguments separates the namespace or containing type.
        var depth = 0;
        for (var index = fullName.Length - 1; index >= 0; index--)
        {
            switch (fullName[index])
            {
                case '>':
                    depth++;
                    break;
                case '<':
                    depth--;
                    break;
                case '.' when depth == 0:
                    return fullName.Substring(index + 1);
            }
        }

        return fullName;
    }

    private static string? FieldDescription(DataMemberEntry member, RetentionEntry? retention)
    {
        var sentences = new List<string>();
        if (!IsValidCategoryKey(member.Category))
        {
            // Fides would refuse the whole file for one malformed key; the field keeps the key where a reader sees it.
            sentences.Add($"Category \"{member.Category}\" is not a valid Fides key.");
        }

        if (member.Sensitive)
        {
            sentences.Add("Sensitive personal information.");
        }

        if (member.IsDataSubjectId)
        {
            sentences.Add("Identifies the data subject.");
        }

        if (member.Purposes.Count > 0)
        {
            sentences.Add($"Purposes: {string.Join(", ", member.Purposes)}.");
        }

        if (member.Mask is not null)
        {
            sentences.Add($"Masked as {member.Mask}.");
        }

        if (member.Anonymization is not null)
        {
            sentences.Add($"Anonymized by {member.Anonymization}.");
        }

        if (retention is not null)
        {
            sentences.Add(RetentionSentence(retention));
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    private static string RetentionSentence(RetentionEntry retention)
    {
        var period = new List<string>();
        AddPart(period, retention.Years, "year");
        AddPart(period, retention.Months, "month");
        AddPart(period, retention.Days, "day");
        var text = new StringBuilder("Retained ")
            .Append(period.Count == 0 ? "0 days" : string.Join(" ", period));
        if (retention.From is not null)
        {
            text.Append(" from ").Append(retention.From);
        }

        text.Append(retention.OnExpiry switch
        {
            "delete" => ", then deleted",
            "anonymize" => ", then anonymized",
            var other => $", then {other}",
        });
        if (retention.Basis is not null)
        {
            text.Append(" (").Append(retention.Basis).Append(')');
        }

        return text.Append('.').ToString();
    }

    private static void AddPart(List<string> parts, int count, string unit)
    {
        if (count != 0)
        {
            parts.Add(count == 1 ? $"1 {unit}" : $"{count} {unit}s");
        }
    }

    /// <summary>Declarations of the used keys Fides does not know, with their unknown ancestors, parents first.</summary>
    private static List<FidesDataCategory> CustomCategories(IReadOnlyList<DataTypeEntry> types)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var category in types.SelectMany(type => type.Members).Select(member => member.Category).Where(IsValidCategoryKey))
        {
            for (var key = category; key.Length > 0 && !FidesTaxonomy.IsDefault(key); key = ParentKey(key) ?? string.Empty)
            {
                keys.Add(key);
            }
        }

        // Ordinal order puts every key after its ancestors, which are its prefixes.
        return keys.Select(key =>
        {
            var extension = FidesTaxonomy.Extension(key);
            return new FidesDataCategory
            {
                FidesKey = key,
                Name = extension?.Name ?? DisplayName(key),
                Description = extension is { } known
                    ? $"{known.Description} PrivacyAnalyzers extension of the fideslang taxonomy."
                    : "Category key used in the code that the fideslang taxonomy does not define.",
                ParentKey = ParentKey(key),
            };
        }).ToList();
    }

    /// <summary>A fideslang key (letters, digits, <c>_</c>, <c>-</c>, <c>&lt;</c>, <c>&gt;</c>) made of non-empty dot-separated segments.</summary>
    private static bool IsValidCategoryKey(string? key) =>
        !string.IsNullOrEmpty(key) && CategoryKeyPattern.IsMatch(key);

    private static string? ParentKey(string key)
    {
        var lastDot = key.LastIndexOf('.');
        return lastDot < 0 ? null : key.Substring(0, lastDot);
    }

    // "download_log" → "Download Log".
    private static string DisplayName(string key)
    {
        var words = key.Substring(key.LastIndexOf('.') + 1)
            .Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1));
        var name = string.Join(" ", words);
        return name.Length == 0 ? key : name;
    }

    /// <summary>
    /// Writes text holding tabs, line breaks or other control characters double-quoted, where they are escapes:
    /// PyYAML rejects a tab in a plain scalar, and folded scalars would turn line breaks into spaces. A lone surrogate,
    /// which YAML cannot hold, becomes U+FFFD as in the JSON output.
    /// </summary>
    private sealed class EscapeControlCharacters(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            var text = eventInfo.RenderedValue;
            if (text.Any(character => char.IsControl(character) || character is '\u2028' or '\u2029'))
            {
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }

            if (text.Any(char.IsSurrogate))
            {
                eventInfo.RenderedValue = ReplaceLoneSurrogates(text);
            }

            base.Emit(eventInfo, emitter);
        }

        private static string ReplaceLoneSurrogates(string text)
        {
            var characters = text.ToCharArray();
            for (var index = 0; index < characters.Length; index++)
            {
                if (char.IsHighSurrogate(characters[index]) && index + 1 < characters.Length && char.IsLowSurrogate(characters[index + 1]))
                {
                    index++;
                }
                else if (char.IsSurrogate(characters[index]))
                {
                    characters[index] = '\uFFFD';
                }
            }

            return new string(characters);
        }
    }

    private sealed class Manifest
    {
        [YamlMember(Alias = "data_category", Order = 0)]
        public List<FidesDataCategory> DataCategories { get; init; } = [];

        [YamlMember(Alias = "dataset", Order = 1)]
        public List<FidesDataset> Datasets { get; init; } = [];
    }

    private sealed class FidesDataCategory
    {
        [YamlMember(Alias = "fides_key", Order = 0)]
        public required string FidesKey { get; init; }

        [YamlMember(Alias = "name", Order = 1)]
        public required string Name { get; init; }

        [YamlMember(Alias = "description", Order = 2)]
        public required string Description { get; init; }

        [YamlMember(Alias = "parent_key", Order = 3)]
        public string? ParentKey { get; init; }
    }

    private sealed class FidesDataset
    {
        [YamlMember(Alias = "fides_key", Order = 0)]
        public required string FidesKey { get; init; }

        [YamlMember(Alias = "name", Order = 1)]
        public required string Name { get; init; }

        [YamlMember(Alias = "description", Order = 2)]
        public required string Description { get; init; }

        [YamlMember(Alias = "collections", Order = 3)]
        public required List<FidesCollection> Collections { get; init; }
    }

    private sealed class FidesCollection
    {
        [YamlMember(Alias = "name", Order = 0)]
        public required string Name { get; init; }

        [YamlMember(Alias = "description", Order = 1)]
        public required string Description { get; init; }

        [YamlMember(Alias = "fields", Order = 2)]
        public required List<FidesField> Fields { get; init; }
    }

    private sealed class FidesField
    {
        [YamlMember(Alias = "name", Order = 0)]
        public required string Name { get; init; }

        [YamlMember(Alias = "description", Order = 1)]
        public string? Description { get; init; }

        [YamlMember(Alias = "data_categories", Order = 2)]
        public required List<string> DataCategories { get; init; }
    }
}
