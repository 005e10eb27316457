using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Generators.Tests.Infrastructure;

/// <summary>Reads the encoded-text fields of a generated export, so that tests can name texts instead of field numbers.</summary>
public static class ExportText
{
    /// <summary>The expression of the field holding <paramref name="text"/> (a property name or category label) in <paramref name="source"/>.</summary>
    public static string Field(string source, string text)
    {
        var match = Regex.Match(source, @"(Text\d+) = global::PrivacyAnalyzers\.PersonalDataJson\.Encode\(" + Regex.Escape("\"" + text + "\"") + @"\);");
        Assert.True(match.Success, "No encoded export text \"" + text + "\" in:\n" + source);
        return "PrivacyExportText." + match.Groups[1].Value;
    }
}
