using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>The rules that keep data-subject requests complete: every stored row of personal information can be found by its subject.</summary>
    internal static partial class RuleCatalog
    {
        /// <summary>PRIV108: a DbContext exposes an entity holding personal information that no [DataSubjectId] leads to.</summary>
        public static readonly DiagnosticDescriptor SubjectUnreachable = Create(
            "PRIV108",
            "Erasure and export cannot find the data subject of an entity",
            "'{0}' in '{1}' holds personal information ({2}) but has no [DataSubjectId] member and belongs to no entity that has one; erasure and export would miss its rows",
            PrivacyCategory,
            DiagnosticSeverity.Warning,
            "ErasePersonalDataAsync and ExportPersonalDataAsync find a person's rows through [DataSubjectId] members and through the foreign keys of entities that belong to an entity whose key is one. An entity of the DbContext that holds personal information with neither is left out of erasure and export: its data outlives the account and is missing from the copy. Mark the member that identifies the person [DataSubjectId], or give the entity a navigation to (or from) the entity that has it.");
    }
}
