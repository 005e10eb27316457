using System.CodeDom.Compiler;
using System.Globalization;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>The redacting ToString() of classes and PrintMembers of records.</summary>
    internal static partial class Emitter
    {
        private static void WritePrint(IndentedTextWriter writer, TypeSpec spec, PrintSpec print, ref bool first)
        {
            var methodName = print.Kind == PrintKind.RecordPrintMembers ? "PrintMembers" : "PrintPrivacyMembers";
            if (print.Kind == PrintKind.ClassToString)
            {
                Separate(writer, ref first);
                writer.WriteLine("/// <summary>Prints the public members; personal information is masked.</summary>");
                writer.WriteLine("public override string ToString()");
                writer.WriteLine("{");
                writer.Indent++;
                // Sized for the usual output, so that the builder rarely grows.
                writer.WriteLine("var builder = new " + StringBuilderType + "(" + PrintCapacity(spec.DisplayName, print).ToString(CultureInfo.InvariantCulture) + ");");
                writer.WriteLine("builder.Append(" + Literal(spec.DisplayName + " { ") + ");");
                writer.WriteLine("if (this.PrintPrivacyMembers(builder))");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("builder.Append(' ');");
                writer.Indent--;
                writer.WriteLine("}");
                writer.WriteLineNoTabs(string.Empty);
                writer.WriteLine("builder.Append('}');");
                writer.WriteLine("return builder.ToString();");
                writer.Indent--;
                writer.WriteLine("}");
            }

            Separate(writer, ref first);
            writer.WriteLine("/// <summary>Appends the public members, personal information masked; true when anything was appended.</summary>");
            writer.WriteLine(print.MembersModifiers + " bool " + methodName + "(" + StringBuilderType + " builder)");
            writer.WriteLine("{");
            writer.Indent++;
            if (print.Members.Count == 0)
            {
                writer.WriteLine(print.CallsBase ? "return base." + methodName + "(builder);" : "return false;");
            }
            else
            {
                if (print.CallsBase)
                {
                    writer.WriteLine("if (base." + methodName + "(builder))");
                    writer.WriteLine("{");
                    writer.Indent++;
                    writer.WriteLine("builder.Append(\", \");");
                    writer.Indent--;
                    writer.WriteLine("}");
                    writer.WriteLineNoTabs(string.Empty);
                }

                for (var i = 0; i < print.Members.Count; i++)
                {
                    var member = print.Members[i];
                    writer.WriteLine("builder.Append(" + Literal((i == 0 ? string.Empty : ", ") + member.Name + " = ") + ");");
                    writer.WriteLine("builder.Append(" + member.Value + ");");
                }

                writer.WriteLine("return true;");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>The names and separators of the type's own members plus about 16 characters per value, capped.</summary>
        private static int PrintCapacity(string displayName, PrintSpec print)
        {
            var capacity = displayName.Length + 8;
            foreach (var member in print.Members)
            {
                capacity += member.Name.Length + 5 + 16;
            }

            return System.Math.Min(capacity + (print.CallsBase ? 64 : 0), 1024);
        }
    }
}
