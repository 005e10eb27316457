using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>Builds and combines row predicates so that providers translate them to one WHERE clause.</summary>
    internal static class Predicates
    {
        public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
            => Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

        public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
            => Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

        public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate)
            => Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

        public static Expression<Func<T, bool>> All<T>() => item => true;

        /// <summary>Reads <paramref name="property"/> of <paramref name="item"/>: the CLR member, or <c>EF.Property</c> for a shadow property.</summary>
        public static Expression Access(Expression item, IProperty property)
        {
            if (property.PropertyInfo is { } info)
            {
                return Expression.Property(item, info);
            }

            if (property.FieldInfo is { } field)
            {
                return Expression.Field(item, field);
            }

            var efProperty = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(property.ClrType);
            return Expression.Call(efProperty, item, Expression.Constant(property.Name));
        }

        /// <summary>A value read from a closure, which providers send as a query parameter rather than a literal.</summary>
        public static Expression Parameter(object? value, Type type)
        {
            var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
            return Expression.Property(Expression.Constant(holder), "Value");
        }

        /// <summary><c>item.Property == value</c>, the value converted to the property's type (nullable or not); <c>IS NULL</c> for null.</summary>
        public static Expression<Func<T, bool>> Equals<T>(IProperty property, object? value, bool allowNull = false)
        {
            if (value is null && !allowNull)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var item = Expression.Parameter(typeof(T), "item");
            var access = Access(item, property);
            Expression compared;
            if (value is null)
            {
                compared = Expression.Constant(null, property.ClrType);
            }
            else
            {
                var underlying = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                compared = Parameter(value, underlying);
                if (underlying != property.ClrType)
                {
                    compared = Expression.Convert(compared, property.ClrType);
                }
            }

            return Expression.Lambda<Func<T, bool>>(Expression.Equal(access, compared), item);
        }

        /// <summary><c>values.Contains(item.Property)</c>: one IN / ANY over a parameter.</summary>
        public static Expression<Func<T, bool>> In<T>(IProperty property, IEnumerable<object> values)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(property.ClrType))!;
            foreach (var value in values)
            {
                list.Add(value);
            }

            var item = Expression.Parameter(typeof(T), "item");
            var contains = typeof(Enumerable).GetMethods()
                .Single(method => method.Name == nameof(Enumerable.Contains) && method.GetParameters().Length == 2)
                .MakeGenericMethod(property.ClrType);
            var body = Expression.Call(contains, Parameter(list, typeof(List<>).MakeGenericType(property.ClrType)), Access(item, property));
            return Expression.Lambda<Func<T, bool>>(body, item);
        }

        /// <summary><c>item.Property.StartsWith(prefix)</c> for a string property.</summary>
        public static Expression<Func<T, bool>> StartsWith<T>(IProperty property, string prefix)
        {
            var item = Expression.Parameter(typeof(T), "item");
            var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), new[] { typeof(string) })!;
            return Expression.Lambda<Func<T, bool>>(Expression.Call(Access(item, property), startsWith, Parameter(prefix, typeof(string))), item);
        }

        private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter)
            => new Rebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

        private sealed class Rebinder : ExpressionVisitor
        {
            private readonly ParameterExpression _from;
            private readonly ParameterExpression _to;

            public Rebinder(ParameterExpression from, ParameterExpression to)
            {
                _from = from;
                _to = to;
            }

            protected override Expression VisitParameter(ParameterExpression node) => node == _from ? _to : node;
        }

        private sealed class Holder<TValue>
        {
            public Holder(TValue value) => Value = value;

            public TValue Value { get; }
        }
    }
}
