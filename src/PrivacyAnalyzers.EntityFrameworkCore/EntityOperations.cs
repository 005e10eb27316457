using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>Purge, erasure and export of one entity type, typed, so that every query is ordinary LINQ on <c>DbSet&lt;T&gt;</c>.</summary>
    internal abstract class EntityOperations
    {
        public static EntityOperations For(PrivacyEntity entity)
            => (EntityOperations)Activator.CreateInstance(typeof(EntityOperations<>).MakeGenericType(entity.ClrType), entity)!;

        public abstract void CheckPurge(PurgeOptions options);

        public abstract Task<IReadOnlyList<PurgedEntity>> PurgeAsync(DbContext db, DateTimeOffset now, PurgeOptions options, CancellationToken cancellationToken);

        /// <summary>The entity has a row of the subject (false when no link of the entity takes an id of the subject id's type).</summary>
        public abstract Task<bool> HasRowsOfAsync(DbContext db, object subjectId, CancellationToken cancellationToken);

        /// <summary>Throws before anything changes when the erasure of this entity's rows could not complete.</summary>
        public abstract Task CheckErasureAsync(DbContext db, object subjectId, DateTimeOffset now, ErasureOptions options, CancellationToken cancellationToken);

        public abstract Task<ErasedEntity> EraseAsync(DbContext db, object subjectId, DateTimeOffset now, ErasureOptions options, CancellationToken cancellationToken);

        /// <summary>Writes the subject's rows as a JSON array, streamed; returns the number of rows.</summary>
        public abstract Task<int> ExportAsync(DbContext db, object subjectId, Utf8JsonWriter writer, CancellationToken cancellationToken);
    }

    /// <summary>Purge, erasure and export of the rows of <typeparamref name="T"/>.</summary>
    internal sealed partial class EntityOperations<T> : EntityOperations
        where T : class
    {
        private readonly PrivacyEntity _entity;

        public EntityOperations(PrivacyEntity entity) => _entity = entity;

        public override void CheckPurge(PurgeOptions options)
        {
            if (_entity.ExpiredAt is not null && _entity.AnonymizesOnExpiry)
            {
                RequireInPlaceAnonymization(_entity.Personal, options, forPurge: true);
            }
        }

        public override async Task<IReadOnlyList<PurgedEntity>> PurgeAsync(DbContext db, DateTimeOffset now, PurgeOptions options, CancellationToken cancellationToken)
        {
            var results = new List<PurgedEntity>();
            var notHeld = Predicates.Not(Held(options.LegalHolds));
            if (_entity.ExpiredAt is not null && _entity.Retention is { } policy)
            {
                var expired = Predicates.And(ExpiredAt(_entity.ExpiredAt, now), notHeld);
                int rows;
                if (policy.OnExpiry == ExpiryAction.Delete)
                {
                    rows = options.DryRun
                        ? await db.Set<T>().CountAsync(expired, cancellationToken).ConfigureAwait(false)
                        : await SetBasedStatements.DeleteAsync(db.Set<T>().Where(expired), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    rows = await AnonymizeExpiredAsync(db, Predicates.And(expired, Pending(options.Key)), options, cancellationToken).ConfigureAwait(false);
                }

                results.Add(new PurgedEntity(_entity.Name, null, policy.OnExpiry, rows, policy.Basis));
            }

            foreach (var member in _entity.MemberExpiries)
            {
                var personal = new PersonalProperty(member.Property, AnonymizeStrategy.Suppress);
                var stillSet = Predicates.Not(Predicates.Equals<T>(member.Property, personal.SuppressedValue!, allowNull: true));
                var expired = Predicates.And(Predicates.And(ExpiredAt(member.ExpiredAt, now), notHeld), stillSet);
                var rows = options.DryRun
                    ? await db.Set<T>().CountAsync(expired, cancellationToken).ConfigureAwait(false)
                    : await SetBasedStatements.ExecuteAsync(db.Set<T>().Where(expired), new[] { (member.Property, personal.SuppressedValue) }, cancellationToken).ConfigureAwait(false);
                results.Add(new PurgedEntity(_entity.Name, member.Property.Name, ExpiryAction.Anonymize, rows, member.Basis));
            }

            return results;
        }

        public override async Task<bool> HasRowsOfAsync(DbContext db, object subjectId, CancellationToken cancellationToken)
            => BelongsTo(subjectId) is { } belongs && await db.Set<T>().AnyAsync(belongs, cancellationToken).ConfigureAwait(false);

        public override async Task CheckErasureAsync(DbContext db, object subjectId, DateTimeOffset now, ErasureOptions options, CancellationToken cancellationToken)
        {
            if (BelongsTo(subjectId) is not { } belongs)
            {
                return;
            }

            if (_entity.AnonymizesOnExpiry)
            {
                RequireInPlaceAnonymization(_entity.Personal, options, forPurge: false);
            }

            if (!_entity.IsLegalMinimum)
            {
                return;
            }

            RequireInPlaceAnonymization(_entity.Uncovered(), options, forPurge: false);

            // Kept rows must survive the deletion of the subject's root row: a required foreign key would take them with it.
            foreach (var link in _entity.Links)
            {
                if (!link.IsDirect && !link.Property.IsNullable
                    && await db.Set<T>().AnyAsync(Predicates.And(belongs, Predicates.Not(ExpiredAt(_entity.ExpiredAt!, now))), cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException(
                        _entity.Name + " rows must be kept for their legal minimum (" + _entity.Retention?.Basis + "), but their required foreign key "
                        + link.Description + " would delete them with the subject's row. Make the relationship optional (a nullable "
                        + link.Property.Name + " with OnDelete(DeleteBehavior.SetNull)). Nothing was changed.");
                }
            }
        }

        public override async Task<ErasedEntity> EraseAsync(DbContext db, object subjectId, DateTimeOffset now, ErasureOptions options, CancellationToken cancellationToken)
        {
            var belongs = BelongsTo(subjectId)!;
            var set = db.Set<T>();
            var rowHolds = RowHolds(options.LegalHolds);
            var heldRows = rowHolds.Predicate is { } held ? await set.CountAsync(Predicates.And(belongs, held), cancellationToken).ConfigureAwait(false) : 0;
            var rest = rowHolds.Predicate is { } heldPredicate ? Predicates.And(belongs, Predicates.Not(heldPredicate)) : belongs;
            var anonymizedMembers = new List<string>();
            int kept = 0, anonymized = 0, deleted = 0;
            string? keptBecause = heldRows > 0 ? "Legal hold: " + string.Join("; ", rowHolds.Reasons) : null;
            DateTimeOffset? keptUntil = null;

            if (_entity.IsLegalMinimum)
            {
                var running = Predicates.And(rest, Predicates.Not(ExpiredAt(_entity.ExpiredAt!, now)));
                var (any, until) = await LastExpiryAsync(set.Where(running), cancellationToken).ConfigureAwait(false);
                if (any)
                {
                    keptBecause = "Legal minimum " + _entity.Retention + " from " + _entity.Retention!.FromMember + ": " + _entity.Retention.Basis;
                    keptUntil = until;
                    var uncovered = _entity.Uncovered();
                    if (uncovered.Count != 0)
                    {
                        // Every kept row is anonymized: the rows updated are the rows kept.
                        kept = await AnonymizeMembersAsync(db, running, uncovered, options, cancellationToken).ConfigureAwait(false);
                        anonymized += kept;
                        anonymizedMembers.AddRange(uncovered.Select(member => member.Property.Name));
                    }
                    else
                    {
                        kept = await set.CountAsync(running, cancellationToken).ConfigureAwait(false);
                    }
                }

                rest = Predicates.And(rest, ExpiredAt(_entity.ExpiredAt!, now));
            }

            if (_entity.AnonymizesOnExpiry)
            {
                var members = _entity.Personal.Where(member => member.Strategy != AnonymizeStrategy.Keep).ToList();
                var count = await AnonymizeMembersAsync(db, rest, members, options, cancellationToken).ConfigureAwait(false);
                if (count > 0)
                {
                    anonymized += count;
                    anonymizedMembers.AddRange(members.Select(member => member.Property.Name).Except(anonymizedMembers));
                }
            }
            else
            {
                deleted = await SetBasedStatements.DeleteAsync(set.Where(rest), cancellationToken).ConfigureAwait(false);
            }

            return new ErasedEntity(
                _entity.Name,
                string.Join(" or ", _entity.Links.Where(link => link.IdType == subjectId.GetType()).Select(link => link.Description)),
                deleted,
                anonymized,
                kept + heldRows,
                anonymizedMembers,
                keptBecause,
                keptUntil);
        }

        public override async Task<int> ExportAsync(DbContext db, object subjectId, Utf8JsonWriter writer, CancellationToken cancellationToken)
        {
            var rows = 0;
            writer.WriteStartArray(_entity.Name);
            if (BelongsTo(subjectId) is { } belongs)
            {
                // No tracking, one row at a time: memory does not grow with the subject's rows.
                var query = db.Set<T>().AsNoTracking().Where(belongs);
                await foreach (var row in OrderedByKey(query).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    ((IPersonalDataExport)row).WritePersonalData(writer);
                    if (++rows % 256 == 0)
                    {
                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            writer.WriteEndArray();
            return rows;
        }

        /// <summary>
        /// Whether there are rows, and when the last of them leaves its retention (<c>null</c> when a row's period has not
        /// started), in one query: rows without a start first, then the latest start.
        /// </summary>
        private async Task<(bool Any, DateTimeOffset? Until)> LastExpiryAsync(IQueryable<T> rows, CancellationToken cancellationToken)
        {
            var start = _entity.Start!;
            var policy = _entity.Retention!;
            var item = Expression.Parameter(typeof(T), "item");
            var access = Predicates.Access(item, start);
            IQueryable<T> ordered = rows;
            if (start.IsNullable)
            {
                var hasStart = Expression.Lambda<Func<T, bool>>(Expression.NotEqual(access, Expression.Constant(null, start.ClrType)), item);
                ordered = rows.OrderBy(hasStart).ThenByDescending(Expression.Lambda<Func<T, object>>(Expression.Convert(access, typeof(object)), item));
            }
            else
            {
                ordered = rows.OrderByDescending(Expression.Lambda<Func<T, object>>(Expression.Convert(access, typeof(object)), item));
            }

            var latest = await ordered.Select(Expression.Lambda<Func<T, Wrapped>>(
                    Expression.MemberInit(Expression.New(typeof(Wrapped)), Expression.Bind(typeof(Wrapped).GetProperty(nameof(Wrapped.Start))!, Expression.Convert(access, typeof(object)))),
                    item))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return latest switch
            {
                null => (false, null),
                { Start: DateTime dateTime } => (true, policy.ExpiryFrom(dateTime)),
                { Start: DateTimeOffset offset } => (true, policy.ExpiryFrom(offset)),
                _ => (true, null),
            };
        }

        /// <summary>A row's start, wrapped so that a row without one is told from no row.</summary>
        private sealed class Wrapped
        {
            public object? Start { get; set; }
        }
    }
}
