using System.CodeDom.Compiler;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>Mask() and Anonymize(key): the public methods, their virtual core chain and the copy constructor.</summary>
    internal static partial class Emitter
    {
        private static void WriteCopy(IndentedTextWriter writer, TypeSpec spec, CopySpec copy, ref bool first)
        {
            WriteCopyMethod(writer, spec, copy, copy.Mask, "Mask", "PrivacyMaskCore", string.Empty, ref first,
                "A copy for display: every personal member masked per its [Mask] or category default.");
            WriteCopyMethod(writer, spec, copy, copy.Anonymize, "Anonymize", "PrivacyAnonymizeCore", KeyType + " key", ref first,
                "A de-identified copy: every personal member anonymized per its [Anonymize]; deterministic for a key.");
            if (copy.Constructor is { } constructor)
            {
                WriteCopyConstructor(writer, spec, copy, constructor);
                if (constructor.ImplicitConstructor is { } accessibility)
                {
                    writer.WriteLineNoTabs(string.Empty);
                    writer.WriteLine("/// <summary>The parameterless constructor the type has without the generated copy constructor.</summary>");
                    writer.WriteLine(accessibility + " " + constructor.Name + "()");
                    writer.WriteLine("{");
                    writer.WriteLine("}");
                }
            }
        }

        private static void WriteCopyConstructor(IndentedTextWriter writer, TypeSpec spec, CopySpec copy, CopyConstructorSpec constructor)
        {
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Copies <paramref name=\"original\"/>: masked when <paramref name=\"key\"/> is null, anonymized with it otherwise.</summary>");
            if (constructor.SetsRequiredMembers)
            {
                writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            }

            writer.WriteLine((constructor.IsProtected ? "protected " : "private ") + constructor.Name + "(" + spec.FullName + " original, " + KeyType + "? key)"
                + (constructor.ChainsBase ? " : base(original, key)" : string.Empty));
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var statement in constructor.Copies)
            {
                writer.WriteLine(statement);
            }

            // The changed members read the copied values through 'this', as in the other copy kinds.
            if (copy.Mask.Count != 0 && copy.Anonymize.Count != 0)
            {
                WriteBranch(writer, "if (key is null)", copy.Mask);
                WriteBranch(writer, "else", copy.Anonymize);
            }
            else if (copy.Mask.Count != 0)
            {
                WriteBranch(writer, "if (key is null)", copy.Mask);
            }
            else if (copy.Anonymize.Count != 0)
            {
                WriteBranch(writer, "if (!(key is null))", copy.Anonymize);
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteBranch(IndentedTextWriter writer, string head, EquatableArray<AssignmentSpec> assignments)
        {
            writer.WriteLine(head);
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var assignment in assignments)
            {
                writer.WriteLine("this." + assignment.Member + " = " + assignment.Value + ";");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteCopyMethod(
            IndentedTextWriter writer,
            TypeSpec spec,
            CopySpec copy,
            EquatableArray<AssignmentSpec> assignments,
            string name,
            string coreName,
            string parameter,
            ref bool first,
            string summary)
        {
            var hasKey = parameter.Length != 0;
            var argument = hasKey ? "key" : string.Empty;
            Separate(writer, ref first);
            writer.WriteLine("/// <summary>" + summary + "</summary>");
            writer.WriteLine("public " + (copy.Chain == ChainKind.Override ? "new " : string.Empty) + spec.FullName + " " + name + "(" + parameter + ")");
            writer.WriteLine("{");
            writer.Indent++;
            if (hasKey)
            {
                writer.WriteLine("if (key is null)");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("throw new global::System.ArgumentNullException(nameof(key));");
                writer.Indent--;
                writer.WriteLine("}");
                writer.WriteLineNoTabs(string.Empty);
            }

            if (copy.Kind == CopyKind.Constructor && copy.Chain == ChainKind.Direct)
            {
                writer.WriteLine("return new " + spec.FullName + "(this, " + (hasKey ? "key" : "null") + ");");
            }
            else if (copy.Chain == ChainKind.Direct)
            {
                WriteCopyBody(writer, spec, copy.Kind, assignments, startFromBase: null);
            }
            else
            {
                writer.WriteLine("return (" + spec.FullName + ")this." + coreName + "(" + argument + ");");
            }

            writer.Indent--;
            writer.WriteLine("}");
            if (copy.Chain == ChainKind.Direct)
            {
                return;
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Makes the copy of <see cref=\"" + name + "\"/>; a derived type adds its own members.</summary>");
            writer.WriteLine((copy.Chain == ChainKind.Override ? "protected override" : "protected virtual") + " object " + coreName + "(" + parameter + ")");
            writer.WriteLine("{");
            writer.Indent++;
            if (copy.Constructor is { IsAbstract: true })
            {
                // Only a derived type's own copy constructor can copy an instance of it.
                writer.WriteLine("throw new global::System.InvalidOperationException(\"\" + this.GetType() + \" has no generated " + name + "(): mark it partial.\");");
            }
            else if (copy.Kind == CopyKind.Constructor)
            {
                writer.WriteLine("return new " + spec.FullName + "(this, " + (hasKey ? "key" : "null") + ");");
            }
            else
            {
                WriteCopyBody(writer, spec, copy.Kind, assignments, copy.Chain == ChainKind.Override ? "base." + coreName + "(" + argument + ")" : null);
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteCopyBody(IndentedTextWriter writer, TypeSpec spec, CopyKind kind, EquatableArray<AssignmentSpec> assignments, string? startFromBase)
        {
            if (kind == CopyKind.With)
            {
                var source = "this";
                if (startFromBase is not null && assignments.Count == 0)
                {
                    writer.WriteLine("return " + startFromBase + ";");
                    return;
                }

                if (startFromBase is not null)
                {
                    writer.WriteLine("var copy = (" + spec.FullName + ")" + startFromBase + ";");
                    source = "copy";
                }

                if (assignments.Count == 0)
                {
                    writer.WriteLine("return " + source + " with { };");
                    return;
                }

                writer.WriteLine("return " + source + " with");
                writer.WriteLine("{");
                writer.Indent++;
                foreach (var assignment in assignments)
                {
                    writer.WriteLine(assignment.Member + " = " + assignment.Value + ",");
                }

                writer.Indent--;
                writer.WriteLine("};");
                return;
            }

            if (assignments.Count == 0)
            {
                // Nothing of this type's own changes: the base's copy, a clone or the struct's own copy is the result.
                writer.WriteLine("return " + (startFromBase
                    ?? (kind == CopyKind.MemberwiseClone ? "(" + spec.FullName + ")this.MemberwiseClone()" : "this")) + ";");
                return;
            }

            if (startFromBase is not null)
            {
                writer.WriteLine("var copy = (" + spec.FullName + ")" + startFromBase + ";");
            }
            else if (kind == CopyKind.MemberwiseClone)
            {
                writer.WriteLine("var copy = (" + spec.FullName + ")this.MemberwiseClone();");
            }
            else
            {
                writer.WriteLine("var copy = this;");
            }

            foreach (var assignment in assignments)
            {
                writer.WriteLine("copy." + assignment.Member + " = " + assignment.Value + ";");
            }

            writer.WriteLine("return copy;");
        }
    }
}
