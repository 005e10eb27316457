using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Display desensitization primitives used by generated <c>Mask()</c> and <c>ToString()</c>.</summary>
    /// <remarks>
    /// All methods work on text elements (user-perceived characters), so CJK text and surrogate pairs are never split;
    /// a hidden element becomes one mask character whatever its length in chars.
    /// They fail closed: a value too short to keep anything is fully masked, and a fully masked value is always
    /// <see cref="Redacted"/>, which does not reveal the length. <c>null</c> stays <c>null</c>, empty stays empty.
    /// Each returns a single newly allocated string (or the <see cref="Redacted"/> constant).
    /// </remarks>
    public static class Masking
    {
        /// <summary>The fixed-width text of a fully redacted value.</summary>
        public const string Redacted = "***";

#if !NET8_0_OR_GREATER
        private const int StackCharLimit = 256;
#endif

        /// <summary>Masks <paramref name="value"/> with a named style (<see cref="MaskStyle.Default"/> means <see cref="MaskStyle.Full"/> here).</summary>
        /// <remarks>
        /// <see cref="MaskStyle.Custom"/> carries no counts here, so it is <see cref="MaskStyle.Full"/>; use <see cref="Keep"/>.
        /// <see cref="MaskStyle.None"/> returns the value unchanged. An undefined style is <see cref="MaskStyle.Full"/>.
        /// </remarks>
        [return: NotNullIfNotNull("value")]
        public static string? Mask(string? value, MaskStyle style)
        {
            switch (style)
            {
                case MaskStyle.None: return value;
                case MaskStyle.MobilePhone: return MobilePhone(value);
                case MaskStyle.Email: return Email(value);
                case MaskStyle.ChineseName: return ChineseName(value);
                case MaskStyle.NationalId: return NationalId(value);
                case MaskStyle.BankCard: return BankCard(value);
                case MaskStyle.IPv4: return IPv4(value);
                case MaskStyle.OrderNumber: return OrderNumber(value);
                default: return Full(value);
            }
        }

        /// <summary>Masks <paramref name="value"/> with the default style of <paramref name="category"/>.</summary>
        /// <remarks>Categories without a default style (and a <c>null</c> category) are fully redacted.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? MaskForCategory(string? value, string category)
        {
            var style = category is null ? MaskStyle.Full : CategoryRules.DefaultMaskStyle(category);
            return Mask(value, style);
        }

        /// <summary>Keeps the first <paramref name="keepFirst"/> and last <paramref name="keepLast"/> text elements, replacing each other one with <paramref name="maskChar"/>.</summary>
        /// <remarks>
        /// When <paramref name="keepFirst"/> + <paramref name="keepLast"/> covers every element, or either count is negative,
        /// nothing can be kept safely and the result is <see cref="Redacted"/>.
        /// </remarks>
        [return: NotNullIfNotNull("value")]
        public static string? Keep(string? value, int keepFirst, int keepLast, char maskChar = '*')
        {
            if (value is null || value.Length == 0)
            {
                return value;
            }

            if (keepFirst < 0 || keepLast < 0)
            {
                return Redacted;
            }

            var count = TextElements.Measure(value, keepFirst, keepLast, out var prefixEnd, out var suffixStart);
            if ((long)keepFirst + keepLast >= count)
            {
                return Redacted;
            }

            return Compose(value, prefixEnd, count - keepFirst - keepLast, suffixStart, maskChar);
        }

        /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
        /// <remarks>The first 3 and last 4 text elements are kept (full-width digits too); fewer than 8 elements → <see cref="Redacted"/>.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? MobilePhone(string? value, char maskChar = '*') => Keep(value, 3, 4, maskChar);

        /// <summary><c>alice@example.com</c> → <c>a***@example.com</c>.</summary>
        /// <remarks>
        /// The last <c>@</c> separates the local part from the domain. The domain is kept; the local part becomes its first
        /// text element followed by a fixed-width mask of three <paramref name="maskChar"/>, so its length is hidden.
        /// A one-element local part is not kept at all (<c>a@example.com</c> → <c>***@example.com</c>).
        /// Without an <c>@</c>, or with an empty local part or domain, the value is <see cref="Redacted"/>.
        /// </remarks>
        [return: NotNullIfNotNull("value")]
        public static string? Email(string? value, char maskChar = '*')
        {
            if (value is null || value.Length == 0)
            {
                return value;
            }

            var at = value.LastIndexOf('@');
            if (at <= 0 || at == value.Length - 1)
            {
                return Redacted;
            }

            var firstLength = TextElements.FirstLength(value, at);
            var keptLength = firstLength < at ? firstLength : 0;
            return Compose(value, keptLength, Redacted.Length, at, maskChar);
        }

        /// <summary><c>张三</c> → <c>张*</c>, <c>Alice</c> → <c>A****</c>.</summary>
        /// <remarks>The first text element is kept, one <paramref name="maskChar"/> per other element; a one-element name → <see cref="Redacted"/>.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? ChineseName(string? value, char maskChar = '*') => Keep(value, 1, 0, maskChar);

        /// <summary>At most the first 3 and last 4 characters: <c>110101199003071234</c> → <c>110***********1234</c>.</summary>
        /// <remarks>
        /// At most half of the text elements are shown, and never more than 7: with <c>n</c> elements,
        /// <c>shown = min(7, n / 2)</c>, of which the first <c>shown / 2</c> and the last <c>shown - shown / 2</c> are kept.
        /// So 18- and 15-element IDs keep 3 + 4, a 9-element passport number keeps 2 + 2 (<c>E1*****78</c>).
        /// Fewer than 4 elements → <see cref="Redacted"/>, since a single kept element of so short a value reveals too much.
        /// </remarks>
        [return: NotNullIfNotNull("value")]
        public static string? NationalId(string? value, char maskChar = '*')
        {
            if (value is null || value.Length == 0)
            {
                return value;
            }

            var eachCharIsAnElement = TextElements.EachCharIsAnElement(value);
            var count = eachCharIsAnElement ? value.Length : TextElements.Count(value, 0, out _);
            var shown = Math.Min(7, count / 2);
            if (shown < 2)
            {
                return Redacted;
            }

            var keepFirst = shown / 2;
            var keepLast = shown - keepFirst;
            return eachCharIsAnElement
                ? Compose(value, keepFirst, count - shown, count - keepLast, maskChar)
                : Keep(value, keepFirst, keepLast, maskChar);
        }

        /// <summary>Last 4 digits kept: <c>6222021234567890</c> → <c>************7890</c>.</summary>
        /// <remarks>Only values of at least 8 text elements keep anything; shorter ones → <see cref="Redacted"/>.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? BankCard(string? value, char maskChar = '*') => KeepLastFour(value, maskChar);

        /// <summary><c>192.168.1.23</c> → <c>192.168.1.*</c>; anything that is not IPv4 is fully redacted.</summary>
        /// <remarks>Only strict dotted-decimal IPv4 qualifies: four ASCII decimal octets 0–255 without leading zeros, signs, spaces or anything around them.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? IPv4(string? value, char maskChar = '*')
        {
            if (value is null || value.Length == 0)
            {
                return value;
            }

            if (!Ipv4Text.TryGetNetworkPrefixLength(value, out var prefixLength))
            {
                return Redacted;
            }

            return Compose(value, prefixLength, 1, value.Length, maskChar);
        }

        /// <summary>Last 4 characters kept: <c>SO202311250001</c> → <c>**********0001</c>.</summary>
        /// <remarks>Only values of at least 8 text elements keep anything; shorter ones → <see cref="Redacted"/>.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? OrderNumber(string? value, char maskChar = '*') => KeepLastFour(value, maskChar);

        /// <summary>Fully redacted: <see cref="Redacted"/> whatever the length.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? Full(string? value) => value is null || value.Length == 0 ? value : Redacted;

        // Keeping the last 4 of fewer than 8 elements would show at least as much as it hides.
        private static string? KeepLastFour(string? value, char maskChar)
        {
            if (value is null || value.Length == 0)
            {
                return value;
            }

            var count = TextElements.Measure(value, 0, 4, out _, out var suffixStart);
            return count < 8 ? Redacted : Compose(value, 0, count - 4, suffixStart, maskChar);
        }

        // value[0..prefixEnd) + maskCount × maskChar + value[suffixStart..], in one allocation.
        private static string Compose(string value, int prefixEnd, int maskCount, int suffixStart, char maskChar)
        {
            // A surrogate or control character would make the masked text invalid or invisible: fall back to '*'.
            if (char.IsSurrogate(maskChar) || char.IsControl(maskChar))
            {
                maskChar = '*';
            }

            var length = prefixEnd + maskCount + (value.Length - suffixStart);
#if NET8_0_OR_GREATER
            return string.Create(length, (value, prefixEnd, maskCount, suffixStart, maskChar), static (span, state) =>
                Write(span, state.value, state.prefixEnd, state.maskCount, state.suffixStart, state.maskChar));
#else
            // No string.Create here: compose on the stack and copy once into the string, so the string is the one allocation.
            var chars = length <= StackCharLimit ? stackalloc char[length] : new char[length];
            Write(chars, value, prefixEnd, maskCount, suffixStart, maskChar);
            return chars.ToString();
#endif
        }

        private static void Write(Span<char> destination, string value, int prefixEnd, int maskCount, int suffixStart, char maskChar)
        {
            value.AsSpan(0, prefixEnd).CopyTo(destination);
            destination.Slice(prefixEnd, maskCount).Fill(maskChar);
            value.AsSpan(suffixStart).CopyTo(destination.Slice(prefixEnd + maskCount));
        }
    }
}
