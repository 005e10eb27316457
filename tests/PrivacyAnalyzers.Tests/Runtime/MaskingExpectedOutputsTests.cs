using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace PrivacyAnalyzers.Tests.Runtime;

/// <summary>
/// The masking functions against masking-expected.tsv: the outputs of the implementation that walked text elements for
/// every value, over ASCII, CR LF, controls, CJK, full-width and mathematical digits, emoji sequences, flags, combining
/// marks, Hangul jamo, other scripts and malformed UTF-16 (lone surrogates). Run on both builds of the runtime.
/// </summary>
public class MaskingExpectedOutputsTests
{
    [Fact]
    public void The_net8_build_produces_the_expected_outputs() =>
        AssertExpectedOutputs(typeof(Masking));

    [Fact]
    public void The_netstandard20_build_produces_the_expected_outputs()
    {
        // The netstandard2.0 build (scalar scan, no string.Create) is copied next to the tests; loaded on its own.
        var path = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "PrivacyAnalyzers.dll");
        var context = new AssemblyLoadContext("netstandard2.0 runtime", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(path);
            Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName);
            var masking = assembly.GetType("PrivacyAnalyzers.Masking", throwOnError: true)!;
            AssertExpectedOutputs(masking);
            AssertOneAllocationPerCall(masking);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_char_the_fast_path_takes_for_one_element_is_one_element_beside_any_other()
    {
        // The fast path counts chars as elements for ASCII but CR and CJK unified ideographs (TextElements.EachCharIsAnElement).
        var chars = Enumerable.Range(0, 0x80).Where(c => c != '\r')
            .Concat(Enumerable.Range(0x3400, 0x4DBF - 0x3400 + 1))
            .Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1))
            .Select(c => (char)c)
            .ToArray();
        var neighbours = chars.Where(c => c < 0x80).Concat("\u3400\u4DBF\u4E00\u5F20\u9FA5\u9FFF").ToArray();

        var failures = new List<string>();
        var builder = new StringBuilder();
        foreach (var c in chars)
        {
            builder.Clear();
            foreach (var neighbour in neighbours)
            {
                builder.Append(neighbour).Append(c);
            }

            var text = builder.Append(c).ToString();
            if (new StringInfo(text).LengthInTextElements != text.Length)
            {
                failures.Add($"U+{(int)c:X4}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void A_value_with_one_char_that_joins_or_is_malformed_is_masked_by_elements()
    {
        // Written as a fact: xunit's theory data would replace the lone surrogate.
        Assert.Equal("138****567\u0301" + "8", Masking.MobilePhone("1381234567\u0301" + "8"));
        Assert.Equal("123**5678", Masking.MobilePhone("123\r\n45678"));
        Assert.Equal("abc*****2345", Masking.MobilePhone("abc\uD83Ddef12345"));
        Assert.Equal("张\u0301**", Masking.ChineseName("张\u0301三丰"));
    }

    private static void AssertExpectedOutputs(Type masking)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Runtime", "masking-expected.tsv"))
            .Where(line => !line.StartsWith('#'))
            .ToArray();
        Assert.True(lines.Length > 3000, $"{lines.Length} expected outputs");

        var mismatches = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var value = Unescape(fields[1]);
            var expected = fields[2] == "null" ? null : Unescape(fields[2]);
            var actual = Invoke(masking, fields[0], value);
            if (actual != expected)
            {
                mismatches.Add($"{fields[0]}(\"{fields[1]}\") = \"{Escape(actual)}\", expected \"{fields[2]}\"");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    // Without string.Create, the netstandard2.0 build still allocates only the result string.
    private static void AssertOneAllocationPerCall(Type masking)
    {
        const int Calls = 1000;
        foreach (var (name, value) in new[] { ("MobilePhone", "13812345678"), ("NationalId", "110101199003071234"), ("BankCard", "6222021234567890"), ("Email", "alice@example.com"), ("ChineseName", "张三丰") })
        {
            var mask = masking.GetMethod(name, new[] { typeof(string), typeof(char) })!.CreateDelegate<Func<string, char, string>>();
            var resultSize = (long)(24 + (2 * mask(value, '*').Length) + 7) & ~7L;

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < Calls; call++)
            {
                mask(value, '*');
            }

            var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
            Assert.True(perCall <= resultSize, $"{name}: {perCall} bytes per call, the result takes {resultSize}");
        }
    }

    // "MobilePhone", "MobilePhone#" (mask char '#'), "Full", "Keep(2,2)", "Keep(2,2,'\uD83D')".
    private static string? Invoke(Type masking, string function, string value)
    {
        object?[] arguments;
        string name;
        if (function.StartsWith("Keep(", StringComparison.Ordinal))
        {
            var parts = function["Keep(".Length..^1].Split(',');
            var maskChar = parts.Length > 2 ? System.Text.RegularExpressions.Regex.Unescape(parts[2].Trim('\''))[0] : '*';
            name = "Keep";
            arguments = new object?[] { value, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), maskChar };
        }
        else if (function == "Full")
        {
            name = function;
            arguments = new object?[] { value };
        }
        else
        {
            name = function.TrimEnd('#');
            arguments = new object?[] { value, function.EndsWith('#') ? '#' : '*' };
        }

        var method = masking.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters().Length == arguments.Length);
        return (string?)method.Invoke(null, arguments);
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static string Escape(string? text) =>
        text is null
            ? "null"
            : string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}"));
}
