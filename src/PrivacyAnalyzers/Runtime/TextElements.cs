using System;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace PrivacyAnalyzers
{
    /// <summary>Text-element (user-perceived character) positions, so masks never split a surrogate pair or a combining sequence.</summary>
    /// <remarks>
    /// Values made only of chars that are text elements by themselves (<see cref="EachCharIsAnElement"/>), which is
    /// nearly every phone number, ID, card and order number, are measured by their length without walking elements.
    /// </remarks>
    internal static class TextElements
    {
#if NET8_0_OR_GREATER
        // Every ASCII char but CR, which joins a following LF into one element.
        private static readonly SearchValues<char> SingleElementAscii = SearchValues.Create(SingleElementAsciiChars());
#endif

        /// <summary>
        /// True when every char of <paramref name="value"/> is a text element by itself, so char offsets are element offsets:
        /// ASCII other than CR (CR LF is one element) and CJK unified ideographs (U+3400–U+4DBF, U+4E00–U+9FFF).
        /// </summary>
        /// <remarks>
        /// None of these chars is a surrogate, a combining mark, a joiner, a prepended char, a regional indicator or a Hangul
        /// jamo, so no grapheme rule (nor the older combining-mark rule of .NET Framework) joins one to a neighbour.
        /// </remarks>
        public static bool EachCharIsAnElement(string value)
        {
#if NET8_0_OR_GREATER
            var index = value.AsSpan().IndexOfAnyExcept(SingleElementAscii);
            if (index < 0)
            {
                return true;
            }
#else
            var index = 0;
#endif
            for (; index < value.Length; index++)
            {
                if (!IsElementByItself(value[index]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Counts the text elements of <paramref name="value"/> and finds where the kept prefix ends and the kept suffix starts.
        /// The offsets are only meaningful when <paramref name="keepFirst"/> + <paramref name="keepLast"/> is below the count.
        /// </summary>
        /// <param name="value">The text, not null.</param>
        /// <param name="keepFirst">Leading elements to keep; not negative.</param>
        /// <param name="keepLast">Trailing elements to keep; not negative.</param>
        /// <param name="prefixEnd">The char offset just after the first <paramref name="keepFirst"/> elements.</param>
        /// <param name="suffixStart">The char offset of the first of the last <paramref name="keepLast"/> elements.</param>
        /// <returns>The number of text elements.</returns>
        public static int Measure(string value, int keepFirst, int keepLast, out int prefixEnd, out int suffixStart)
        {
            if (EachCharIsAnElement(value))
            {
                var length = value.Length;
                prefixEnd = Math.Min(keepFirst, length);
                suffixStart = (long)keepFirst + keepLast < length ? length - keepLast : length;
                return length;
            }

            var count = Count(value, keepFirst, out prefixEnd);
            suffixStart = value.Length;
            if ((long)keepFirst + keepLast < count)
            {
                // A second pass: there is no backward text-element API.
                Count(value, count - keepLast, out suffixStart);
            }

            return count;
        }

        /// <summary>The length in chars of the first text element of <c>value[0..end)</c>; <paramref name="end"/> must be positive.</summary>
        public static int FirstLength(string value, int end)
        {
            // A char that is an element by itself, followed by another, cannot be joined to it.
            if (IsElementByItself(value[0]) && (end == 1 || IsElementByItself(value[1])))
            {
                return 1;
            }

#if NET8_0_OR_GREATER
            return StringInfo.GetNextTextElementLength(value.AsSpan(0, end));
#else
            var length = StringInfo.GetNextTextElement(value, 0).Length;
            return length < end ? length : end;
#endif
        }

        /// <summary>The number of text elements of <paramref name="value"/>, and the char offset where element <paramref name="index"/> starts (the length when past the end).</summary>
        /// <remarks>Walks the elements one by one; callers check <see cref="EachCharIsAnElement"/> first.</remarks>
        public static int Count(string value, int index, out int offsetOfIndex)
        {
            offsetOfIndex = value.Length;
            var count = 0;
#if NET8_0_OR_GREATER
            var offset = 0;
            while (offset < value.Length)
            {
                if (count == index)
                {
                    offsetOfIndex = offset;
                }

                offset += StringInfo.GetNextTextElementLength(value, offset);
                count++;
            }
#else
            var elements = StringInfo.GetTextElementEnumerator(value);
            while (elements.MoveNext())
            {
                if (count == index)
                {
                    offsetOfIndex = elements.ElementIndex;
                }

                count++;
            }
#endif
            return count;
        }

        private static bool IsElementByItself(char c) =>
            c < '\u0080' ? c != '\r' : (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

#if NET8_0_OR_GREATER
        private static string SingleElementAsciiChars()
        {
            var chars = new char[127];
            var length = 0;
            for (var c = '\0'; c < '\u0080'; c++)
            {
                if (c != '\r')
                {
                    chars[length++] = c;
                }
            }

            return new string(chars, 0, length);
        }
#endif
    }
}
