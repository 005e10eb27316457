using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>An immutable array compared by its items, so that pipeline steps holding it stay cached when nothing changed.</summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(ImmutableArray<T>.Empty);

        private readonly T[]? _items;

        public EquatableArray(ImmutableArray<T> items)
        {
            _items = items.IsDefaultOrEmpty ? null : System.Linq.ImmutableArrayExtensions.ToArray(items);
        }

        public EquatableArray(IEnumerable<T> items)
        {
            var array = new List<T>(items).ToArray();
            _items = array.Length == 0 ? null : array;
        }

        public int Count => _items?.Length ?? 0;

        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        public bool Equals(EquatableArray<T> other)
        {
            var left = _items ?? Array.Empty<T>();
            var right = other._items ?? Array.Empty<T>();
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>())
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }
}
