using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>The strict JSON reader behind the policy file: values with their positions, and the first syntax error located.</summary>
public class JsonReaderTests
{
    [Fact]
    public void Reads_every_kind_of_value_with_its_line_and_column()
    {
        var document = JsonReader.Parse("{\n  \"name\": \"WeChat \\\"Pay\\\" \\u4e2d\",\n  \"list\": [1, -2.5e3, true, false, null],\n  \"empty\": {}\n}");

        Assert.Null(document.Error);
        var root = Assert.IsType<JsonObject>(document.Root);
        Assert.True(root.IsComplete);
        Assert.Equal(new[] { "name", "list", "empty" }, root.Properties.Select(p => p.Name.Value));

        var name = Assert.IsType<JsonString>(root.Properties[0].Value);
        Assert.Equal("WeChat \"Pay\" \u4e2d", name.Value);
        Assert.Equal((1, 10), (name.LineSpan.Start.Line, name.LineSpan.Start.Character));

        var list = Assert.IsType<JsonArray>(root.Properties[1].Value);
        Assert.Equal(new[] { JsonValueKind.Number, JsonValueKind.Number, JsonValueKind.Boolean, JsonValueKind.Boolean, JsonValueKind.Null }, list.Items.Select(i => i.Kind));
        Assert.Equal("-2.5e3", Assert.IsType<JsonNumber>(list.Items[1]).Text);
        Assert.True(Assert.IsType<JsonLiteral>(list.Items[2]).Value);
        Assert.Equal((2, 14), (list.Items[1].LineSpan.Start.Line, list.Items[1].LineSpan.Start.Character));
        Assert.Equal("-2.5e3".Length, list.Items[1].Span.Length);

        Assert.Empty(Assert.IsType<JsonObject>(root.Properties[2].Value).Properties);
    }

    [Theory]
    [InlineData("", "The file is empty; expected a JSON object", 0, 0)]
    [InlineData("{\n  \"a\": 1,\n}", "Trailing comma before '}' is not allowed in JSON", 1, 8)]
    [InlineData("[1, 2,]", "Trailing comma before ']' is not allowed in JSON", 0, 5)]
    [InlineData("{\n  // note\n  \"a\": 1\n}", "Comments are not allowed in JSON", 1, 2)]
    [InlineData("{ 'a': 1 }", "Property names must be strings in double quotes; found '''", 0, 2)]
    [InlineData("{ a: 1 }", "Property names must be strings in double quotes; found 'a'", 0, 2)]
    [InlineData("{ \"a\" 1 }", "Expected ':' after the property name \"a\"; found '1'", 0, 6)]
    [InlineData("{ \"a\": 1 \"b\": 2 }", "Expected ',' or '}' after the value of \"a\"; found '\"'", 0, 9)]
    [InlineData("[1 2]", "Expected ',' or ']' after an array element; found '2'", 0, 3)]
    [InlineData("{ \"a\": [1,\n 2", "Unexpected end of file; expected ',' or ']'", 1, 2)]
    [InlineData("{ \"a\": 1", "Unexpected end of file; expected ',' or '}'", 0, 8)]
    [InlineData("{ \"a\": \"open\n}", "Unterminated string", 0, 7)]
    [InlineData("[\"tab\there\"]", "Control character U+0009 must be escaped in a string", 0, 5)]
    [InlineData("[\"bad \\x escape\"]", "Invalid escape sequence '\\x'", 0, 6)]
    [InlineData("[\"\\u12G4\"]", "Invalid escape sequence: \\u must be followed by four hexadecimal digits", 0, 2)]
    [InlineData("[01]", "Invalid number '01'", 0, 1)]
    [InlineData("[1.]", "Invalid number '1.'", 0, 1)]
    [InlineData("[-]", "Invalid number '-'", 0, 1)]
    [InlineData("[tru]", "Unexpected 'tru'; expected a value (object, array, string, number, true, false or null)", 0, 1)]
    [InlineData("[True]", "Unexpected 'True'; expected a value (object, array, string, number, true, false or null)", 0, 1)]
    [InlineData("{} {}", "Unexpected '{' after the end of the JSON value", 0, 3)]
    [InlineData("{ \"a\": }", "Unexpected '}'; expected a value (object, array, string, number, true, false or null)", 0, 7)]
    public void Reports_the_first_syntax_error_at_its_line_and_column(string text, string message, int line, int column)
    {
        var document = JsonReader.Parse(text);

        Assert.NotNull(document.Error);
        Assert.Equal(message, document.Error.Message);
        Assert.Equal((line, column), (document.Error.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
    }

    [Fact]
    public void Counts_lines_ending_in_carriage_return_line_feed()
    {
        var document = JsonReader.Parse("{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}");

        Assert.Equal((2, 7), (document.Error!.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
    }

    [Fact]
    public void Keeps_what_came_before_a_syntax_error_in_incomplete_containers()
    {
        var document = JsonReader.Parse("{ \"first\": [1, 2], \"second\": [3, oops] }");

        Assert.NotNull(document.Error);
        var root = Assert.IsType<JsonObject>(document.Root);
        Assert.False(root.IsComplete);
        Assert.Equal(new[] { "first", "second" }, root.Properties.Select(p => p.Name.Value));
        Assert.True(Assert.IsType<JsonArray>(root.Properties[0].Value).IsComplete);
        var second = Assert.IsType<JsonArray>(root.Properties[1].Value);
        Assert.False(second.IsComplete);
        Assert.Single(second.Items);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit_without_overflowing_the_stack()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var document = JsonReader.Parse(text);

        Assert.Equal("Values are nested deeper than " + JsonReader.MaxDepth + " levels", document.Error!.Message);
        Assert.Equal(JsonReader.MaxDepth, document.Error.Span.Start);
    }
}
