using System;

namespace PrivacyAnalyzers
{
    /// <summary>A retention period with its basis and expiry action, as declared by <see cref="RetainForAttribute"/>.</summary>
    public sealed class RetentionPolicy
    {
        /// <summary>Creates a policy. At least one of the counts must be positive.</summary>
        public RetentionPolicy(int years, int months, int days, string? basis, ExpiryAction onExpiry, string? fromMember)
        {
            throw new NotImplementedException();
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
        public DateTimeOffset ExpiryFrom(DateTimeOffset start) => throw new NotImplementedException();

        /// <summary>The end of a period that starts at <paramref name="start"/>; an unspecified <see cref="DateTime.Kind"/> is taken as UTC.</summary>
        public DateTimeOffset ExpiryFrom(DateTime start) => throw new NotImplementedException();

        /// <summary>The latest start whose period has ended at <paramref name="now"/>: records that started before it are expired. For database queries.</summary>
        public DateTimeOffset Cutoff(DateTimeOffset now) => throw new NotImplementedException();

        /// <summary>UTC <see cref="DateTime"/> form of <see cref="Cutoff(DateTimeOffset)"/>, for stores that keep <see cref="DateTime"/>.</summary>
        public DateTime CutoffUtc(DateTime utcNow) => throw new NotImplementedException();

        /// <summary>"3 years", "6 months", "1 year 2 months 3 days".</summary>
        public override string ToString() => throw new NotImplementedException();
    }
}
