using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>The rules that track personal information through the code to the places it leaves it.</summary>
    internal static partial class RuleCatalog
    {
        public const string PrivacyCategory = "PrivacyAnalyzers.Privacy";

        /// <summary>PRIV001: personal information written to a log, the console, debug output or telemetry.</summary>
        public static readonly DiagnosticDescriptor PersonalInfoLogged = Create(
            "PRIV001",
            "Personal information is written to a log",
            "'{0}' ({1}) is {2}; mask it or log an identifier instead",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "A value classified as personal information reaches a logging call (Microsoft.Extensions.Logging, Serilog, NLog, log4net), Console, Debug/Trace or an Activity tag, directly or through locals, string building and formatting. Logs are kept, copied and read far more widely than the data itself; log the masked value or an identifier.");

        /// <summary>PRIV003: personal information put into an exception's message or Data.</summary>
        public static readonly DiagnosticDescriptor PersonalInfoInException = Create(
            "PRIV003",
            "Personal information is put into an exception",
            "'{0}' ({1}) is {2}; exceptions reach logs and responses, so mask it or use an identifier instead",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "A value classified as personal information becomes part of an exception's message or Data. Exceptions are logged, reported to monitoring and sometimes returned to callers.");

        /// <summary>PRIV005: an object whose printing shows personal information reaches a log or an exception.</summary>
        public static readonly DiagnosticDescriptor PersonalInfoPrinted = Create(
            "PRIV005",
            "Type holding personal information prints it",
            "'{0}' prints '{1}' ({2}) in {3} and is {4}; {5}",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "An object is written to a log or an exception, and its ToString shows personal information: a record that is not partial keeps the compiler's ToString, which prints every public member, and a hand-written ToString or PrintMembers may name personal members. Make the type partial so the generated ToString masks them, or keep them out of the hand-written one.");

        /// <summary>PRIV010: a method visible to other projects returns personal information its signature does not declare.</summary>
        public static readonly DiagnosticDescriptor PersonalReturnNotDeclared = Create(
            "PRIV010",
            "Method returns personal information its signature does not declare",
            "'{0}' returns personal information ('{1}', {2}); mark its return value [return: PersonalInfo] so that projects using it see it",
            PrivacyCategory,
            DiagnosticSeverity.Info,
            "A public or internal method returns a value read from personal information. Inside the project the flow rules follow the method's body; a project that references the library sees only its metadata, so a caller there that logs the result is not flagged. Declaring the return value with [return: PersonalInfo(category)] puts the classification into the metadata, where the analyzers of every referencing project read it.");
    }
}
