using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// What attribute-driven reflection maskers (Destructurama.Attributed style) do, made as fast as such a masker
/// reasonably gets: everything reflection finds (properties, their mask style from [Mask] or the category, a
/// MemberwiseClone delegate) is found once per type and cached; per call it only reads and writes through
/// PropertyInfo and masks with the same <see cref="Masking"/> functions as the generated code.
/// </summary>
public static class ReflectionMasker
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!
            .CreateDelegate<Func<object, object>>();

    /// <summary>A shallow copy with every string property marked [PersonalInfo] masked.</summary>
    public static T Mask<T>(T source)
        where T : class
    {
        var copy = ShallowCopy(source);
        foreach (var property in ShapeOf(typeof(T)).Properties)
        {
            if (property.Mask is not null && property.Info.GetValue(source) is string text)
            {
                property.Info.SetValue(copy, property.Mask(text));
            }
        }

        return (T)copy;
    }

    /// <summary><c>TypeName { A = 1, Mobile = 138****5678 }</c>, as the generated ToString prints.</summary>
    public static string Print(object source)
    {
        var builder = new StringBuilder(source.GetType().Name).Append(" { ");
        var first = true;
        foreach (var property in ShapeOf(source.GetType()).Properties)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            var value = property.Info.GetValue(source);
            builder.Append(property.Info.Name).Append(" = ");
            builder.Append(property.Mask is not null && value is string text ? property.Mask(text) : value);
        }

        return builder.Append(" }").ToString();
    }

    private static TypeShape ShapeOf(Type type) => Shapes.GetOrAdd(type, static t => new TypeShape(
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => new CachedProperty(p, MaskOf(p)))
            .ToArray()));

    /// <summary>The mask of a [PersonalInfo] property ([Mask] or the category default), or null for other properties.</summary>
    internal static Func<string, string>? MaskOf(PropertyInfo property)
    {
        var personal = property.GetCustomAttribute<PersonalInfoAttribute>();
        if (personal is null)
        {
            return null;
        }

        var mask = property.GetCustomAttribute<MaskAttribute>();
        if (mask?.Style == MaskStyle.Custom)
        {
            return text => Masking.Keep(text, mask.KeepFirst, mask.KeepLast, mask.MaskChar);
        }

        // The category's default style, resolved once (the runtime's rule table is internal; the code model shares it).
        var style = mask is null || mask.Style == MaskStyle.Default
            ? (MaskStyle)(int)CodeModel.CategoryRules.DefaultMaskStyle(personal.Category)
            : mask.Style;
        return text => Masking.Mask(text, style);
    }

    private sealed record CachedProperty(PropertyInfo Info, Func<string, string>? Mask);

    private sealed record TypeShape(CachedProperty[] Properties);
}
