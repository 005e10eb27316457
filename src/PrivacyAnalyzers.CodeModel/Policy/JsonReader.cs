using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeModel.Policy
{
    /// <summary>The first syntax error of a JSON text.</summary>
    public sealed class JsonSyntaxError
    {
        public JsonSyntaxError(string message, TextSpan span, LinePositionSpan lineSpan)
        {
            Message = message;
            Span = span;
            LineSpan = lineSpan;
        }

        public string Message { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }
    }

    /// <summary>A parsed JSON text: the value read (partial when there is an error) and the first syntax error, if any.</summary>
    public sealed class JsonDocument
    {
        public JsonDocument(JsonValue? root, JsonSyntaxError? error)
        {
            Root = root;
            Error = error;
        }

        /// <summary>The value; when <see cref="Error"/> is set, the containers around the error hold what came before it.</summary>
        public JsonValue? Root { get; }

        public JsonSyntaxError? Error { get; }
    }

    /// <summary>
    /// A strict JSON (RFC 8259) reader that records the position of every value. Analyzers cannot count on loading
    /// System.Text.Json in every host, and a policy file's diagnostics need each value's line and column. No comments,
    /// no trailing commas, no single quotes. Reading stops at the first error and never throws.
    /// </summary>
    public sealed class JsonReader
    {
        // Deeper nesting is refused rather than risk the stack; a policy file nests four levels.
        public const int MaxDepth = 64;

        private readonly SourceText _source;
        private readonly string _text;
        private int _position;
        private JsonSyntaxError? _error;

        private JsonReader(SourceText source)
        {
            _source = source;
            _text = source.ToString();
        }

        public static JsonDocument Parse(string text) => Parse(SourceText.From(text));

        public static JsonDocument Parse(SourceText text)
        {
            var reader = new JsonReader(text);
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                reader.Fail("The file is empty; expected a JSON object", reader._position, 0);
                return new JsonDocument(null, reader._error);
            }

            var root = reader.ParseValue(0);
            if (reader._error is null)
            {
                reader.SkipWhitespace();
                if (!reader.AtEnd)
                {
                    reader.Fail("Unexpected " + reader.Found() + " after the end of the JSON value", reader._position, 1);
                }
            }

            return new JsonDocument(root, reader._error);
        }

        private bool AtEnd => _position >= _text.Length;

        private char Current => _text[_position];

        private JsonValue? ParseValue(int depth)
        {
            if (AtEnd)
            {
                Fail("Unexpected end of file; expected a value", _position, 0);
                return null;
            }

            switch (Current)
            {
                case '{':
                    return depth >= MaxDepth ? TooDeep() : ParseObject(depth + 1);
                case '[':
                    return depth >= MaxDepth ? TooDeep() : ParseArray(depth + 1);
                case '"':
                    return ParseString();
                case 't':
                    return ParseLiteral("true", JsonValueKind.Boolean, true);
                case 'f':
                    return ParseLiteral("false", JsonValueKind.Boolean, false);
                case 'n':
                    return ParseLiteral("null", JsonValueKind.Null, false);
                case '\'':
                    Fail("Strings must be in double quotes", _position, 1);
                    return null;
                case '/':
                    Fail("Comments are not allowed in JSON", _position, 1);
                    return null;
                default:
                    if (Current == '-' || IsDigit(Current))
                    {
                        return ParseNumber();
                    }

                    if (IsWordCharacter(Current))
                    {
                        return UnexpectedWord(_position);
                    }

                    Fail("Unexpected " + Found() + "; expected a value (object, array, string, number, true, false or null)", _position, 1);
                    return null;
            }
        }

        private JsonValue? TooDeep()
        {
            Fail("Values are nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels", _position, 1);
            return null;
        }

        private JsonObject ParseObject(int depth)
        {
            var start = _position;
            _position++;
            var properties = new List<JsonProperty>();
            SkipWhitespace();
            if (!AtEnd && Current == '}')
            {
                _position++;
                return Object(properties, start, complete: true);
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    Fail("Unexpected end of file; expected a property name or '}'", _position, 0);
                    return Object(properties, start, complete: false);
                }

                if (Current != '"')
                {
                    Fail(Current == '/' ? "Comments are not allowed in JSON" : "Property names must be strings in double quotes; found " + Found(), _position, 1);
                    return Object(properties, start, complete: false);
                }

                var name = ParseString();
                if (name is null)
                {
                    return Object(properties, start, complete: false);
                }

                SkipWhitespace();
                if (AtEnd || Current != ':')
                {
                    Fail("Expected ':' after the property name \"" + name.Value + "\"; found " + Found(), _position, AtEnd ? 0 : 1);
                    return Object(properties, start, complete: false);
                }

                _position++;
                SkipWhitespace();
                var value = ParseValue(depth);
                if (value is null)
                {
                    return Object(properties, start, complete: false);
                }

                properties.Add(new JsonProperty(name, value));
                if (_error is not null)
                {
                    return Object(properties, start, complete: false);
                }

                SkipWhitespace();
                if (AtEnd)
                {
                    Fail("Unexpected end of file; expected ',' or '}'", _position, 0);
                    return Object(properties, start, complete: false);
                }

                if (Current == '}')
                {
                    _position++;
                    return Object(properties, start, complete: true);
                }

                if (Current != ',')
                {
                    Fail("Expected ',' or '}' after the value of \"" + name.Value + "\"; found " + Found(), _position, 1);
                    return Object(properties, start, complete: false);
                }

                var comma = _position;
                _position++;
                SkipWhitespace();
                if (!AtEnd && Current == '}')
                {
                    Fail("Trailing comma before '}' is not allowed in JSON", comma, 1);
                    return Object(properties, start, complete: false);
                }
            }
        }

        private JsonArray ParseArray(int depth)
        {
            var start = _position;
            _position++;
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (!AtEnd && Current == ']')
            {
                _position++;
                return Array(items, start, complete: true);
            }

            while (true)
            {
                SkipWhitespace();
                var item = ParseValue(depth);
                if (item is null)
                {
                    return Array(items, start, complete: false);
                }

                items.Add(item);
                if (_error is not null)
                {
                    return Array(items, start, complete: false);
                }

                SkipWhitespace();
                if (AtEnd)
                {
                    Fail("Unexpected end of file; expected ',' or ']'", _position, 0);
                    return Array(items, start, complete: false);
                }

                if (Current == ']')
                {
                    _position++;
                    return Array(items, start, complete: true);
                }

                if (Current != ',')
                {
                    Fail("Expected ',' or ']' after an array element; found " + Found(), _position, 1);
                    return Array(items, start, complete: false);
                }

                var comma = _position;
                _position++;
                SkipWhitespace();
                if (!AtEnd && Current == ']')
                {
                    Fail("Trailing comma before ']' is not allowed in JSON", comma, 1);
                    return Array(items, start, complete: false);
                }
            }
        }

        private JsonString? ParseString()
        {
            var start = _position;
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd || Current == '\n' || Current == '\r')
                {
                    Fail("Unterminated string", start, _position - start);
                    return null;
                }

                var c = Current;
                if (c == '"')
                {
                    _position++;
                    return new JsonString(builder.ToString(), Span(start), LineSpan(Span(start)));
                }

                if (c < ' ')
                {
                    Fail("Control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " must be escaped in a string", _position, 1);
                    return null;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    _position++;
                    continue;
                }

                var escape = _position;
                _position++;
                if (AtEnd)
                {
                    Fail("Unterminated string", start, _position - start);
                    return null;
                }

                switch (Current)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 >= _text.Length
                            || !int.TryParse(_text.Substring(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            Fail("Invalid escape sequence: \\u must be followed by four hexadecimal digits", escape, System.Math.Min(6, _text.Length - escape));
                            return null;
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        Fail("Invalid escape sequence '\\" + Current + "'", escape, 2);
                        return null;
                }

                _position++;
            }
        }

        private JsonNumber? ParseNumber()
        {
            var start = _position;
            if (Current == '-')
            {
                _position++;
            }

            if (AtEnd || !IsDigit(Current))
            {
                return InvalidNumber(start);
            }

            if (Current == '0')
            {
                _position++;
                if (!AtEnd && IsDigit(Current))
                {
                    return InvalidNumber(start);
                }
            }
            else
            {
                SkipDigits();
            }

            if (!AtEnd && Current == '.')
            {
                _position++;
                if (AtEnd || !IsDigit(Current))
                {
                    return InvalidNumber(start);
                }

                SkipDigits();
            }

            if (!AtEnd && (Current == 'e' || Current == 'E'))
            {
                _position++;
                if (!AtEnd && (Current == '+' || Current == '-'))
                {
                    _position++;
                }

                if (AtEnd || !IsDigit(Current))
                {
                    return InvalidNumber(start);
                }

                SkipDigits();
            }

            if (!AtEnd && IsWordCharacter(Current))
            {
                return InvalidNumber(start);
            }

            return new JsonNumber(_text.Substring(start, _position - start), Span(start), LineSpan(Span(start)));
        }

        private JsonNumber? InvalidNumber(int start)
        {
            var end = start;
            while (end < _text.Length && (IsWordCharacter(_text[end]) || _text[end] == '-' || _text[end] == '+'))
            {
                end++;
            }

            Fail("Invalid number '" + _text.Substring(start, end - start) + "'", start, end - start);
            return null;
        }

        private JsonLiteral? ParseLiteral(string word, JsonValueKind kind, bool value)
        {
            var start = _position;
            var end = start;
            while (end < _text.Length && IsWordCharacter(_text[end]))
            {
                end++;
            }

            if (end - start != word.Length || string.CompareOrdinal(_text, start, word, 0, word.Length) != 0)
            {
                return UnexpectedWord(start);
            }

            _position = end;
            return new JsonLiteral(kind, value, Span(start), LineSpan(Span(start)));
        }

        private JsonLiteral? UnexpectedWord(int start)
        {
            var end = start;
            while (end < _text.Length && IsWordCharacter(_text[end]))
            {
                end++;
            }

            Fail("Unexpected '" + _text.Substring(start, end - start) + "'; expected a value (object, array, string, number, true, false or null)", start, end - start);
            return null;
        }

        private JsonObject Object(List<JsonProperty> properties, int start, bool complete)
            => new JsonObject(properties, Span(start), LineSpan(Span(start)), complete);

        private JsonArray Array(List<JsonValue> items, int start, bool complete)
            => new JsonArray(items, Span(start), LineSpan(Span(start)), complete);

        private TextSpan Span(int start) => TextSpan.FromBounds(start, System.Math.Min(_position, _text.Length));

        private LinePositionSpan LineSpan(TextSpan span) => _source.Lines.GetLinePositionSpan(span);

        private void SkipWhitespace()
        {
            while (!AtEnd && (Current == ' ' || Current == '\t' || Current == '\n' || Current == '\r'))
            {
                _position++;
            }
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(Current))
            {
                _position++;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.';

        /// <summary>How a message names the character at the current position.</summary>
        private string Found()
            => AtEnd ? "end of file" : "'" + (char.IsControl(Current) ? "U+" + ((int)Current).ToString("X4", CultureInfo.InvariantCulture) : Current.ToString()) + "'";

        private void Fail(string message, int start, int length)
        {
            if (_error is not null)
            {
                return;
            }

            start = System.Math.Min(start, _text.Length);
            var span = new TextSpan(start, System.Math.Max(0, System.Math.Min(length, _text.Length - start)));
            _error = new JsonSyntaxError(message, span, LineSpan(span));
        }
    }
}
