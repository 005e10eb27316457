using System;
using System.Collections.Concurrent;
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
    /// <summary>
    /// <c>ExecuteDeleteAsync</c> and <c>ExecuteUpdateAsync</c> on every EF Core from 8 on, which this package is compiled
    /// against: EF Core 10 moved both from <c>RelationalQueryableExtensions</c> to <c>EntityFrameworkQueryableExtensions</c>,
    /// and takes the setters as an action on <c>UpdateSettersBuilder</c> where EF Core 8 and 9 take an expression over
    /// <c>SetPropertyCalls</c>. The methods are found once, by shape.
    /// </summary>
    internal static class SetBasedStatements
    {
        private static readonly MethodInfo ExecuteDelete = Find(
            nameof(RelationalQueryableExtensions.ExecuteDeleteAsync),
            parameters => parameters.Length == 2);

        private static readonly MethodInfo ExecuteUpdate = Find(
            nameof(RelationalQueryableExtensions.ExecuteUpdateAsync),
            parameters => parameters.Length == 3
                && (parameters[1].ParameterType.GetGenericTypeDefinition() == typeof(Action<>)
                    || parameters[1].ParameterType.GetGenericTypeDefinition() == typeof(Expression<>)));

        /// <summary>One DELETE statement for the rows of <paramref name="rows"/>.</summary>
        public static Task<int> DeleteAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken)
            where T : class
            => (Task<int>)ExecuteDelete.MakeGenericMethod(typeof(T)).Invoke(null, new object[] { rows, cancellationToken })!;

        private static MethodInfo Find(string name, Func<ParameterInfo[], bool> shape)
            => new[] { typeof(RelationalQueryableExtensions), typeof(EntityFrameworkQueryableExtensions) }
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .First(method => method.Name == name && shape(method.GetParameters()));

        private static readonly bool TakesAction = ExecuteUpdate.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Action<>);

        /// <summary>One UPDATE statement setting each property to its constant value on the rows of <paramref name="rows"/>.</summary>
        public static Task<int> ExecuteAsync<T>(IQueryable<T> rows, IReadOnlyList<(IProperty Property, object? Value)> setters, CancellationToken cancellationToken)
            where T : class
        {
            var method = ExecuteUpdate.MakeGenericMethod(typeof(T));
            var setterType = method.GetParameters()[1].ParameterType;
            object argument = TakesAction ? BuilderAction<T>(setterType, setters) : CallChain<T>(setterType, setters);
            return (Task<int>)method.Invoke(null, new[] { rows, argument, cancellationToken })!;
        }

        private static readonly ConcurrentDictionary<string, object> Actions = new ConcurrentDictionary<string, object>();

        /// <summary>EF Core 10: <c>builder => { builder.SetProperty(item => item.A, a); ... }</c>, compiled once per type and setters.</summary>
        private static object BuilderAction<T>(Type actionType, IReadOnlyList<(IProperty Property, object? Value)> setters)
            => Actions.GetOrAdd(
                typeof(T).FullName + ":" + string.Join(",", setters.Select(setter => setter.Property.Name + "=" + setter.Value)),
                _ => CompileBuilderAction<T>(actionType, setters));

        private static object CompileBuilderAction<T>(Type actionType, IReadOnlyList<(IProperty Property, object? Value)> setters)
        {
            var builderType = actionType.GetGenericArguments()[0];
            var builder = Expression.Parameter(builderType, "builder");
            var calls = new List<Expression>();
            foreach (var (property, value) in setters)
            {
                var setProperty = SetPropertyWithValue(builderType).MakeGenericMethod(property.ClrType);
                calls.Add(Expression.Call(builder, setProperty, Expression.Quote(Selector<T>(property)), Expression.Constant(value, property.ClrType)));
            }

            return Expression.Lambda(actionType, Expression.Block(calls), builder).Compile();
        }

        /// <summary>EF Core 8 and 9: <c>calls => calls.SetProperty(item => item.A, a).SetProperty(...)</c>.</summary>
        private static object CallChain<T>(Type expressionType, IReadOnlyList<(IProperty Property, object? Value)> setters)
        {
            var funcType = expressionType.GetGenericArguments()[0];
            var callsType = funcType.GetGenericArguments()[0];
            var calls = Expression.Parameter(callsType, "calls");
            Expression body = calls;
            foreach (var (property, value) in setters)
            {
                var setProperty = SetPropertyWithValue(callsType).MakeGenericMethod(property.ClrType);
                body = Expression.Call(body, setProperty, Selector<T>(property), Expression.Constant(value, property.ClrType));
            }

            return Expression.Lambda(funcType, body, calls);
        }

        /// <summary>The <c>SetProperty&lt;TProperty&gt;(selector, TProperty value)</c> overload (not the one taking a value expression).</summary>
        private static MethodInfo SetPropertyWithValue(Type settersType)
            => settersType.GetMethods().Single(method => method.Name == "SetProperty" && method.GetParameters()[1].ParameterType.IsGenericParameter);

        private static LambdaExpression Selector<T>(IProperty property)
        {
            var item = Expression.Parameter(typeof(T), "item");
            return Expression.Lambda(Predicates.Access(item, property), item);
        }
    }
}
