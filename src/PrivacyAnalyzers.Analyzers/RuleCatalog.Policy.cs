using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>The rules about the privacy policy file itself (privacy.json, docs/policy-file.md).</summary>
    internal static partial class RuleCatalog
    {
        public const string PolicyCategory = "PrivacyAnalyzers.Policy";

        /// <summary>PRIV200: the policy file is not valid JSON.</summary>
        public static readonly DiagnosticDescriptor PolicyMalformed = Create(
            "PRIV200",
            "Privacy policy file is not valid JSON",
            "The privacy policy file is not valid JSON: {0}",
            PolicyCategory,
            DiagnosticSeverity.Error,
            "The privacy policy file must be strict JSON: no comments, no trailing commas, strings in double quotes. Reading stops at the first error; what came before it is used, the rest of the policy is missing, so recipients declared after the error are not approved.");

        /// <summary>PRIV201: a value of the wrong type, an unknown or repeated property, a missing or empty required value.</summary>
        public static readonly DiagnosticDescriptor PolicyInvalidEntry = Create(
            "PRIV201",
            "Privacy policy entry is not valid",
            "{0}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "Every property of the policy file has a fixed type and meaning (privacy.schema.json). A value of the wrong type, an unknown property (often a misspelled one), a repeated property, a malformed value (a region code, a host name, a retention period that is not an ISO 8601 period of years, months and days such as P3Y), or a purpose, recipient or retention rule without what it requires is left out of the policy; the rest is used.");

        /// <summary>PRIV202: the policy names a category key the compilation does not know.</summary>
        public static readonly DiagnosticDescriptor PolicyUnknownCategory = Create(
            "PRIV202",
            "Privacy policy names an unknown data category",
            "{0}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "Category keys in the policy file are the keys of the DataCategory constants and of [assembly: DataCategoryDefinition] declarations, as in [PersonalInfo]. A misspelled key approves nothing.");

        /// <summary>PRIV203: a purpose or recipient referenced but not declared.</summary>
        public static readonly DiagnosticDescriptor PolicyUndeclaredReference = Create(
            "PRIV203",
            "Privacy policy references an undeclared purpose or recipient",
            "{0}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "A recipient's purposes must be ids declared in 'purposes', and a region exception's recipients must be declared in 'recipients'. An undeclared one is usually a misspelling, or a purpose the policy never told the user about.");

        /// <summary>PRIV204: a recipient or purpose declared twice, or a category given two retention rules.</summary>
        public static readonly DiagnosticDescriptor PolicyDuplicate = Create(
            "PRIV204",
            "Privacy policy declares a recipient, purpose or retention category twice",
            "{0}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "Each recipient name (compared ignoring case) and each purpose id is declared once, and each category key is named by one retention rule. The first declaration is used and the repeated one ignored, so what it approves or promises is not.");

        /// <summary>PRIV205: [ThirdParty] names a recipient the policy does not declare.</summary>
        public static readonly DiagnosticDescriptor ThirdPartyUnknownRecipient = Create(
            "PRIV205",
            "[ThirdParty] names a recipient the privacy policy does not declare",
            "'{0}' is not a recipient of the privacy policy{1}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "The name in [ThirdParty(\"...\")] must be the name of a recipient in the privacy policy file (compared ignoring case). A recipient the policy does not declare is approved for nothing, so every personal value passed to it is reported by PRIV002.");

        /// <summary>PRIV002: personal information passed to a [ThirdParty] recipient the policy does not approve it for.</summary>
        public static readonly DiagnosticDescriptor SharedWithUnapprovedRecipient = Create(
            "PRIV002",
            "Personal information is shared with a recipient the privacy policy does not approve for it",
            "{0} shared with '{1}' by {2}, but the privacy policy {3}",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "A value classified as personal information, or an object holding some, is passed to a method, type or interface marked [ThirdParty(\"X\")], and the privacy policy file does not approve its category (or the member itself) for recipient X. Share only what the policy names, anonymize the value first, or, if the policy really says so, add the category to the recipient in the policy file.");
    

        /// <summary>PRIV009: personal information sent to a recipient that processes it outside the policy's regions.</summary>
        public static readonly DiagnosticDescriptor CrossBorderTransfer = Create(
            "PRIV009",
            "Personal information is sent to a recipient outside the regions the privacy policy allows",
            "{0} sent to '{1}' by {2}, which processes it in {3}, outside the regions the privacy policy allows ({4})",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "The privacy policy's 'regions.allowed' lists where personal information may be stored and sent. A value classified as personal information, or an object holding some, reaches a recipient (through any PRIV002 sink) whose 'region' is not among them, and no 'regions.exceptions' entry names that recipient. Keep the data in the allowed regions, anonymize it first, or, where the law, the user's consent or a cross-border transaction allows the transfer, add the recipient to an exception.");

        /// <summary>PRIV004: personal information stored in a cookie the policy does not allow it in.</summary>
        public static readonly DiagnosticDescriptor PersonalInfoInCookie = Create(
            "PRIV004",
            "Personal information is stored in a cookie the privacy policy does not allow",
            "{0} stored in a cookie by {1}, but the privacy policy {2}",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "A value classified as personal information, or an object holding some, becomes a cookie's name or value (ASP.NET Core IResponseCookies.Append, CookieOptions.CreateCookieHeader, SetCookieHeaderValue; System.Web HttpCookie), and the privacy policy's 'cookies.categories' does not allow its category. Cookies travel with every request and stay in the browser: keep personal information on the server behind an opaque id, or, if the policy really says so, add the category to 'cookies.categories'.");

        /// <summary>PRIV008: code declaring a purpose uses personal information not collected for it.</summary>
        public static readonly DiagnosticDescriptor PurposeLimitation = Create(
            "PRIV008",
            "Personal information is used for a purpose it was not collected for",
            "{0} is used for '{1}' by {2}, but it was collected only for {3}",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "Code marked [Purpose(\"X\")] (on the member or its type) reads or writes a member whose [PersonalInfo(Purposes = ...)] does not include X, itself or through the methods of the project it calls that declare no purpose of their own. Personal information may be used only for the purposes it was collected for; a new purpose needs the user's new consent. Members that declare no purposes are not checked.");

        /// <summary>PRIV206: a purpose id in code that the policy does not declare.</summary>
        public static readonly DiagnosticDescriptor UnknownPurpose = Create(
            "PRIV206",
            "Code names a purpose the privacy policy does not declare",
            "'{0}' is not a purpose of the privacy policy{1}",
            PolicyCategory,
            DiagnosticSeverity.Warning,
            "The ids in [Purpose(\"...\")] and [PersonalInfo(Purposes = ...)] must be ids declared in the privacy policy file's 'purposes' (compared exactly). An undeclared one is usually a misspelling, or a purpose the policy never told the user about.");
    }
}
