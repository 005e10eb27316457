using System.IO;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>Paths and places of the output: relative to the analysed solution's folder, '/'-separated, 1-based.</summary>
public sealed class RelativePaths
{
    private readonly string _root;

    public RelativePaths(string root) => _root = root;

    public string Of(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    public SourceLocation? Of(Location location)
    {
        if (!location.IsInSource)
        {
            return null;
        }

        var span = location.GetLineSpan();
        if (string.IsNullOrEmpty(span.Path))
        {
            return null;
        }

        return new SourceLocation(Of(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
