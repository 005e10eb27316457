using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>The rules that keep the inventory of personal information complete: every item classified and given a retention period.</summary>
    internal static partial class RuleCatalog
    {
        /// <summary>PRIV006: personal information with no retention period.</summary>
        public static readonly DiagnosticDescriptor NoRetentionPeriod = Create(
            "PRIV006",
            "Personal information has no retention period",
            "'{0}' holds personal information ({1}) but no [RetainFor] says how long it is kept",
            PrivacyCategory,
            DiagnosticSeverity.Info,
            "A [PersonalInfo] member, or a type marked [PersonalInfo] as a whole, has no [RetainFor] on itself, on its type or on a base type. A privacy policy promises how long each kind of personal information is kept; without a period nothing can be deleted or anonymized on time. A suggestion by default; raise it to an error in CI with dotnet_diagnostic.PRIV006.severity = error.");

        /// <summary>PRIV007: a member or parameter whose name suggests personal information carries no classification.</summary>
        public static readonly DiagnosticDescriptor LikelyPersonalInfoNotAnnotated = Create(
            "PRIV007",
            "Likely personal information is not marked [PersonalInfo]",
            "'{0}' looks like personal information ({1}) but is not marked [PersonalInfo]",
            PrivacyCategory,
            DiagnosticSeverity.Info,
            "The name of a property, field or parameter suggests personal information (a phone number, email, ID card number, name, address, birth date, IP or MAC address, device identifier, location, bank account, user name or password), but it has neither [PersonalInfo] nor a data classification attribute, so no rule protects it and no code is generated for it. Mark it, or exclude the name with privacy_analyzers.PRIV007.excluded_names in .editorconfig.");
    }
}
