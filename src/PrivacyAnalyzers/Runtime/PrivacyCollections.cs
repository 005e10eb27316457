using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Collection helpers for generated code and for callers that mask or anonymize many items at once.</summary>
    public static class PrivacyCollections
    {
        /// <summary>A new list of masked copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static List<T>? MaskToList<T>(IEnumerable<T>? items) where T : IMaskable<T> => throw new NotImplementedException();

        /// <summary>A new array of masked copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static T[]? MaskToArray<T>(T[]? items) where T : IMaskable<T> => throw new NotImplementedException();

        /// <summary>A new list of anonymized copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static List<T>? AnonymizeToList<T>(IEnumerable<T>? items, PseudonymKey key) where T : IAnonymizable<T> => throw new NotImplementedException();

        /// <summary>A new array of anonymized copies; <c>null</c> items stay <c>null</c>.</summary>
        [return: NotNullIfNotNull("items")]
        public static T[]? AnonymizeToArray<T>(T[]? items, PseudonymKey key) where T : IAnonymizable<T> => throw new NotImplementedException();

        /// <summary>A new list of masked strings.</summary>
        [return: NotNullIfNotNull("items")]
        public static List<string?>? MaskStrings(IEnumerable<string?>? items, MaskStyle style) => throw new NotImplementedException();
    }
}
