using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>
    /// Retention purge, erasure and export of a data subject's personal data across every entity type of a
    /// <see cref="DbContext"/>, from the PrivacyAnalyzers attributes and the predicates the generator writes for them.
    /// </summary>
    public static class PrivacyDbContextExtensions
    {
        /// <summary>
        /// Deletes the rows whose retention period has ended (<see cref="ExpiryAction.Delete"/>) or anonymizes them in place
        /// (<see cref="ExpiryAction.Anonymize"/>), in every entity type of the model with a dated [RetainFor], and clears
        /// members whose own [RetainFor] has ended. Set-based: one DELETE or UPDATE per entity type (anonymization that
        /// computes pseudonyms or generalized values runs in batches). Rows whose start member is null have not started
        /// their period and are kept. Rows and subjects under legal hold are left out. All in one transaction (or the
        /// caller's): a failure or cancellation leaves nothing changed.
        /// </summary>
        /// <returns>The rows deleted or anonymized per entity type (and member), or in a dry run the rows that would be.</returns>
        public static async Task<PurgeResult> PurgeExpiredAsync(this DbContext db, DateTimeOffset now, PurgeOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (db is null)
            {
                throw new ArgumentNullException(nameof(db));
            }

            options ??= new PurgeOptions();
            var entities = PrivacyModel.For(db).Entities.Where(entity => entity.ExpiredAt is not null || entity.MemberExpiries.Count != 0).ToList();
            foreach (var entity in entities)
            {
                entity.Operations.CheckPurge(options);
            }

            async Task<PurgeResult> PurgeAll()
            {
                var results = new List<PurgedEntity>();
                foreach (var entity in entities)
                {
                    results.AddRange(await entity.Operations.PurgeAsync(db, now, options, cancellationToken).ConfigureAwait(false));
                }

                return new PurgeResult(options.DryRun, results);
            }

            return options.DryRun ? await PurgeAll().ConfigureAwait(false) : await InTransactionAsync(db, PurgeAll, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc cref="ErasePersonalDataAsync{TId}(DbContext, TId, DateTimeOffset, ErasureOptions?, CancellationToken)"/>
        public static Task<ErasureResult> ErasePersonalDataAsync<TId>(this DbContext db, TId subjectId, DateTimeOffset now, CancellationToken cancellationToken = default)
            where TId : notnull
            => ErasePersonalDataAsync(db, subjectId, now, null, cancellationToken);

        /// <summary>
        /// Erases a data subject's personal data, e.g. on account cancellation, in one transaction: in every entity type
        /// with a [DataSubjectId] member of <typeparamref name="TId"/>, and every entity type with a single-column foreign
        /// key to an entity whose primary key is its [DataSubjectId]. Rows are deleted, or anonymized where their type's
        /// [RetainFor] says <see cref="ExpiryAction.Anonymize"/>; rows whose <see cref="RetainForAttribute.LegalMinimum"/>
        /// has not ended are kept, with the personal members the retention does not cover anonymized now, and leave
        /// through the purge. A subject under legal hold is not erased. Running it again finds nothing and throws
        /// <see cref="DataSubjectNotFoundException"/>.
        /// </summary>
        /// <exception cref="DataSubjectNotFoundException">No row belongs to the subject.</exception>
        /// <exception cref="ArgumentException">No entity type has a subject id of type <typeparamref name="TId"/>, or a needed key is missing.</exception>
        /// <exception cref="InvalidOperationException">The model cannot be erased as declared (see the message); nothing was changed.</exception>
        public static async Task<ErasureResult> ErasePersonalDataAsync<TId>(this DbContext db, TId subjectId, DateTimeOffset now, ErasureOptions? options, CancellationToken cancellationToken = default)
            where TId : notnull
        {
            var reached = Reached(db, subjectId);
            options ??= new ErasureOptions();
            if (options.LegalHolds.ReasonFor(subjectId) is { } reason)
            {
                return new ErasureResult(false, reason, Array.Empty<ErasedEntity>());
            }

            return await InTransactionAsync(
                db,
                async () =>
                {
                    foreach (var entity in reached)
                    {
                        await entity.Operations.CheckErasureAsync(db, subjectId, now, options, cancellationToken).ConfigureAwait(false);
                    }

                    var results = new List<ErasedEntity>();
                    foreach (var entity in reached)
                    {
                        var result = await entity.Operations.EraseAsync(db, subjectId, now, options, cancellationToken).ConfigureAwait(false);
                        if (result.Deleted + result.Anonymized + result.Kept != 0)
                        {
                            results.Add(result);
                        }
                    }

                    // Nothing belonged to the subject: the transaction is rolled back (it changed nothing anyway).
                    return results.Count != 0 ? new ErasureResult(true, null, results) : throw new DataSubjectNotFoundException(nameof(subjectId));
                },
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Writes a copy of a data subject's personal data (access and copy requests) as one JSON object with an array per
        /// entity type, each row written by its generated <c>WritePersonalData</c>. Rows are read one at a time without
        /// tracking and the writer is flushed as it goes, so memory does not grow with the number of rows.
        /// </summary>
        /// <exception cref="DataSubjectNotFoundException">No row belongs to the subject; nothing was written.</exception>
        public static async Task ExportPersonalDataAsync<TId>(this DbContext db, TId subjectId, Utf8JsonWriter writer, CancellationToken cancellationToken = default)
            where TId : notnull
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            var reached = Reached(db, subjectId).Where(entity => typeof(IPersonalDataExport).IsAssignableFrom(entity.ClrType)).ToList();
            var found = false;
            foreach (var entity in reached)
            {
                found = found || await entity.Operations.HasRowsOfAsync(db, subjectId, cancellationToken).ConfigureAwait(false);
            }

            if (!found)
            {
                throw new DataSubjectNotFoundException(nameof(subjectId));
            }

            writer.WriteStartObject();
            foreach (var entity in reached.OrderBy(entity => entity.Name, StringComparer.Ordinal))
            {
                await entity.Operations.ExportAsync(db, subjectId, writer, cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The entity types that can find a subject by an id of this type.</summary>
        private static IReadOnlyList<PrivacyEntity> Reached<TId>(DbContext db, TId subjectId)
        {
            if (db is null)
            {
                throw new ArgumentNullException(nameof(db));
            }

            if (subjectId is null)
            {
                throw new ArgumentNullException(nameof(subjectId));
            }

            var entities = PrivacyModel.For(db).Entities;
            var reached = entities.Where(entity => entity.Links.Any(link => link.IdType == typeof(TId))).ToList();
            if (reached.Count == 0)
            {
                var types = entities.SelectMany(entity => entity.Links.Select(link => entity.Name + "." + link.Property.Name + " (" + link.IdType.Name + ")")).ToList();
                throw new ArgumentException(
                    "No entity type of the model finds a data subject by a " + typeof(TId).Name + ". "
                    + (types.Count == 0 ? "No entity type has a [DataSubjectId] member." : "Subject ids: " + string.Join(", ", types) + "."),
                    nameof(subjectId));
            }

            return reached;
        }

        private static async Task<TResult> InTransactionAsync<TResult>(DbContext db, Func<Task<TResult>> work, CancellationToken cancellationToken)
        {
            if (db.Database.CurrentTransaction is not null)
            {
                return await work().ConfigureAwait(false);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work().ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
