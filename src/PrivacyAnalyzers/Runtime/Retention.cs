using System;
using System.Text;

namespace PrivacyAnalyzers
{
    /// <summary>A retention period with its basis and expiry action, as declared by <see cref="RetainForAttribute"/>.</summary>
    /// <remarks>
    /// Periods use calendar arithmetic: a year from February 29th ends on February 28th, a month from January 31st
    /// ends on the last day of February. Results beyond the range of <see cref="DateTimeOffset"/> are clamped to it.
    /// </remarks>
    public sealed class RetentionPolicy
    {
        /// <summary>Creates a policy. At least one of the counts must be positive.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A count is negative, or all are zero.</exception>
        public RetentionPolicy(int years, int months, int days, string? basis, ExpiryAction onExpiry, string? fromMember)
        {
            if (years < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(years), years, "The retention period cannot be negative.");
            }

            if (months < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(months), months, "The retention period cannot be negative.");
            }

            if (days < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "The retention period cannot be negative.");
            }

            if (years == 0 && months == 0 && days == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "A retention period needs at least one positive count of years, months or days.");
            }

            Years = years;
            Months = months;
            Days = days;
            Basis = basis;
            OnExpiry = onExpiry;
            FromMember = fromMember;
        }

        /// <summary>Years in the period.</summary>
        public int Years { get; }

        /// <summary>Months in the period.</summary>
        public int Months { get; }

        /// <summary>Days in the period.</summary>
        public int Days { get; }

        /// <summary>The legal or business basis.</summary>
        public string? Basis { get; }

        /// <summary>Delete or anonymize when the period ends.</summary>
        public ExpiryAction OnExpiry { get; }

        /// <summary>The member the period starts from, if any.</summary>
        public string? FromMember { get; }

        /// <summary>The end of a period that starts at <paramref name="start"/> (calendar arithmetic: years, then months, then days).</summary>
        public DateTimeOffset ExpiryFrom(DateTimeOffset start)
        {
            try
            {
                return start.AddYears(Years).AddMonths(Months).AddDays(Days);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Past year 9999: kept for as long as the type can tell.
                return DateTimeOffset.MaxValue;
            }
        }

        /// <summary>The end of a period that starts at <paramref name="start"/>; an unspecified <see cref="DateTime.Kind"/> is taken as UTC.</summary>
        public DateTimeOffset ExpiryFrom(DateTime start) => ExpiryFrom(ToDateTimeOffset(start));

        /// <summary>The latest start whose period has ended at <paramref name="now"/>: records that started before it are expired. For database queries.</summary>
        /// <remarks>
        /// The period is subtracted in the inverse order (days, then months, then years). Because calendar arithmetic only
        /// ever shortens a month-end, every start before the cutoff has <see cref="ExpiryFrom(DateTimeOffset)"/> at or before <paramref name="now"/>.
        /// </remarks>
        public DateTimeOffset Cutoff(DateTimeOffset now)
        {
            try
            {
                return now.AddDays(-Days).AddMonths(-Months).AddYears(-Years);
            }
            catch (ArgumentOutOfRangeException)
            {
                return DateTimeOffset.MinValue;
            }
        }

        /// <summary>UTC <see cref="DateTime"/> form of <see cref="Cutoff(DateTimeOffset)"/>, for stores that keep <see cref="DateTime"/>.</summary>
        /// <remarks>An unspecified <see cref="DateTime.Kind"/> is taken as UTC and a local time is converted; the result's kind is UTC.</remarks>
        public DateTime CutoffUtc(DateTime utcNow) => Cutoff(ToDateTimeOffset(utcNow)).UtcDateTime;

        /// <summary>"3 years", "6 months", "1 year 2 months 3 days".</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            AppendCount(text, Years, "year");
            AppendCount(text, Months, "month");
            AppendCount(text, Days, "day");
            return text.ToString();
        }

        private static void AppendCount(StringBuilder text, int count, string unit)
        {
            if (count == 0)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(count).Append(' ').Append(unit);
            if (count != 1)
            {
                text.Append('s');
            }
        }

        private static DateTimeOffset ToDateTimeOffset(DateTime value)
            => value.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))
                : new DateTimeOffset(value);
    }
}
