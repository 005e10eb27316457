using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Serilog.Core;
using Serilog.Events;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// A Serilog destructuring policy built the way Destructurama.Attributed builds its own: the properties and their masks
/// (read from the attributes) are found once per type and cached; at log time each property value is read by
/// reflection (<see cref="PropertyInfo.GetValue(object)"/>), masked strings become scalars and everything else goes to
/// Serilog's factory. It masks with the same <see cref="Masking"/> functions as the generated code.
/// </summary>
public sealed class ReflectionDestructuringPolicy : IDestructuringPolicy
{
    private readonly ConcurrentDictionary<Type, Func<object, ILogEventPropertyValueFactory, LogEventPropertyValue>?> cache = new();

    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        var destructure = cache.GetOrAdd(value.GetType(), CreateEntry);
        result = destructure?.Invoke(value, propertyValueFactory);
        return result is not null;
    }

    private static Func<object, ILogEventPropertyValueFactory, LogEventPropertyValue>? CreateEntry(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToList();
        var masks = new Dictionary<PropertyInfo, Func<string, string>>();
        foreach (var property in properties)
        {
            if (ReflectionMasker.MaskOf(property) is { } mask)
            {
                masks.Add(property, mask);
            }
        }

        return masks.Count == 0 ? null : (value, factory) => MakeStructure(value, properties, masks, factory, type);
    }

    private static StructureValue MakeStructure(object value, List<PropertyInfo> properties, Dictionary<PropertyInfo, Func<string, string>> masks, ILogEventPropertyValueFactory factory, Type type)
    {
        var structureProperties = new List<LogEventProperty>();
        foreach (var property in properties)
        {
            var propertyValue = property.GetValue(value);
            structureProperties.Add(masks.TryGetValue(property, out var mask)
                ? new LogEventProperty(property.Name, new ScalarValue(propertyValue is string text ? mask(text) : null))
                : new LogEventProperty(property.Name, factory.CreatePropertyValue(propertyValue, destructureObjects: true)));
        }

        return new StructureValue(structureProperties, type.Name);
    }
}
