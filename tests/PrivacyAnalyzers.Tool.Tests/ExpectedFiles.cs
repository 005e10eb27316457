using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>
/// Compares writer output with a checked-in file under <c>Expected/</c>. A mismatch fails with the first differing
/// line; with PRIVACY_ACCEPT_SNAPSHOTS=1 the file in the source tree is rewritten instead. Line endings are compared
/// as "\n" so a checkout with CRLF endings still matches.
/// </summary>
internal static class ExpectedFiles
{
    public const string AcceptVariable = "PRIVACY_ACCEPT_SNAPSHOTS";

    /// <summary>The test project's directory in the source tree.</summary>
    public static string SourceDirectory { get; } = DirectoryOfThisFile();

    /// <summary>The repository's root in the source tree.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(SourceDirectory, "..", ".."));

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals <c>Expected/<paramref name="fileName"/></c>.</summary>
    public static void Match(string fileName, string actual)
    {
        var normalized = Normalize(actual);
        var sourcePath = Path.Combine(SourceDirectory, "Expected", fileName);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, normalized);
            return;
        }

        // The source tree is read first so an accepted file counts without a rebuild; the copy in the output
        // directory serves builds whose source paths are mapped away.
        var copyPath = Path.Combine(AppContext.BaseDirectory, "Expected", fileName);
        var expectedPath = File.Exists(sourcePath) ? sourcePath : copyPath;
        if (!File.Exists(expectedPath))
        {
            Assert.Fail($"Expected/{fileName} does not exist. Run the tests with {AcceptVariable}=1 to create it, then review it.");
        }

        var expected = Normalize(File.ReadAllText(expectedPath));
        if (expected != normalized)
        {
            Assert.Fail($"Output differs from Expected/{fileName}.\n{FirstDifference(expected, normalized)}\n" +
                        $"If the change is intended, run the tests with {AcceptVariable}=1 and review the diff of {sourcePath}.");
        }
    }

    /// <summary>The first line where the two texts differ, with its neighbours for context.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        if (line == expectedLines.Length && line == actualLines.Length)
        {
            return "The texts are equal.";
        }

        string At(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
        var context = line > 0 ? $"  after line {line}: {expectedLines[line - 1]}\n" : string.Empty;
        return $"First difference at line {line + 1}:\n" +
               context +
               $"  expected: {At(expectedLines, line)}\n" +
               $"  actual:   {At(actualLines, line)}";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string DirectoryOfThisFile([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
