using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Helpers for generated personal-data export (access and copy requests) and a convenience that returns the JSON text.
    /// The export format: one object per instance; each personal member is a property whose value is
    /// <c>{"category": "...", "value": ...}</c>; a nested annotated object is a nested export object; a collection is an array.
    /// </summary>
    public static class PersonalDataJson
    {
        /// <summary>The export of <paramref name="item"/> as JSON text.</summary>
        public static string Serialize(IPersonalDataExport item, bool indented = false) => throw new NotImplementedException();

        /// <summary>The export of every item as one JSON array, e.g. everything held about one person.</summary>
        public static string SerializeAll(IEnumerable<IPersonalDataExport> items, bool indented = false) => throw new NotImplementedException();

        /// <summary>Writes <c>"name": {"category": "...", "value": "..."}</c>.</summary>
        public static void WriteString(Utf8JsonWriter writer, string name, string category, string? value) => throw new NotImplementedException();

        /// <summary>Writes a boolean member.</summary>
        public static void WriteBoolean(Utf8JsonWriter writer, string name, string category, bool? value) => throw new NotImplementedException();

        /// <summary>Writes a 64-bit integer member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, string name, string category, long? value) => throw new NotImplementedException();

        /// <summary>Writes an unsigned 64-bit integer member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, string name, string category, ulong? value) => throw new NotImplementedException();

        /// <summary>Writes a floating-point member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, string name, string category, double? value) => throw new NotImplementedException();

        /// <summary>Writes a decimal member.</summary>
        public static void WriteNumber(Utf8JsonWriter writer, string name, string category, decimal? value) => throw new NotImplementedException();

        /// <summary>Writes a date-time member (ISO 8601).</summary>
        public static void WriteDateTime(Utf8JsonWriter writer, string name, string category, DateTime? value) => throw new NotImplementedException();

        /// <summary>Writes a date-time-offset member (ISO 8601).</summary>
        public static void WriteDateTimeOffset(Utf8JsonWriter writer, string name, string category, DateTimeOffset? value) => throw new NotImplementedException();

        /// <summary>Writes a GUID member.</summary>
        public static void WriteGuid(Utf8JsonWriter writer, string name, string category, Guid? value) => throw new NotImplementedException();

        /// <summary>Writes a string collection member as <c>{"category": "...", "value": ["...", ...]}</c>.</summary>
        public static void WriteStrings(Utf8JsonWriter writer, string name, string category, IEnumerable<string?>? values) => throw new NotImplementedException();

        /// <summary>Writes a nested annotated object, or <c>null</c>.</summary>
        public static void WriteObject<T>(Utf8JsonWriter writer, string name, T? value) where T : IPersonalDataExport => throw new NotImplementedException();

        /// <summary>Writes a nested annotated value type (nullable form).</summary>
        public static void WriteNullableObject<T>(Utf8JsonWriter writer, string name, T? value) where T : struct, IPersonalDataExport => throw new NotImplementedException();

        /// <summary>Writes a collection of annotated objects as an array, or <c>null</c>.</summary>
        public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T?>? values) where T : IPersonalDataExport => throw new NotImplementedException();
    }
}
