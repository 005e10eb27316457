using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Generalization primitives used by generated <c>Anonymize(key)</c>.</summary>
    /// <remarks>
    /// <c>Bucket</c> returns the lower bound of the bucket holding the value, <c>floor(value / size) * size</c>, so
    /// negative values go down (<c>-1</c> with size 10 → <c>-10</c>). The bucket size must be positive and finite,
    /// otherwise <see cref="ArgumentOutOfRangeException"/>. Integers with a whole bucket size and decimals are computed
    /// exactly; an integer with a fractional bucket size gets the bucket's lower bound rounded down to an integer.
    /// A lower bound below the type's range is clamped to its minimum.
    /// </remarks>
    public static class Generalize
    {
        /// <summary>January 1st (<see cref="Generalization.Year"/>) or the 1st of the month (<see cref="Generalization.Month"/>, also for <see cref="Generalization.Auto"/>), time 00:00, same <see cref="DateTime.Kind"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not a date generalization.</exception>
        public static DateTime Date(DateTime value, Generalization to)
            => new DateTime(value.Year, MonthOf(value.Month, to), 1, 0, 0, 0, value.Kind);

        /// <summary>As <see cref="Date(DateTime, Generalization)"/>, keeping the offset.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not a date generalization.</exception>
        public static DateTimeOffset Date(DateTimeOffset value, Generalization to)
            => new DateTimeOffset(value.Year, MonthOf(value.Month, to), 1, 0, 0, 0, value.Offset);

        /// <summary>Nullable form.</summary>
        public static DateTime? Date(DateTime? value, Generalization to)
            => value.HasValue ? Date(value.GetValueOrDefault(), to) : null;

        /// <summary>Nullable form.</summary>
        public static DateTimeOffset? Date(DateTimeOffset? value, Generalization to)
            => value.HasValue ? Date(value.GetValueOrDefault(), to) : null;

        /// <summary>The lower bound of the bucket: <c>floor(value / size) * size</c>. <paramref name="bucketSize"/> must be positive.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static long Bucket(long value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            if (bucketSize != Math.Floor(bucketSize))
            {
                return ToInt64Clamped(Math.Floor(Math.Floor(value / bucketSize) * bucketSize));
            }

            // 2^63 and above: every value is in the bucket starting at 0, or in the one below it.
            if (bucketSize >= 9.2233720368547758E18)
            {
                return value >= 0 ? 0 : long.MinValue;
            }

            var size = (long)bucketSize;
            var remainder = value % size;
            var lowerBound = value - remainder;
            if (remainder >= 0)
            {
                return lowerBound;
            }

            return lowerBound < long.MinValue + size ? long.MinValue : lowerBound - size;
        }

        /// <summary>The lower bound of the bucket.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static int Bucket(int value, double bucketSize)
        {
            var lowerBound = Bucket((long)value, bucketSize);
            return lowerBound < int.MinValue ? int.MinValue : (int)lowerBound;
        }

        /// <summary>The lower bound of the bucket.</summary>
        /// <remarks>Exact in decimal arithmetic for bucket sizes that convert exactly (<c>0.5</c>, <c>100</c>, ...).</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite, or below decimal precision (1e-28).</exception>
        public static decimal Bucket(decimal value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            if (bucketSize >= (double)decimal.MaxValue)
            {
                return value >= 0 ? 0m : decimal.MinValue;
            }

            var size = (decimal)bucketSize;
            if (size == 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(bucketSize), bucketSize, "The bucket size is below the precision of decimal.");
            }

            var remainder = value % size;
            var lowerBound = value - remainder;
            if (remainder >= 0m)
            {
                return lowerBound;
            }

            try
            {
                return lowerBound - size;
            }
            catch (OverflowException)
            {
                return decimal.MinValue;
            }
        }

        /// <summary>The lower bound of the bucket.</summary>
        /// <remarks>In double arithmetic; NaN stays NaN and infinities stay infinite.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static double Bucket(double value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            return Math.Floor(value / bucketSize) * bucketSize;
        }

        /// <summary>Nullable form of <see cref="Bucket(int, double)"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static int? Bucket(int? value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            return value.HasValue ? Bucket(value.GetValueOrDefault(), bucketSize) : null;
        }

        /// <summary>Nullable form of <see cref="Bucket(long, double)"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static long? Bucket(long? value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            return value.HasValue ? Bucket(value.GetValueOrDefault(), bucketSize) : null;
        }

        /// <summary>Nullable form of <see cref="Bucket(decimal, double)"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static decimal? Bucket(decimal? value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            return value.HasValue ? Bucket(value.GetValueOrDefault(), bucketSize) : null;
        }

        /// <summary>Nullable form of <see cref="Bucket(double, double)"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucketSize"/> is not positive and finite.</exception>
        public static double? Bucket(double? value, double bucketSize)
        {
            ValidateBucketSize(bucketSize);
            return value.HasValue ? Bucket(value.GetValueOrDefault(), bucketSize) : null;
        }

        /// <summary><c>192.168.1.23</c> → <c>192.168.1.0/24</c>; anything else non-null becomes <see cref="Masking.Redacted"/>.</summary>
        /// <remarks>Only strict dotted-decimal IPv4 qualifies, as for <see cref="Masking.IPv4"/>; the empty string is redacted too.</remarks>
        [return: NotNullIfNotNull("value")]
        public static string? IPv4Network(string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (!Ipv4Text.TryGetNetworkPrefixLength(value, out var prefixLength))
            {
                return Masking.Redacted;
            }

#if NET8_0_OR_GREATER
            return string.Concat(value.AsSpan(0, prefixLength), "0/24");
#else
            return value.Substring(0, prefixLength) + "0/24";
#endif
        }

        private static int MonthOf(int month, Generalization to)
        {
            switch (to)
            {
                case Generalization.Year: return 1;
                case Generalization.Auto:
                case Generalization.Month: return month;
                default: throw new ArgumentOutOfRangeException(nameof(to), to, "A date generalizes to its year or its month only.");
            }
        }

        private static void ValidateBucketSize(double bucketSize)
        {
            // Written so that NaN fails too.
            if (!(bucketSize > 0) || double.IsInfinity(bucketSize))
            {
                throw new ArgumentOutOfRangeException(nameof(bucketSize), bucketSize, "The bucket size must be positive and finite.");
            }
        }

        private static long ToInt64Clamped(double value)
        {
            if (value <= long.MinValue)
            {
                return long.MinValue;
            }

            // (double)long.MaxValue is 2^63, one above the largest long.
            return value >= long.MaxValue ? long.MaxValue : (long)value;
        }
    }
}
