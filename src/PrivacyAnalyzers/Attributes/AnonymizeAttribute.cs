using System;

namespace PrivacyAnalyzers
{
    /// <summary>How a member appears in de-identified data produced by the generated <c>Anonymize(key)</c>.</summary>
    /// <remarks>Personal members without it are suppressed; members that are not personal information are kept.</remarks>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class AnonymizeAttribute : Attribute
    {
        /// <param name="strategy">Suppress, pseudonymize, generalize or keep.</param>
        public AnonymizeAttribute(AnonymizeStrategy strategy)
        {
            Strategy = strategy;
        }

        /// <summary>The strategy.</summary>
        public AnonymizeStrategy Strategy { get; }

        /// <summary>For <see cref="AnonymizeStrategy.Generalize"/>: the coarser form. Default: the natural form of the type.</summary>
        public Generalization To { get; set; }

        /// <summary>For numbers generalized to a bucket: the bucket width. Must be positive.</summary>
        public double BucketSize { get; set; }
    }
}
