using System;
using System.Collections.Generic;
using System.IO;

namespace PrivacyAnalyzers.Tool.Discover;

/// <summary>A unified diff of two texts by lines (Myers' algorithm), with three lines of context, as <c>git diff</c> shows it.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static void Write(string path, string before, string after, TextWriter writer)
    {
        var oldLines = Lines(before);
        var newLines = Lines(after);
        var edits = Edits(oldLines, newLines);
        if (!edits.Exists(edit => edit.Kind != ' '))
        {
            return;
        }

        writer.WriteLine("--- a/" + path);
        writer.WriteLine("+++ b/" + path);
        var index = 0;
        while (index < edits.Count)
        {
            var firstChange = edits.FindIndex(index, edit => edit.Kind != ' ');
            if (firstChange < 0)
            {
                break;
            }

            // A hunk runs from three lines before its first change to three after its last, merging changes closer than that.
            var start = Math.Max(index, firstChange - Context);
            var end = firstChange;
            for (var i = firstChange; i < edits.Count && i <= end + (2 * Context); i++)
            {
                if (edits[i].Kind != ' ')
                {
                    end = i;
                }
            }

            var stop = Math.Min(edits.Count, end + Context + 1);
            var oldStart = edits[start].OldLine;
            var newStart = edits[start].NewLine;
            var oldCount = 0;
            var newCount = 0;
            for (var i = start; i < stop; i++)
            {
                oldCount += edits[i].Kind == '+' ? 0 : 1;
                newCount += edits[i].Kind == '-' ? 0 : 1;
            }

            writer.WriteLine($"@@ -{oldStart + 1},{oldCount} +{newStart + 1},{newCount} @@");
            for (var i = start; i < stop; i++)
            {
                writer.WriteLine(edits[i].Kind + edits[i].Text);
            }

            index = stop;
        }
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private readonly record struct Edit(char Kind, string Text, int OldLine, int NewLine);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var max = a.Length + b.Length;
        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= a.Length && y >= b.Length)
                {
                    return Backtrack(a, b, trace, max, d);
                }
            }
        }

        throw new InvalidOperationException("unreachable: a diff always ends within the combined length");
    }

    private static List<Edit> Backtrack(string[] a, string[] b, List<int[]> trace, int max, int depth)
    {
        var edits = new List<Edit>();
        int x = a.Length, y = b.Length;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var previousX = v[max + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                edits.Add(new Edit(' ', a[x], x, y));
            }

            if (x == previousX)
            {
                y--;
                edits.Add(new Edit('+', b[y], x, y));
            }
            else
            {
                x--;
                edits.Add(new Edit('-', a[x], x, y));
            }
        }

        while (x > 0 && y > 0)
        {
            x--;
            y--;
            edits.Add(new Edit(' ', a[x], x, y));
        }

        edits.Reverse();
        return edits;
    }
}
