using System.CodeDom.Compiler;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>
    /// Writes a type's retention and data-subject predicates as LINQ expressions that database providers translate
    /// (EF Core's <c>Where</c>, <c>ExecuteDelete</c>, <c>ExecuteUpdate</c>), so that queries never repeat what the attributes say.
    /// </summary>
    internal static class RetentionQueryEmitter
    {
        private const string ExpressionType = "global::System.Linq.Expressions.Expression<global::System.Func<";
        private const string NowParameter = "global::System.DateTimeOffset now";

        public static void Write(IndentedTextWriter writer, TypeSpec spec, RetentionQuerySpec queries, ref bool first)
        {
            var predicate = ExpressionType + spec.FullName + ", bool>>";
            if (queries.Expiry is { } expiry)
            {
                Blank(writer, ref first);
                writer.WriteLine("/// <summary>Rows whose retention period has ended at <paramref name=\"now\"/>, as a translatable predicate:");
                writer.WriteLine("/// " + expiry.Start.TrimStart('@') + " before <see cref=\"PrivacyRetention\"/>'s cutoff; rows without " + expiry.Start.TrimStart('@') + " have not started their period.</summary>");
                writer.WriteLine("public static " + (spec.Retention is { HidesBaseExpiry: true } ? "new " : string.Empty) + predicate + " PrivacyExpiredAt(" + NowParameter + ")");
                WriteExpiryBody(writer, "PrivacyRetention", expiry);
            }

            foreach (var member in queries.MemberExpiries)
            {
                Blank(writer, ref first);
                writer.WriteLine("/// <summary>Rows whose " + member.Name + " has outlived its own retention period at <paramref name=\"now\"/> (" + member.Start.TrimStart('@') + " before the cutoff).</summary>");
                writer.WriteLine("public static " + predicate + " Privacy" + member.Name + "ExpiredAt(" + NowParameter + ")");
                WriteExpiryBody(writer, Emitter.Policy(member.Policy), member);
            }

            foreach (var subject in queries.Subjects)
            {
                Blank(writer, ref first);
                writer.WriteLine("/// <summary>Rows whose " + subject.Name + " identifies the data subject <paramref name=\"subjectId\"/>, as a translatable predicate.</summary>");
                writer.WriteLine("public static " + predicate + " PrivacyBelongsTo" + subject.Name + "(" + subject.ParameterType + " subjectId)");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("return item => item." + subject.Member + " == subjectId;");
                writer.Indent--;
                writer.WriteLine("}");
            }
        }

        private static void WriteExpiryBody(IndentedTextWriter writer, string policy, ExpiryQuerySpec expiry)
        {
            writer.WriteLine("{");
            writer.Indent++;

            // A captured local becomes a query parameter, so one query plan serves every cutoff.
            writer.WriteLine(expiry.StartIsOffset
                ? "var cutoff = " + policy + ".Cutoff(now);"
                : "var cutoff = " + policy + ".Cutoff(now).UtcDateTime;");
            writer.WriteLine("return item => item." + expiry.Start + " < cutoff;");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void Blank(IndentedTextWriter writer, ref bool first)
        {
            if (!first)
            {
                writer.WriteLineNoTabs(string.Empty);
            }

            first = false;
        }
    }
}
