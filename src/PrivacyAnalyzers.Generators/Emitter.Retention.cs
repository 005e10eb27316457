using System.CodeDom.Compiler;
using System.Globalization;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>PrivacyRetention and GetRetentionExpiry.</summary>
    internal static partial class Emitter
    {
        private static void WriteRetention(IndentedTextWriter writer, RetentionSpec retention, ref bool first)
        {
            Separate(writer, ref first);
            writer.WriteLine("/// <summary>How long instances are kept, on what basis, and what happens when the period ends.</summary>");
            writer.WriteLine("public static " + (retention.HidesBasePolicy ? "new " : string.Empty) + Runtime + "RetentionPolicy PrivacyRetention { get; } = " + Policy(retention.Policy) + ";");
            if (retention.StartMember is not { } start)
            {
                return;
            }

            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>When the retention period of this instance ends; <c>null</c> while " + start.TrimStart('@') + " has no value.</summary>");
            writer.WriteLine("public " + (retention.HidesBaseExpiry ? "new " : string.Empty) + "global::System.DateTimeOffset? GetRetentionExpiry()");
            writer.WriteLine("{");
            writer.Indent++;
            if (retention.StartIsNullable)
            {
                writer.WriteLine("return this." + start + ".HasValue ? PrivacyRetention.ExpiryFrom(this." + start + ".Value) : (global::System.DateTimeOffset?)null;");
            }
            else
            {
                writer.WriteLine("return PrivacyRetention.ExpiryFrom(this." + start + ");");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        internal static string Policy(RetentionValues values)
            => "new " + Runtime + "RetentionPolicy("
                + values.Years.ToString(CultureInfo.InvariantCulture) + ", "
                + values.Months.ToString(CultureInfo.InvariantCulture) + ", "
                + values.Days.ToString(CultureInfo.InvariantCulture) + ", "
                + NullableLiteral(values.Basis) + ", "
                + Runtime + "ExpiryAction." + EnumName(values.OnExpiry) + ", "
                + NullableLiteral(values.From) + ")";

        private static string EnumName(ExpiryAction action)
            => action == ExpiryAction.Anonymize ? nameof(ExpiryAction.Anonymize) : nameof(ExpiryAction.Delete);
    }
}
