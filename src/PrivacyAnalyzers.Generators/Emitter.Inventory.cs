using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>The assembly's inventory class.</summary>
    internal static partial class Emitter
    {
        /// <summary>
        /// The inventory class, in a namespace unique to the assembly, registered with an assembly attribute that
        /// <c>PersonalDataInventory.For(Assembly)</c> reads.
        /// </summary>
        public static string EmitInventory(InventorySpec spec)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            using var writer = new IndentedTextWriter(text, "    ");
            WriteHeader(writer);
            writer.WriteLine("[assembly: " + Runtime + "PersonalDataInventoryAttribute(typeof(global::" + spec.Namespace + "." + InventoryClassName + "))]");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("namespace " + spec.Namespace);
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("/// <summary>Every type of this assembly that holds personal information, with its members' categories, masks, anonymization and retention.</summary>");
            writer.WriteLine("internal static class " + InventoryClassName);
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("/// <summary>The annotated types, ordered by name.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + Runtime + "PersonalDataTypeInfo> Types { get; } = new " + Runtime + "PersonalDataTypeInfo[]");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var type in spec.Types)
            {
                writer.WriteLine("new " + Runtime + "PersonalDataTypeInfo(");
                writer.Indent++;
                writer.WriteLine("typeof(" + type.TypeOf + "),");
                if (type.Members.Count == 0)
                {
                    writer.WriteLine("global::System.Array.Empty<" + Runtime + "PersonalDataMemberInfo>(),");
                }
                else
                {
                    writer.WriteLine("new " + Runtime + "PersonalDataMemberInfo[]");
                    writer.WriteLine("{");
                    writer.Indent++;
                    foreach (var member in type.Members)
                    {
                        writer.WriteLine("new " + Runtime + "PersonalDataMemberInfo("
                            + Literal(member.Name) + ", "
                            + Literal(member.Category) + ", "
                            + (member.Sensitive ? "true" : "false") + ", "
                            + Runtime + "MaskStyle." + member.Mask + ", "
                            + Runtime + "AnonymizeStrategy." + member.Anonymization + ", "
                            + (member.Retention is null ? "null" : Policy(member.Retention)) + ", "
                            + (member.IsDataSubjectId ? "true" : "false") + ", "
                            + Purposes(member.Purposes) + "),");
                    }

                    writer.Indent--;
                    writer.WriteLine("},");
                }

                writer.WriteLine((type.Retention is null ? "null" : Policy(type.Retention)) + ",");
                writer.WriteLine(NullableLiteral(type.Category) + "),");
                writer.Indent--;
            }

            writer.Indent--;
            writer.WriteLine("};");
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
            writer.Flush();
            return text.ToString();
        }

        private static string Purposes(EquatableArray<string> purposes)
        {
            if (purposes.Count == 0)
            {
                return "global::System.Array.Empty<string>()";
            }

            var literals = new List<string>();
            foreach (var purpose in purposes)
            {
                literals.Add(Literal(purpose));
            }

            return "new string[] { " + string.Join(", ", literals) + " }";
        }
    }
}
