#if PRIVACY_RUNTIME
namespace PrivacyAnalyzers
#else
namespace PrivacyAnalyzers.CodeModel
#endif
{
    /// <summary>How a member appears in de-identified data produced by the generated <c>Anonymize(key)</c>.</summary>
    public enum AnonymizeStrategy
    {
        /// <summary>Removed: <c>null</c>, or the type's default (empty string for a non-nullable string).</summary>
        Suppress = 0,

        /// <summary>Replaced by a keyed HMAC-SHA256 pseudonym (string, <see cref="System.Guid"/> or 64-bit integer).</summary>
        Pseudonymize = 1,

        /// <summary>Coarsened per <see cref="Generalization"/>: date to year or month, number to a bucket, IPv4 to its /24 network.</summary>
        Generalize = 2,

        /// <summary>Kept as is: the value does not identify the person on its own.</summary>
        Keep = 3,
    }

    /// <summary>The coarser form a <see cref="AnonymizeStrategy.Generalize"/> member takes.</summary>
    public enum Generalization
    {
        /// <summary>The natural form of the member's type: month for dates, /24 for IPv4 strings, a bucket for numbers.</summary>
        Auto = 0,

        /// <summary>A date becomes January 1st of its year.</summary>
        Year = 1,

        /// <summary>A date becomes the first day of its month.</summary>
        Month = 2,

        /// <summary>A number becomes the lower bound of its bucket of <c>BucketSize</c>.</summary>
        Bucket = 3,

        /// <summary>An IPv4 address becomes its /24 network, <c>192.168.1.0/24</c>.</summary>
        IPv4Network = 4,
    }

    /// <summary>What happens to data when its retention period ends.</summary>
    public enum ExpiryAction
    {
        /// <summary>The record is deleted.</summary>
        Delete = 0,

        /// <summary>The record is replaced by its anonymized copy.</summary>
        Anonymize = 1,
    }
}
