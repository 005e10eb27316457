using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
#if NET8_0_OR_GREATER
using System.Buffers;
#else
using System.IO;
#endif

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Helpers for generated personal-data export (access and copy requests) and a convenience that returns the JSON text.
    /// The export format: one object per instance; each personal member is a property whose value is
    /// <c>{"category": "...", "value": ...}</c>; a nested annotated object is a nested export object; a collection is an array.
    /// </summary>
    /// <example>
    /// <code>{"Mobile": {"category": "user.contact.phone_number", "value": "13812345678"}, "Address": {"City": {...}}, "Orders": [{...}, null]}</code>
    /// </example>
    public static class PersonalDataJson
    {
        private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

        private static readonly JsonEncodedText CategoryProperty = JsonEncodedText.Encode("category");
        private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("value");

        /// <summary>
        /// A property name or category label encoded once, as the generated export keeps it in a static field: text in
        /// any script stays readable, as in <see cref="Serialize"/>.
        /// </summary>
        public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, ReadableEncoder);

        /// <summary>The export of <paramref name="item"/> as JSON text.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="item"/> is <c>null</c>.</exception>
        public static string Serialize(IPersonalDataExport item, bool indented = false)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            return WriteToString(indented, item, static (writer, state) => state.WritePersonalData(writer));
        }

        /// <summary>The export of every item as one JSON array, e.g. everything held about one person.</summary>
        /// <remarks><c>null</c> items are written as <c>null</c>.</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="items"/> is <c>null</c>.</exception>
        public static string SerializeAll(IEnumerable<IPersonalDataExport> items, bool indented = false)
        {
            if (items is null)
            {
                throw new ArgumentNullException(nameof(items));
            }

            return WriteToString(indented, items, static (writer, state) =>
            {
                writer.WriteStartArray();
                foreach (var item in state)
                {
                    WriteExport(writer, item);
                }

                writer.WriteEndArray();
            });
        }

        /// <summary>Writes <c>"name": {"category": "...", "value": "..."}</c>; name and category come encoded by <see cref="Encode"/>.</summary>
        public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, string? value)
        {
            WriteStart(writer, name, category);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a boolean member.</summary>
        public static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, bool? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteBooleanValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a 64-bit integer member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, long? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteNumberValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes an unsigned 64-bit integer member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, ulong? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteNumberValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a floating-point member.</summary>
        /// <remarks>JSON has no NaN or infinity: those are written as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>.</remarks>
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, double? value)
        {
            WriteStart(writer, name, category);
            if (!value.HasValue)
            {
                writer.WriteNullValue();
            }
            else if (double.IsNaN(value.GetValueOrDefault()))
            {
                writer.WriteStringValue("NaN");
            }
            else if (double.IsInfinity(value.GetValueOrDefault()))
            {
                writer.WriteStringValue(value.GetValueOrDefault() > 0 ? "Infinity" : "-Infinity");
            }
            else
            {
                writer.WriteNumberValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a decimal member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, decimal? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteNumberValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a date-time member (ISO 8601).</summary>
        public static void WriteDateTime(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, DateTime? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteStringValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a date-time-offset member (ISO 8601).</summary>
        public static void WriteDateTimeOffset(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, DateTimeOffset? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteStringValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a GUID member.</summary>
        public static void WriteGuid(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, Guid? value)
        {
            if (StartValue(writer, name, category, value.HasValue))
            {
                writer.WriteStringValue(value.GetValueOrDefault());
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a string collection member as <c>{"category": "...", "value": ["...", ...]}</c>.</summary>
        /// <remarks>A <c>null</c> collection is written as <c>"value": null</c>, a <c>null</c> item as <c>null</c>.</remarks>
        public static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, IEnumerable<string?>? values)
        {
            WriteStart(writer, name, category);
            if (values is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartArray();
                foreach (var value in values)
                {
                    if (value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        writer.WriteStringValue(value);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes a nested annotated object, or <c>null</c>.</summary>
        /// <remarks>The property value is the nested object's own export (<see cref="IPersonalDataExport.WritePersonalData"/>), without a category wrapper.</remarks>
        public static void WriteObject<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value) where T : IPersonalDataExport
        {
            writer.WritePropertyName(name);
            WriteExport(writer, value);
        }

        /// <summary>Writes a nested annotated value type (nullable form).</summary>
        public static void WriteNullableObject<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value) where T : struct, IPersonalDataExport
        {
            writer.WritePropertyName(name);
            if (value.HasValue)
            {
                value.GetValueOrDefault().WritePersonalData(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        /// <summary>Writes a collection of annotated objects as an array, or <c>null</c>.</summary>
        /// <remarks><c>null</c> items are written as <c>null</c>.</remarks>
        public static void WriteArray<T>(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<T?>? values) where T : IPersonalDataExport
        {
            writer.WritePropertyName(name);
            if (values is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartArray();
            foreach (var value in values)
            {
                WriteExport(writer, value);
            }

            writer.WriteEndArray();
        }

        // Starts the member; writes null and returns false when there is no value to write.
        private static bool StartValue(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category, bool hasValue)
        {
            WriteStart(writer, name, category);
            if (!hasValue)
            {
                writer.WriteNullValue();
            }

            return hasValue;
        }

        private static void WriteStart(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText category)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
            writer.WriteString(CategoryProperty, category);
            writer.WritePropertyName(ValueProperty);
        }

        private static void WriteExport<T>(Utf8JsonWriter writer, T? value) where T : IPersonalDataExport
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WritePersonalData(writer);
            }
        }

        private static string WriteToString<TState>(bool indented, TState state, Action<Utf8JsonWriter, TState> write)
        {
            // The export is for the person it describes: names and addresses in any script stay readable, not \uXXXX escapes.
            var options = new JsonWriterOptions { Indented = indented, Encoder = ReadableEncoder };
#if NET8_0_OR_GREATER
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                write(writer, state);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
#else
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream, options))
                {
                    write(writer, state);
                }

                return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
            }
#endif
        }
    }
}
