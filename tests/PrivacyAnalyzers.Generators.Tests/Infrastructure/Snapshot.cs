using System.Runtime.CompilerServices;
using System.Text;

namespace PrivacyAnalyzers.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated text with the checked-in <c>Snapshots/&lt;Test&gt;.&lt;hint&gt;.verified.cs</c>. On a mismatch the test fails
/// with the first differing lines and writes a <c>.received.cs</c> file next to it; with PRIVACY_ACCEPT_SNAPSHOTS=1 the
/// verified file is written instead.
/// </summary>
public static class Snapshot
{
    public static void Verify(GeneratorOutcome outcome, [CallerMemberName] string testName = "", [CallerFilePath] string callerPath = "")
    {
        var sources = outcome.Sources;
        Assert.NotEmpty(sources);
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var failures = new StringBuilder();
        foreach (var (hintName, text) in sources.OrderBy(source => source.Key, StringComparer.Ordinal))
        {
            var stem = Path.Combine(directory, testName + "." + Path.GetFileNameWithoutExtension(hintName));
            var verifiedPath = stem + ".verified.cs";
            var receivedPath = stem + ".received.cs";
            var actual = Normalize(text);
            if (Accepting)
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(verifiedPath, actual);
                File.Delete(receivedPath);
                continue;
            }

            var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
            failures.AppendLine(expected is null
                ? "No snapshot " + verifiedPath + " (received written next to it)."
                : "Snapshot " + verifiedPath + " differs (received written next to it):\n" + Difference(expected, actual));
        }

        // A snapshot of this test that is no longer generated is a change too (accepting it deletes the snapshot).
        if (Directory.Exists(directory))
        {
            foreach (var verified in Directory.EnumerateFiles(directory, testName + ".*.verified.cs").ToList())
            {
                var hint = Path.GetFileName(verified)[(testName.Length + 1)..^".verified.cs".Length] + ".cs";
                if (sources.ContainsKey(hint))
                {
                    continue;
                }

                if (Accepting)
                {
                    File.Delete(verified);
                }
                else
                {
                    failures.AppendLine("Snapshot " + verified + " is no longer generated.");
                }
            }
        }

        if (failures.Length != 0)
        {
            Assert.Fail(failures.ToString());
        }
    }

    private static bool Accepting => Environment.GetEnvironmentVariable("PRIVACY_ACCEPT_SNAPSHOTS") == "1";

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Difference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && shown < 10; i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var right = i < actualLines.Length ? actualLines[i] : "<end>";
            if (left != right)
            {
                builder.AppendLine("line " + (i + 1) + ":\n  - " + left + "\n  + " + right);
                shown++;
            }
        }

        return builder.ToString();
    }
}
