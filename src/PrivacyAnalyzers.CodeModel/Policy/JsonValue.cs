using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeModel.Policy
{
    /// <summary>The kind of a JSON value.</summary>
    public enum JsonValueKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>A JSON value with the place it was written: every diagnostic about it points there.</summary>
    public abstract class JsonValue
    {
        protected JsonValue(JsonValueKind kind, TextSpan span, LinePositionSpan lineSpan)
        {
            Kind = kind;
            Span = span;
            LineSpan = lineSpan;
        }

        public JsonValueKind Kind { get; }

        /// <summary>The characters of the value in the file.</summary>
        public TextSpan Span { get; }

        /// <summary>Where the value starts and ends, as zero-based lines and columns.</summary>
        public LinePositionSpan LineSpan { get; }

        /// <summary>How messages name the kind: "an object", "a string", ...</summary>
        public static string Describe(JsonValueKind kind)
            => kind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.Boolean => "a boolean",
                _ => "null",
            };
    }

    /// <summary>A JSON string, unescaped.</summary>
    public sealed class JsonString : JsonValue
    {
        public JsonString(string value, TextSpan span, LinePositionSpan lineSpan)
            : base(JsonValueKind.String, span, lineSpan)
        {
            Value = value;
        }

        public string Value { get; }
    }

    /// <summary>A JSON number, kept as written.</summary>
    public sealed class JsonNumber : JsonValue
    {
        public JsonNumber(string text, TextSpan span, LinePositionSpan lineSpan)
            : base(JsonValueKind.Number, span, lineSpan)
        {
            Text = text;
        }

        public string Text { get; }
    }

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public sealed class JsonLiteral : JsonValue
    {
        public JsonLiteral(JsonValueKind kind, bool value, TextSpan span, LinePositionSpan lineSpan)
            : base(kind, span, lineSpan)
        {
            Value = value;
        }

        /// <summary>The boolean's value; <c>false</c> for null.</summary>
        public bool Value { get; }
    }

    /// <summary>One <c>"name": value</c> pair of an object.</summary>
    public sealed class JsonProperty
    {
        public JsonProperty(JsonString name, JsonValue value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The property name with its place, for diagnostics about the property itself.</summary>
        public JsonString Name { get; }

        public JsonValue Value { get; }
    }

    /// <summary>An object or an array. Either is incomplete when the file breaks off inside it.</summary>
    public abstract class JsonContainer : JsonValue
    {
        protected JsonContainer(JsonValueKind kind, TextSpan span, LinePositionSpan lineSpan, bool isComplete)
            : base(kind, span, lineSpan)
        {
            IsComplete = isComplete;
        }

        /// <summary>False when a syntax error ended the file's reading inside this container: what it holds is what came before.</summary>
        public bool IsComplete { get; }
    }

    /// <summary>A JSON object; properties in the order written, repeated names included.</summary>
    public sealed class JsonObject : JsonContainer
    {
        public JsonObject(IReadOnlyList<JsonProperty> properties, TextSpan span, LinePositionSpan lineSpan, bool isComplete)
            : base(JsonValueKind.Object, span, lineSpan, isComplete)
        {
            Properties = properties;
        }

        public IReadOnlyList<JsonProperty> Properties { get; }
    }

    /// <summary>A JSON array.</summary>
    public sealed class JsonArray : JsonContainer
    {
        public JsonArray(IReadOnlyList<JsonValue> items, TextSpan span, LinePositionSpan lineSpan, bool isComplete)
            : base(JsonValueKind.Array, span, lineSpan, isComplete)
        {
            Items = items;
        }

        public IReadOnlyList<JsonValue> Items { get; }
    }
}
