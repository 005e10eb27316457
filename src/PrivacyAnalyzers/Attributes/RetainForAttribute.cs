using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// How long data is kept, from when, on what legal basis, and what happens when the period ends.
    /// Set exactly one of <see cref="Days"/>, <see cref="Months"/> or <see cref="Years"/> (or combine them).
    /// </summary>
    /// <example><code>[RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31")]</code></example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class RetainForAttribute : Attribute
    {
        /// <summary>Days in the period.</summary>
        public int Days { get; set; }

        /// <summary>Months in the period.</summary>
        public int Months { get; set; }

        /// <summary>Years in the period.</summary>
        public int Years { get; set; }

        /// <summary>The <see cref="DateTime"/> or <see cref="DateTimeOffset"/> member the period starts from; use <c>nameof</c>.</summary>
        public string? From { get; set; }

        /// <summary>The legal or business basis, e.g. <c>"Cybersecurity Law Art. 21"</c>.</summary>
        public string? Basis { get; set; }

        /// <summary>Delete or anonymize when the period ends. Default: delete.</summary>
        public ExpiryAction OnExpiry { get; set; }

        /// <summary>
        /// The period is a minimum the law requires (<see cref="Basis"/> names the law), not only an upper bound: erasing a
        /// data subject keeps the members the period covers (<see cref="Covers"/>) until it ends, and the retention purge
        /// removes them then. Default: <c>false</c>, the period is an upper bound and erasure removes the data at once.
        /// </summary>
        public bool LegalMinimum { get; set; }

        /// <summary>
        /// The members the period covers, by <c>nameof</c>: what the law requires to keep. Erasure during a
        /// <see cref="LegalMinimum"/> period anonymizes the other personal members at once. Default (<c>null</c>): every member.
        /// </summary>
        public string[]? Covers { get; set; }
    }
}
