using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Serilog
{
    /// <summary>
    /// What destructuring needs of a type with generated privacy code, found once by reflection: a compiled call to its
    /// <c>Mask()</c> and compiled readers of the properties Serilog shows.
    /// </summary>
    internal sealed class MaskedType
    {
        private MaskedType(string typeTag, Func<object, object?> mask, MaskedProperty[] properties)
        {
            TypeTag = typeTag;
            Mask = mask;
            Properties = properties;
        }

        /// <summary>The structure's type tag, as Serilog writes it (the type's name).</summary>
        public string TypeTag { get; }

        /// <summary>Calls the generated <c>Mask()</c> through <see cref="IMaskable{T}"/>.</summary>
        public Func<object, object?> Mask { get; }

        /// <summary>The public readable instance properties, most derived first, as Serilog's own destructuring lists them.</summary>
        public MaskedProperty[] Properties { get; }

        /// <summary>The plan for <paramref name="type"/>, or <c>null</c> when it has no generated <c>Mask()</c>.</summary>
        public static MaskedType? For(Type type)
        {
            var maskable = MaskableInterface(type);
            if (maskable is null)
            {
                return null;
            }

            var instance = Expression.Parameter(typeof(object), "value");
            var mask = Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Call(Expression.Convert(instance, maskable), maskable.GetMethod(nameof(IMaskable<object>.Mask))!), typeof(object)),
                instance).Compile();
            var properties = VisibleProperties(type)
                .Select(property => new MaskedProperty(property.Name, Getter(type, property), KindOf(property)))
                .ToArray();
            return new MaskedType(type.Name, mask, properties);
        }

        /// <summary>True when <paramref name="type"/> (or the type a nullable wraps) has a generated <c>Mask()</c>.</summary>
        public static bool IsMaskable(Type type) => MaskableInterface(Nullable.GetUnderlyingType(type) ?? type) is not null;

        // IMaskable<T> of the type itself, else of its nearest base (a derived type's Mask() goes through the same virtual copy).
        private static Type? MaskableInterface(Type type)
        {
            Type? best = null;
            foreach (var candidate in type.GetInterfaces())
            {
                if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IMaskable<>))
                {
                    var masked = candidate.GetGenericArguments()[0];
                    if (masked == type)
                    {
                        return candidate;
                    }

                    if (masked.IsAssignableFrom(type) && (best is null || best.GetGenericArguments()[0].IsAssignableFrom(masked)))
                    {
                        best = candidate;
                    }
                }
            }

            return best;
        }

        // Serilog's rule (public instance getters, the most derived of a name), without indexers.
        private static IEnumerable<PropertyInfo> VisibleProperties(Type type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (var property in current.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (property.GetMethod is { IsPublic: true, IsStatic: false } && property.GetIndexParameters().Length == 0 && seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }

        private static Func<object, object?> Getter(Type type, PropertyInfo property)
        {
            var instance = Expression.Parameter(typeof(object), "value");
            return Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object)),
                instance).Compile();
        }

        // A stored member of an annotated type (or a collection of them) was masked by the parent's Mask() with the copy;
        // a computed one may read anything, so it is masked again when it is destructured.
        private static MaskedPropertyKind KindOf(PropertyInfo property)
        {
            if (property.PropertyType == typeof(string))
            {
                return MaskedPropertyKind.Text;
            }

            if (IsScalar(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType))
            {
                return MaskedPropertyKind.Scalar;
            }

            var stored = property.CanWrite || property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)?.IsDefined(typeof(CompilerGeneratedAttribute)) == true;
            if (!stored)
            {
                return MaskedPropertyKind.Plain;
            }

            var type = property.PropertyType;
            if (IsMaskable(type))
            {
                return MaskedPropertyKind.MaskedObject;
            }

            return ElementType(type) is { } element && IsMaskable(element)
                ? MaskedPropertyKind.MaskedItems
                : MaskedPropertyKind.Plain;
        }

        // Types Serilog always writes as they are (its built-in scalars), whatever the configuration.
        private static bool IsScalar(Type type) =>
            (type.IsPrimitive && type != typeof(IntPtr) && type != typeof(UIntPtr)) || type.IsEnum || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(Guid);

        private static Type? ElementType(Type type)
        {
            if (type.IsArray)
            {
                return type.GetElementType();
            }

            if (!typeof(IEnumerable).IsAssignableFrom(type))
            {
                return null;
            }

            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0];
        }
    }

    /// <summary>How a property of a masked copy is destructured.</summary>
    internal enum MaskedPropertyKind
    {
        /// <summary>Through Serilog, which applies the masking policy again to any annotated object it finds.</summary>
        Plain,

        /// <summary>A built-in scalar (number, enum, date, GUID, ...), written as it is, as Serilog writes it.</summary>
        Scalar,

        /// <summary>A string: written as it is when Serilog would not shorten it (see <c>ToMaximumStringLength</c>).</summary>
        Text,

        /// <summary>An annotated object the parent's <c>Mask()</c> masked already.</summary>
        MaskedObject,

        /// <summary>A collection of annotated objects the parent's <c>Mask()</c> masked already.</summary>
        MaskedItems,
    }

    /// <summary>A property of a masked copy: its name, a compiled reader and how its value is destructured.</summary>
    internal sealed class MaskedProperty
    {
        public MaskedProperty(string name, Func<object, object?> read, MaskedPropertyKind kind)
        {
            Name = name;
            Read = read;
            Kind = kind;
        }

        public string Name { get; }

        public Func<object, object?> Read { get; }

        public MaskedPropertyKind Kind { get; }
    }
}
