using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>Every rule of the package. IDs are stable; each has docs/rules/PRIVnnn.md and a release-tracking row.</summary>
    internal static partial class RuleCatalog
    {
        private const string HelpRoot = "https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/";

        public const string UsageCategory = "PrivacyAnalyzers.Usage";

        /// <summary>PRIV100: a type holding personal information is not partial, so no privacy code can be generated for it.</summary>
        public static readonly DiagnosticDescriptor TypeNotPartial = Create(
            "PRIV100",
            "Type holding personal information must be partial",
            "'{0}' holds personal information but {1} not partial; add 'partial' so that redacting ToString, Mask, Anonymize and export can be generated",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Privacy code is generated into a partial declaration of every type that holds [PersonalInfo] members, so the type and every type containing it must be partial. Without 'partial', the type prints its personal information and has no Mask, Anonymize or export.");

        /// <summary>PRIV101: [Mask] on a member that is not a string.</summary>
        public static readonly DiagnosticDescriptor MaskOnNonString = Create(
            "PRIV101",
            "[Mask] applies only to strings",
            "[Mask] on '{0}' has no effect: the member is of type '{1}', not string",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Display masks work on text. A non-string personal member is reset to its default by Mask(); use [Mask(MaskStyle.None)] to show it as is.");

        /// <summary>PRIV102: [RetainFor] without a positive period.</summary>
        public static readonly DiagnosticDescriptor RetentionPeriodInvalid = Create(
            "PRIV102",
            "[RetainFor] needs a positive period",
            "[RetainFor] on '{0}' {1}; set Days, Months or Years to a positive number",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A retention period must be positive and at least one of Days, Months or Years must be set; otherwise no expiry can be computed.");

        /// <summary>PRIV103: [RetainFor(From = ...)] does not name a date member.</summary>
        public static readonly DiagnosticDescriptor RetentionFromInvalid = Create(
            "PRIV103",
            "[RetainFor] From must name a date member",
            "[RetainFor] on '{0}': From = \"{1}\" {2}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "From names the DateTime or DateTimeOffset member (nullable allowed) of the same type that the retention period starts from. Use nameof.");

        /// <summary>PRIV104: Mask() or Anonymize() cannot make a copy of the type.</summary>
        public static readonly DiagnosticDescriptor CopyNotPossible = Create(
            "PRIV104",
            "Mask() and Anonymize() cannot copy this type",
            "Mask() and Anonymize() are not generated for '{0}': {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "The generated Mask() and Anonymize() return a copy: records use 'with'; classes and structs need every personal member, and every member holding annotated objects, to be settable from inside the type.");

        /// <summary>PRIV105: unknown category key.</summary>
        public static readonly DiagnosticDescriptor UnknownCategory = Create(
            "PRIV105",
            "Unknown data category",
            "'{0}' on '{1}' is not a known data category{2}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Category keys come from the fideslang taxonomy and the PrivacyAnalyzers extensions listed in DataCategory. Declare a project-specific key with [assembly: DataCategoryDefinition(\"...\")].");

        /// <summary>PRIV106: anonymization strategy that does not fit the member's type.</summary>
        public static readonly DiagnosticDescriptor AnonymizationNotApplicable = Create(
            "PRIV106",
            "Anonymization strategy does not fit the member's type",
            "[Anonymize({0})] on '{1}' of type '{2}' is not supported: {3}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Pseudonymize applies to string, Guid and long; Generalize to dates (year, month), numbers (bucket) and IPv4 strings. Other members are suppressed instead.");

        /// <summary>PRIV107: an attribute argument out of range.</summary>
        public static readonly DiagnosticDescriptor InvalidAttributeArgument = Create(
            "PRIV107",
            "Invalid privacy attribute argument",
            "{0}",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A privacy attribute argument is out of range: negative keep counts in [Mask], a non-positive BucketSize, an empty category or recipient name.");

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpRoot + id + ".md");
        }
    }
}
