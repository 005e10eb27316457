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

    internal sealed class EntityOperations<T> : EntityOperations
        where T : class
    {
        private static readonly MethodInfo? AnonymizeMethod = typeof(T).GetMethod("Anonymize", new[] { typeof(PseudonymKey) });

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

        /// <summary>Rows to anonymize on expiry that still need it: a member anonymization clears is set, or a pseudonymized string is not a pseudonym yet.</summary>
        private Expression<Func<T, bool>> Pending(PseudonymKey? key)
        {
            Expression<Func<T, bool>>? pending = null;
            foreach (var member in _entity.Personal)
            {
                Expression<Func<T, bool>>? notDone = null;
                if (member.Strategy == AnonymizeStrategy.Suppress && member.Property.IsNullable)
                {
                    notDone = Predicates.Not(Predicates.Equals<T>(member.Property, null, allowNull: true));
                }
                else if (member.Strategy == AnonymizeStrategy.Pseudonymize && member.Property.ClrType == typeof(string) && key is not null)
                {
                    notDone = Predicates.Not(Predicates.StartsWith<T>(member.Property, key.KeyId + ":"));
                }

                if (notDone is not null)
                {
                    pending = pending is null ? notDone : Predicates.Or(pending, notDone);
                }
            }

            return pending ?? throw new InvalidOperationException(
                _entity.Name + " is anonymized when its retention ends, but has no nullable member that anonymization clears and no pseudonymized string, "
                + "so anonymized rows cannot be told from rows still to anonymize. Give it one (e.g. a nullable link to the data subject). Nothing was changed.");
        }

        private async Task<int> AnonymizeExpiredAsync(DbContext db, Expression<Func<T, bool>> pending, PurgeOptions options, CancellationToken cancellationToken)
        {
            var set = db.Set<T>();
            if (options.DryRun)
            {
                return await set.CountAsync(pending, cancellationToken).ConfigureAwait(false);
            }

            var members = _entity.Personal.Where(member => member.Strategy != AnonymizeStrategy.Keep).ToList();
            if (!members.Any(member => member.IsComputed))
            {
                return await SetBasedStatements.ExecuteAsync(set.Where(pending), Suppressions(members), cancellationToken).ConfigureAwait(false);
            }

            // Anonymized rows leave the pending set, so each batch is the first rows still pending.
            var total = 0;
            while (true)
            {
                var batch = await OrderedByKey(set.AsTracking().Where(pending)).Take(options.BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return total;
                }

                await ApplyAnonymizedAsync(db, batch, members, options.Key!, cancellationToken).ConfigureAwait(false);
                total += batch.Count;
            }
        }

        /// <summary>Anonymizes <paramref name="members"/> of the rows: in one UPDATE when all are suppressed, else in batches through the generated <c>Anonymize(key)</c>.</summary>
        private async Task<int> AnonymizeMembersAsync(DbContext db, Expression<Func<T, bool>> rows, IReadOnlyList<PersonalProperty> members, PersonalDataOptions options, CancellationToken cancellationToken)
        {
            var set = db.Set<T>();
            if (!members.Any(member => member.IsComputed))
            {
                return await SetBasedStatements.ExecuteAsync(set.Where(rows), Suppressions(members), cancellationToken).ConfigureAwait(false);
            }

            // The subject's rows are found by their keys first: anonymizing may change the members that found them.
            var key = SingleKey();
            var item = Expression.Parameter(typeof(T), "item");
            var keySelector = Expression.Lambda<Func<T, object>>(Expression.Convert(Predicates.Access(item, key), typeof(object)), item);
            var keys = await set.Where(rows).Select(keySelector).ToListAsync(cancellationToken).ConfigureAwait(false);
            for (var start = 0; start < keys.Count; start += options.BatchSize)
            {
                var chunk = Predicates.In<T>(key, keys.Skip(start).Take(options.BatchSize));
                var batch = await set.AsTracking().Where(chunk).ToListAsync(cancellationToken).ConfigureAwait(false);
                await ApplyAnonymizedAsync(db, batch, members, options.Key!, cancellationToken).ConfigureAwait(false);
            }

            return keys.Count;
        }

        private static async Task ApplyAnonymizedAsync(DbContext db, List<T> batch, IReadOnlyList<PersonalProperty> members, PseudonymKey key, CancellationToken cancellationToken)
        {
            try
            {
                foreach (var row in batch)
                {
                    var copy = AnonymizeMethod!.Invoke(row, new object[] { key })!;
                    var entry = db.Entry(row);
                    foreach (var member in members)
                    {
                        entry.Property(member.Property.Name).CurrentValue = member.Property.GetGetter().GetClrValue(copy);
                    }
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Whether saved or not, the rows leave the change tracker: a failed batch must not be saved later by the caller.
                foreach (var row in batch)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            }
        }

        private static IReadOnlyList<(IProperty, object?)> Suppressions(IEnumerable<PersonalProperty> members)
            => members.Select(member => (member.Property, member.SuppressedValue)).ToList();

        private void RequireInPlaceAnonymization(IReadOnlyList<PersonalProperty> members, PersonalDataOptions options, bool forPurge)
        {
            if (!members.Any(member => member.IsComputed))
            {
                return;
            }

            if (options.Key is null)
            {
                throw new ArgumentException(
                    _entity.Name + " is anonymized with pseudonyms or generalized values (" + string.Join(", ", members.Where(member => member.IsComputed).Select(member => member.Property.Name))
                    + "): set the options' Key. Nothing was changed.", nameof(options));
            }

            if (AnonymizeMethod is null)
            {
                throw new InvalidOperationException(_entity.Name + " has no generated Anonymize(key): declare it partial. Nothing was changed.");
            }

            if (!forPurge)
            {
                SingleKey();
            }
        }

        private IProperty SingleKey()
            => _entity.EntityType.FindPrimaryKey() is { Properties.Count: 1 } key
                ? key.Properties[0]
                : throw new InvalidOperationException(
                    _entity.Name + " has no single-column primary key, which the erasure needs to anonymize its rows in batches. Nothing was changed.");

        private IQueryable<T> OrderedByKey(IQueryable<T> query)
        {
            if (_entity.EntityType.FindPrimaryKey() is not { } key)
            {
                return query;
            }

            IOrderedQueryable<T>? ordered = null;
            foreach (var property in key.Properties)
            {
                var item = Expression.Parameter(typeof(T), "item");
                var selector = Expression.Lambda(Predicates.Access(item, property), item);
                var method = (ordered is null ? OrderBy : ThenBy).MakeGenericMethod(typeof(T), property.ClrType);
                ordered = (IOrderedQueryable<T>)method.Invoke(null, new object[] { ordered ?? query, selector })!;
            }

            return ordered ?? query;
        }

        private static readonly MethodInfo OrderBy = typeof(Queryable).GetMethods().Single(method => method.Name == nameof(Queryable.OrderBy) && method.GetParameters().Length == 2);

        private static readonly MethodInfo ThenBy = typeof(Queryable).GetMethods().Single(method => method.Name == nameof(Queryable.ThenBy) && method.GetParameters().Length == 2);

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

        private static Expression<Func<T, bool>> ExpiredAt(MethodInfo generated, DateTimeOffset now)
            => (Expression<Func<T, bool>>)generated.Invoke(null, new object[] { now })!;

        /// <summary>The subject's rows through every link that takes its id's type; <c>null</c> when none does.</summary>
        private Expression<Func<T, bool>>? BelongsTo(object subjectId)
        {
            Expression<Func<T, bool>>? belongs = null;
            foreach (var link in _entity.Links)
            {
                if (link.IdType == subjectId.GetType())
                {
                    var predicate = link.BelongsTo<T>(subjectId);
                    belongs = belongs is null ? predicate : Predicates.Or(belongs, predicate);
                }
            }

            return belongs;
        }

        /// <summary>Rows under legal hold: held rows, and rows of held subjects through every link that can find them.</summary>
        private Expression<Func<T, bool>> Held(LegalHolds holds)
        {
            var held = RowHolds(holds).Predicate;
            var subjects = holds.Subjects.ToList();
            foreach (var link in _entity.Links)
            {
                var ids = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(link.Property.ClrType))!;
                foreach (var subject in subjects.Where(subject => subject.GetType() == link.IdType))
                {
                    ids.Add(subject);
                }

                if (ids.Count != 0)
                {
                    var ofHeldSubject = Predicates.In<T>(link.Property, ids.Cast<object>());
                    held = held is null ? ofHeldSubject : Predicates.Or(held, ofHeldSubject);
                }
            }

            return held ?? (item => false);
        }

        private (Expression<Func<T, bool>>? Predicate, IReadOnlyList<string> Reasons) RowHolds(LegalHolds holds)
        {
            Expression<Func<T, bool>>? held = null;
            var reasons = new List<string>();
            foreach (var (rows, reason) in holds.RowsOf(typeof(T)))
            {
                var predicate = (Expression<Func<T, bool>>)rows;
                held = held is null ? predicate : Predicates.Or(held, predicate);
                reasons.Add(reason);
            }

            return (held, reasons);
        }
    }
}
