using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Serilog.Core;
using Serilog.Events;

namespace PrivacyAnalyzers.Serilog
{
    /// <summary>
    /// Destructures (<c>{@Value}</c>) objects whose type has generated privacy code as their <c>Mask()</c> copy: personal
    /// members masked exactly as <c>Mask()</c> masks them. Other types are left to Serilog, which still brings annotated
    /// objects inside them here. Reflection runs once per type; at log time only compiled delegates are called.
    /// </summary>
    /// <remarks>
    /// Fails closed: when <c>Mask()</c> throws, the value is written as <see cref="Masking.Redacted"/>.
    /// </remarks>
    internal sealed class MaskingDestructuringPolicy : IDestructuringPolicy
    {
        private static readonly ScalarValue NullValue = new(null);

        private readonly ConcurrentDictionary<Type, MaskedType?> types = new();
        private readonly Func<Type, MaskedType?> plan = MaskedType.For;

        // The longest string Serilog's factory has written unshortened for this logger (one policy per configuration).
        private int longestWholeString;

        public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
        {
            if (value is AlreadyMasked masked)
            {
                value = masked.Value;
                var maskedType = types.GetOrAdd(value.GetType(), plan);
                result = maskedType is null ? propertyValueFactory.CreatePropertyValue(value, destructureObjects: true) : Structure(value, maskedType, propertyValueFactory);
                return true;
            }

            var type = types.GetOrAdd(value.GetType(), plan);
            if (type is null)
            {
                result = null;
                return false;
            }

            object? copy;
            try
            {
                copy = type.Mask(value);
            }
#pragma warning disable CA1031 // Whatever Mask() throws, the value must not be written unmasked.
            catch (Exception)
#pragma warning restore CA1031
            {
                result = new ScalarValue(Masking.Redacted);
                return true;
            }

            result = copy is null ? NullValue : Structure(copy, type, propertyValueFactory);
            return true;
        }

        private StructureValue Structure(object copy, MaskedType type, ILogEventPropertyValueFactory factory)
        {
            var properties = type.Properties;
            var values = new LogEventProperty[properties.Length];
            var depth = new DepthCheck();
            for (var i = 0; i < properties.Length; i++)
            {
                var property = properties[i];
                values[i] = new LogEventProperty(property.Name, Read(copy, property, factory, ref depth));
            }

            return new StructureValue(values, type.TypeTag);
        }

        private LogEventPropertyValue Read(object copy, MaskedProperty property, ILogEventPropertyValueFactory factory, ref DepthCheck depth)
        {
            object? value;
            try
            {
                value = property.Read(copy);
            }
#pragma warning disable CA1031 // Serilog's own destructuring writes a failing getter the same way.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return new ScalarValue("The property accessor threw an exception: " + exception.GetType().Name);
            }

            if (value is null)
            {
                return NullValue;
            }

            switch (property.Kind)
            {
                case MaskedPropertyKind.Scalar:
                case MaskedPropertyKind.Text:
                    return Scalar(value, factory, ref depth);
                case MaskedPropertyKind.MaskedObject:
                    return factory.CreatePropertyValue(new AlreadyMasked(value), destructureObjects: true);
                case MaskedPropertyKind.MaskedItems:
                    return factory.CreatePropertyValue(new AlreadyMaskedItems((IEnumerable)value), destructureObjects: true);
                default:
                    return factory.CreatePropertyValue(value, destructureObjects: true);
            }
        }

        // Scalars are written without Serilog's factory where the result is known: past its maximum depth every value is
        // null (the first scalar of a structure goes through the factory to find out), and it shortens strings past its
        // maximum length (a string no longer than one it has already left whole is written directly).
        private LogEventPropertyValue Scalar(object value, ILogEventPropertyValueFactory factory, ref DepthCheck depth)
        {
            if (depth.Known)
            {
                if (depth.TooDeep)
                {
                    return NullValue;
                }

                if (value is not string text || text.Length <= longestWholeString)
                {
                    return new ScalarValue(value);
                }
            }

            var written = factory.CreatePropertyValue(value, destructureObjects: true);
            var tooDeep = written is ScalarValue { Value: null };
            depth = new DepthCheck(known: true, tooDeep);
            if (!tooDeep && value is string whole && written is ScalarValue { Value: string same } && ReferenceEquals(same, whole) && whole.Length > longestWholeString)
            {
                longestWholeString = whole.Length;
            }

            return written;
        }

        // Whether the members of the structure being written are past Serilog's maximum depth, once a scalar has told.
        private readonly struct DepthCheck
        {
            public DepthCheck(bool known, bool tooDeep)
            {
                Known = known;
                TooDeep = tooDeep;
            }

            public bool Known { get; }

            public bool TooDeep { get; }
        }

        // An annotated object inside a masked copy, masked with it: written without masking it a second time, still through
        // Serilog's factory so that its depth limit applies.
        private sealed class AlreadyMasked
        {
            public AlreadyMasked(object value) => Value = value;

            public object Value { get; }
        }

        // The items of a masked collection: Serilog writes it as a sequence (with its collection limit), each item as above.
        private sealed class AlreadyMaskedItems : IEnumerable
        {
            private readonly IEnumerable items;

            public AlreadyMaskedItems(IEnumerable items) => this.items = items;

            public IEnumerator GetEnumerator()
            {
                foreach (var item in items)
                {
                    yield return item is null ? null : new AlreadyMasked(item);
                }
            }
        }
    }
}
