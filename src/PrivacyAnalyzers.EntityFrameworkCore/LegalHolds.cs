using System;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>
    /// Data whose expiry and erasure are suspended, e.g. during a dispute, complaint, lawsuit, arbitration or investigation
    /// (a cancellation in such a case is stopped). Load it from where your case records live before each run.
    /// </summary>
    /// <remarks>
    /// A held subject's rows are left out of the purge in every entity type that can find the subject (a [DataSubjectId]
    /// member, or a foreign key to the principal whose key is one), and its erasure changes nothing and says why.
    /// Held rows are left out of the purge and of every erasure.
    /// </remarks>
    public sealed class LegalHolds
    {
        private readonly Dictionary<object, string> _subjects = new Dictionary<object, string>();
        private readonly Dictionary<Type, List<(LambdaExpression Rows, string Reason)>> _rows = new Dictionary<Type, List<(LambdaExpression, string)>>();

        /// <summary>Suspends expiry and erasure of everything that belongs to <paramref name="subjectId"/>.</summary>
        /// <param name="subjectId">The value of the subject's [DataSubjectId] member (same type).</param>
        /// <param name="reason">Why, e.g. <c>"Complaint 2026-118"</c>; shown in erasure results. Keep personal data out of it.</param>
        public LegalHolds HoldSubject(object subjectId, string reason)
        {
            if (subjectId is null)
            {
                throw new ArgumentNullException(nameof(subjectId));
            }

            _subjects[subjectId] = RequireReason(reason);
            return this;
        }

        /// <summary>Suspends expiry and erasure of the rows of <typeparamref name="TEntity"/> that match <paramref name="rows"/>.</summary>
        public LegalHolds HoldRows<TEntity>(Expression<Func<TEntity, bool>> rows, string reason)
            where TEntity : class
        {
            if (rows is null)
            {
                throw new ArgumentNullException(nameof(rows));
            }

            if (!_rows.TryGetValue(typeof(TEntity), out var list))
            {
                list = new List<(LambdaExpression, string)>();
                _rows.Add(typeof(TEntity), list);
            }

            list.Add((rows, RequireReason(reason)));
            return this;
        }

        /// <summary>The reason <paramref name="subjectId"/> is held, or <c>null</c>.</summary>
        public string? ReasonFor(object subjectId) => subjectId is not null && _subjects.TryGetValue(subjectId, out var reason) ? reason : null;

        internal IEnumerable<object> Subjects => _subjects.Keys;

        internal IReadOnlyList<(LambdaExpression Rows, string Reason)> RowsOf(Type entity)
            => _rows.TryGetValue(entity, out var list) ? list : Array.Empty<(LambdaExpression, string)>();

        private static string RequireReason(string reason)
            => string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A legal hold needs a reason.", nameof(reason)) : reason;
    }
}
