using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>What a purge did (or, in a dry run, would do) to one entity type. Counts and names only, no personal data.</summary>
    /// <param name="Entity">The entity type's name in the model.</param>
    /// <param name="Member">The member whose own [RetainFor] ended, or <c>null</c> for whole rows.</param>
    /// <param name="Action">Deleted, or anonymized in place.</param>
    /// <param name="Rows">Rows deleted or anonymized.</param>
    /// <param name="Basis">The retention's basis.</param>
    public sealed record PurgedEntity(string Entity, string? Member, ExpiryAction Action, int Rows, string? Basis);

    /// <summary>The result of a purge.</summary>
    /// <param name="DryRun">Nothing was changed; the counts are what a purge would do.</param>
    /// <param name="Entities">One entry per entity type (and member with its own period) with retention.</param>
    public sealed record PurgeResult(bool DryRun, IReadOnlyList<PurgedEntity> Entities);

    /// <summary>What an erasure did to one entity type. Counts, member names, reasons and dates; no personal data.</summary>
    /// <param name="Entity">The entity type's name in the model.</param>
    /// <param name="ReachedThrough">How the subject's rows are found: <c>"[DataSubjectId] Id"</c> or <c>"AccountId → Account.Id"</c>.</param>
    /// <param name="Deleted">Rows deleted.</param>
    /// <param name="Anonymized">Rows anonymized in place (all personal members, or the uncovered ones of kept rows).</param>
    /// <param name="Kept">Rows kept because a legal minimum retention has not ended, or a legal hold.</param>
    /// <param name="AnonymizedMembers">The members anonymized in kept rows (those the retention does not cover), or in anonymized rows.</param>
    /// <param name="KeptBecause">The basis of the legal minimum (or the hold's reason), when rows were kept.</param>
    /// <param name="KeptUntil">When the last kept row's period ends and the purge removes it; <c>null</c> when a kept row's period has not started.</param>
    public sealed record ErasedEntity(
        string Entity,
        string ReachedThrough,
        int Deleted,
        int Anonymized,
        int Kept,
        IReadOnlyList<string> AnonymizedMembers,
        string? KeptBecause,
        DateTimeOffset? KeptUntil);

    /// <summary>The result of an erasure.</summary>
    /// <param name="Erased">The erasure ran; <c>false</c> when the subject is under legal hold and nothing was changed.</param>
    /// <param name="HeldBecause">The legal hold's reason, when <see cref="Erased"/> is <c>false</c>.</param>
    /// <param name="Entities">One entry per entity type that holds rows of the subject.</param>
    public sealed record ErasureResult(bool Erased, string? HeldBecause, IReadOnlyList<ErasedEntity> Entities);
}
