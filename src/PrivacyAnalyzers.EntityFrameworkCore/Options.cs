using System;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>Settings shared by the purge and the erasure.</summary>
    public abstract class PersonalDataOptions
    {
        private int _batchSize = 1000;

        /// <summary>
        /// The key for the pseudonyms of <c>Anonymize(key)</c>; required when a row to anonymize has a pseudonymized or
        /// generalized member. From your secret store: there is no default key.
        /// </summary>
        public PseudonymKey? Key { get; set; }

        /// <summary>Subjects and rows whose expiry and erasure are suspended.</summary>
        public LegalHolds LegalHolds { get; set; } = new LegalHolds();

        /// <summary>Rows anonymized per round trip when pseudonyms or generalized values are computed in .NET. Default 1000.</summary>
        public int BatchSize
        {
            get => _batchSize;
            set => _batchSize = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The batch size must be positive.");
        }
    }

    /// <summary>Settings of <see cref="PrivacyDbContextExtensions.PurgeExpiredAsync(Microsoft.EntityFrameworkCore.DbContext, DateTimeOffset, PurgeOptions?, System.Threading.CancellationToken)"/>.</summary>
    public sealed class PurgeOptions : PersonalDataOptions
    {
        /// <summary>Count what would be deleted and anonymized without changing anything.</summary>
        public bool DryRun { get; set; }
    }

    /// <summary>Settings of the erasure.</summary>
    public sealed class ErasureOptions : PersonalDataOptions
    {
    }
}
