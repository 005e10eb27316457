using System.CodeDom.Compiler;
using System.Globalization;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>WritePersonalData and its members chain, with the encoded names and labels.</summary>
    internal static partial class Emitter
    {
        private static void WriteExport(IndentedTextWriter writer, ExportSpec export, ref bool first)
        {
            if (export.Chain != ChainKind.Override)
            {
                Separate(writer, ref first);
                writer.WriteLine("/// <summary>Writes the personal information of this instance, with category labels, as one JSON object.</summary>");
                writer.WriteLine("public void WritePersonalData(" + JsonWriterType + " writer)");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("if (writer is null)");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(writer));");
                writer.Indent--;
                writer.WriteLine("}");
                writer.WriteLineNoTabs(string.Empty);
                writer.WriteLine("writer.WriteStartObject();");
                writer.WriteLine("this.WritePersonalDataMembers(writer);");
                writer.WriteLine("writer.WriteEndObject();");
                writer.Indent--;
                writer.WriteLine("}");
            }

            var modifiers = export.Chain == ChainKind.Override ? "protected override"
                : export.Chain == ChainKind.Root ? "protected virtual"
                : "private";
            Separate(writer, ref first);
            writer.WriteLine("/// <summary>Writes the personal members as properties of the current JSON object.</summary>");
            writer.WriteLine(modifiers + " void WritePersonalDataMembers(" + JsonWriterType + " writer)");
            writer.WriteLine("{");
            writer.Indent++;
            if (export.Chain == ChainKind.Override)
            {
                writer.WriteLine("base.WritePersonalDataMembers(writer);");
            }

            foreach (var statement in export.Statements)
            {
                writer.WriteLine(statement);
            }

            writer.Indent--;
            writer.WriteLine("}");
            if (export.Texts.Count == 0)
            {
                return;
            }

            // Encoded once per type, so that each export only copies bytes (as System.Text.Json's generated metadata does).
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The export's property names and category labels, JSON-encoded once.</summary>");
            writer.WriteLine("private static class " + SpecBuilder.ExportTextClass);
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < export.Texts.Count; i++)
            {
                writer.WriteLine("public static readonly global::System.Text.Json.JsonEncodedText Text" + i.ToString(CultureInfo.InvariantCulture)
                    + " = " + Runtime + "PersonalDataJson.Encode(" + Literal(export.Texts[i]) + ");");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }
    }
}
