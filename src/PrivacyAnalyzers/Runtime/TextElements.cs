using System;
using System.Globalization;

namespace PrivacyAnalyzers
{
    /// <summary>Text-element (user-perceived character) positions, so masks never split a surrogate pair or a combining sequence.</summary>
    internal static class TextElements
    {
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
#if NET8_0_OR_GREATER
            return StringInfo.GetNextTextElementLength(value.AsSpan(0, end));
#else
            var length = StringInfo.GetNextTextElement(value, 0).Length;
            return length < end ? length : end;
#endif
        }

        /// <summary>The number of text elements of <paramref name="value"/>, and the char offset where element <paramref name="index"/> starts (the length when past the end).</summary>
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
    }
}
