using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>Anonymization in place: one UPDATE for suppressed members, batches through the generated <c>Anonymize(key)</c> otherwise.</summary>
    internal sealed partial class EntityOperations<T>
    {
        private static readonly MethodInfo? AnonymizeMethod = typeof(T).GetMethod("Anonymize", new[] { typeof(PseudonymKey) });

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
    }
}
