using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyAnalyzers.Tool.Discover;

/// <summary>Writes the suggestions grouped by category, then by declaring type: as text to read, or as JSON for other tools.</summary>
public static class DiscoverWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void WriteText(IReadOnlyList<Suggestion> suggestions, TextWriter writer)
    {
        foreach (var category in suggestions.GroupBy(suggestion => suggestion.Category))
        {
            writer.WriteLine($"{category.Key} ({Count(category.Count(), "suggestion")}) {category.First().Attribute}");
            foreach (var type in category.GroupBy(suggestion => suggestion.Type))
            {
                writer.WriteLine("  " + (type.Key.Length > 0 ? type.Key : "(no type)"));
                foreach (var suggestion in type)
                {
                    writer.WriteLine($"    {suggestion.Member}  {suggestion.Path}:{suggestion.Line}");
                }
            }

            writer.WriteLine();
        }

        var types = suggestions.Select(suggestion => suggestion.Type).Distinct(StringComparer.Ordinal).Count();
        var categories = suggestions.Select(suggestion => suggestion.Category).Distinct(StringComparer.Ordinal).Count();
        writer.WriteLine($"{Count(suggestions.Count, "suggestion")} in {Count(types, "type")}, {Count(categories, "category", "categories")}.");
    }

    public static void WriteJson(IReadOnlyList<Suggestion> suggestions, TextWriter writer)
    {
        var document = new
        {
            Categories = suggestions
                .GroupBy(suggestion => suggestion.Category)
                .Select(category => new
                {
                    Category = category.Key,
                    Attribute = category.First().Attribute,
                    Count = category.Count(),
                    Types = category.GroupBy(suggestion => suggestion.Type).Select(type => new
                    {
                        Type = type.Key,
                        Members = type.Select(suggestion => new { suggestion.Member, suggestion.Project, suggestion.Path, suggestion.Line, suggestion.Column }),
                    }),
                }),
            Total = suggestions.Count,
        };
        writer.WriteLine(JsonSerializer.Serialize(document, Json));
    }

    private static string Count(int count, string noun, string? plural = null)
        => count + " " + (count == 1 ? noun : plural ?? noun + "s");
}
