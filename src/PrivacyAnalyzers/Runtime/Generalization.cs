using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Generalization primitives used by generated <c>Anonymize(key)</c>.</summary>
    public static class Generalize
    {
        /// <summary>January 1st (<see cref="Generalization.Year"/>) or the 1st of the month (<see cref="Generalization.Month"/>, also for <see cref="Generalization.Auto"/>), time 00:00, same <see cref="DateTime.Kind"/>.</summary>
        public static DateTime Date(DateTime value, Generalization to) => throw new NotImplementedException();

        /// <summary>As <see cref="Date(DateTime, Generalization)"/>, keeping the offset.</summary>
        public static DateTimeOffset Date(DateTimeOffset value, Generalization to) => throw new NotImplementedException();

        /// <summary>Nullable form.</summary>
        public static DateTime? Date(DateTime? value, Generalization to) => throw new NotImplementedException();

        /// <summary>Nullable form.</summary>
        public static DateTimeOffset? Date(DateTimeOffset? value, Generalization to) => throw new NotImplementedException();

        /// <summary>The lower bound of the bucket: <c>floor(value / size) * size</c>. <paramref name="bucketSize"/> must be positive.</summary>
        public static long Bucket(long value, double bucketSize) => throw new NotImplementedException();

        /// <summary>The lower bound of the bucket.</summary>
        public static int Bucket(int value, double bucketSize) => throw new NotImplementedException();

        /// <summary>The lower bound of the bucket.</summary>
        public static decimal Bucket(decimal value, double bucketSize) => throw new NotImplementedException();

        /// <summary>The lower bound of the bucket.</summary>
        public static double Bucket(double value, double bucketSize) => throw new NotImplementedException();

        /// <summary><c>192.168.1.23</c> → <c>192.168.1.0/24</c>; anything else non-null becomes <see cref="Masking.Redacted"/>.</summary>
        [return: NotNullIfNotNull("value")]
        public static string? IPv4Network(string? value) => throw new NotImplementedException();
    }
}
