using System;
using System.IO;
using System.Linq;

namespace PrivacyAnalyzers.Tool.Loading;

/// <summary>The solution or project file the user named, directly or by its folder.</summary>
public sealed record InputPath(string FullPath, bool IsSolution)
{
    /// <summary>The folder every path of the output is relative to.</summary>
    public string RootDirectory => Path.GetDirectoryName(FullPath)!;

    /// <summary>Resolves <paramref name="path"/>, or explains in <paramref name="error"/> why it cannot be analysed.</summary>
    public static InputPath? Resolve(string path, out string? error)
    {
        error = null;
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (IsSolutionFile(full) || IsProjectFile(full))
            {
                return new InputPath(full, IsSolutionFile(full));
            }

            error = $"'{path}' is not a solution (.sln, .slnx) or C# project (.csproj) file.";
            return null;
        }

        if (!Directory.Exists(full))
        {
            error = $"'{path}' does not exist.";
            return null;
        }

        var solutions = Directory.GetFiles(full).Where(IsSolutionFile).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var projects = Directory.GetFiles(full).Where(IsProjectFile).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var candidates = solutions.Length > 0 ? solutions : projects;
        if (candidates.Length == 1)
        {
            return new InputPath(candidates[0], solutions.Length > 0);
        }

        error = candidates.Length == 0
            ? $"'{path}' holds no solution (.sln, .slnx) or C# project (.csproj) file."
            : $"'{path}' holds several {(solutions.Length > 0 ? "solutions" : "projects")} ({string.Join(", ", candidates.Select(Path.GetFileName))}); name one.";
        return null;
    }

    private static bool IsSolutionFile(string file)
        => file.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    private static bool IsProjectFile(string file) => file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);
}
