using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Display desensitization primitives used by generated <c>Mask()</c> and <c>ToString()</c>.</summary>
    /// <remarks>
    /// All methods work on text elements (user-perceived characters), so CJK text and surrogate pairs are never split.
    /// They fail closed: a value too short to keep anything is fully masked. <c>null</c> stays <c>null</c>, empty stays empty.
    /// Each returns a single newly allocated string.
    /// </remarks>
    public static class Masking
    {
        /// <summary>The fixed-width text of a fully redacted value.</summary>
        public const string Redacted = "***";

        /// <summary>Masks <paramref name="value"/> with a named style (<see cref="MaskStyle.Default"/> means <see cref="MaskStyle.Full"/> here).</summary>
        [return: NotNullIfNotNull("value")]
        public static string? Mask(string? value, MaskStyle style) => throw new NotImplementedException();

        /// <summary>Masks <paramref name="value"/> with the default style of <paramref name="category"/>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? MaskForCategory(string? value, string category) => throw new NotImplementedException();

        /// <summary>Keeps the first <paramref name="keepFirst"/> and last <paramref name="keepLast"/> text elements, replacing each other one with <paramref name="maskChar"/>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? Keep(string? value, int keepFirst, int keepLast, char maskChar = '*') => throw new NotImplementedException();

        /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? MobilePhone(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary><c>alice@example.com</c> → <c>a***@example.com</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? Email(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary><c>张三</c> → <c>张*</c>, <c>Alice</c> → <c>A****</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? ChineseName(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary>At most the first 3 and last 4 characters: <c>110101199003071234</c> → <c>110***********1234</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? NationalId(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary>Last 4 digits kept: <c>6222021234567890</c> → <c>************7890</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? BankCard(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary><c>192.168.1.23</c> → <c>192.168.1.*</c>; anything that is not IPv4 is fully redacted.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? IPv4(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary>Last 4 characters kept: <c>SO202311250001</c> → <c>**********0001</c>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? OrderNumber(string? value, char maskChar = '*') => throw new NotImplementedException();

        /// <summary>Fully redacted: <see cref="Redacted"/> whatever the length.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? Full(string? value) => throw new NotImplementedException();
    }
}
