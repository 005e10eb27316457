using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Collection helpers for generated code and for callers that mask or anonymize many items at once.</summary>
    /// <remarks>The item type may be a nullable reference type (<c>List&lt;Order?&gt;</c>): <c>null</c> items are copied as <c>null</c>.</remarks>
    public static class PrivacyCollections
    {
        /// <summary>A new list of masked copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static List<T>? MaskToList<T>(IEnumerable<T>? items) where T : IMaskable<T>?
        {
            if (items is null)
            {
                return null;
            }

            var result = NewList<T, T>(items);
            foreach (var item in items)
            {
                result.Add(MaskItem(item));
            }

            return result;
        }

        /// <summary>A new array of masked copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static T[]? MaskToArray<T>(T[]? items) where T : IMaskable<T>?
        {
            if (items is null)
            {
                return null;
            }

            var result = new T[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                result[i] = MaskItem(items[i]);
            }

            return result;
        }

        /// <summary>A new list of anonymized copies; <c>null</c> items stay <c>null</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        [return: NotNullIfNotNull("items")]
        public static List<T>? AnonymizeToList<T>(IEnumerable<T>? items, PseudonymKey key) where T : IAnonymizable<T>?
        {
            ThrowIfNull(key);
            if (items is null)
            {
                return null;
            }

            var result = NewList<T, T>(items);
            foreach (var item in items)
            {
                result.Add(AnonymizeItem(item, key));
            }

            return result;
        }

        /// <summary>A new array of anonymized copies; <c>null</c> items stay <c>null</c>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        [return: NotNullIfNotNull("items")]
        public static T[]? AnonymizeToArray<T>(T[]? items, PseudonymKey key) where T : IAnonymizable<T>?
        {
            ThrowIfNull(key);
            if (items is null)
            {
                return null;
            }

            var result = new T[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                result[i] = AnonymizeItem(items[i], key);
            }

            return result;
        }

        /// <summary>A new list of masked strings.</summary>
        /// <remarks>Each item is masked with <see cref="Masking.Mask(string, MaskStyle)"/>; <c>null</c> items stay <c>null</c>.</remarks>
        [return: NotNullIfNotNull("items")]
        public static List<string?>? MaskStrings(IEnumerable<string?>? items, MaskStyle style)
        {
            if (items is null)
            {
                return null;
            }

            var result = NewList<string?, string?>(items);
            foreach (var item in items)
            {
                result.Add(Masking.Mask(item, style));
            }

            return result;
        }

        private static T MaskItem<T>(T item) where T : IMaskable<T>? => item is null ? item : item.Mask();

        private static T AnonymizeItem<T>(T item, PseudonymKey key) where T : IAnonymizable<T>? => item is null ? item : item.Anonymize(key);

        private static List<TResult> NewList<TSource, TResult>(IEnumerable<TSource> items)
            => items is ICollection<TSource> collection ? new List<TResult>(collection.Count) : new List<TResult>();

        private static void ThrowIfNull(PseudonymKey key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }
        }
    }
}
