using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// Writes the data map as JSON (docs/data-map.md): camelCase names in the order of the model, indented with two
/// spaces, "\n" line endings and a final newline. A member without a value is written as <c>null</c>, never left
/// out. Letters of any script are written as they are (not as \u escapes), so names stay readable in the UTF-8 file.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Where the schema of this output is published; written as the document's <c>$schema</c>.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/privacy-analyzers/PrivacyAnalyzers/main/docs/data-map.schema.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // A standalone file, never pasted into HTML: <, > and & need no escaping, and letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(DataMap map, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);

        var document = new JsonObject { ["$schema"] = SchemaUri };
        var body = JsonSerializer.SerializeToNode(map, JsonDataMapContext.Default.DataMap)!.AsObject();

        // Properties move over in the model's order, after "$schema"; a node can only have one parent.
        foreach (var name in body.Select(property => property.Key).ToArray())
        {
            var value = body[name];
            body.Remove(name);
            document[name] = value;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.WriteTo(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }
}
