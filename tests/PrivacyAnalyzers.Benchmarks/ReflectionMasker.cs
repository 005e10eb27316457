using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// What attribute-driven reflection maskers (Destructurama.Attributed style) do: find annotated properties by
/// reflection (cached per type, as they cache), read and write values through PropertyInfo.
/// </summary>
public static class ReflectionMasker
{
    private sealed record MaskedProperty(PropertyInfo Property, string? Category);

    private static readonly ConcurrentDictionary<Type, MaskedProperty[]> Cache = new();

    public static T Mask<T>(T source)
        where T : class, new()
    {
        var copy = new T();
        foreach (var entry in PropertiesOf(typeof(T)))
        {
            var value = entry.Property.GetValue(source);
            if (entry.Category is not null && value is string text)
            {
                value = Masking.MaskForCategory(text, entry.Category);
            }

            entry.Property.SetValue(copy, value);
        }

        return copy;
    }

    public static string Print(object source)
    {
        var type = source.GetType();
        var builder = new StringBuilder(type.Name).Append(" { ");
        var first = true;
        foreach (var entry in PropertiesOf(type))
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            var value = entry.Property.GetValue(source);
            builder.Append(entry.Property.Name).Append(" = ");
            builder.Append(entry.Category is not null && value is string text ? Masking.MaskForCategory(text, entry.Category) : value);
        }

        return builder.Append(" }").ToString();
    }

    private static MaskedProperty[] PropertiesOf(Type type) => Cache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => new MaskedProperty(p, p.GetCustomAttribute<PersonalInfoAttribute>()?.Category))
            .ToArray());
}
