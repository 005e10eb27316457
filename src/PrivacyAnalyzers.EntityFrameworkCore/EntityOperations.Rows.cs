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
    /// <summary>The row predicates of an entity: expired, belonging to a subject, under legal hold; and key order.</summary>
    internal sealed partial class EntityOperations<T>
    {
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
