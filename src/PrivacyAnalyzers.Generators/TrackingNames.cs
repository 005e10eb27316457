namespace PrivacyAnalyzers.Generators
{
    /// <summary>Names of the generator's pipeline steps, for incremental-caching tests and diagnostics.</summary>
    public static class TrackingNames
    {
        /// <summary>Types found through [PersonalInfo] on a property, field or the type.</summary>
        public const string PersonalInfoTypes = nameof(PersonalInfoTypes);

        /// <summary>Types found through [RetainFor] on the type.</summary>
        public const string RetainedTypes = nameof(RetainedTypes);

        /// <summary>Partial types that may hold personal information through members' types or a base, as syntax; records with attributed parameters.</summary>
        public const string HolderTypes = nameof(HolderTypes);

        /// <summary>The simple names of annotated types in referenced assemblies.</summary>
        public const string ReferencedModelNames = nameof(ReferencedModelNames);

        /// <summary>The holder candidates that mention an annotated type (or such a candidate).</summary>
        public const string RelevantHolders = nameof(RelevantHolders);

        /// <summary>The specs of the relevant holders: the only semantic work on holders.</summary>
        public const string HolderSpecs = nameof(HolderSpecs);

        /// <summary>Every annotated type of the compilation, once each, in a stable order.</summary>
        public const string AllTypes = nameof(AllTypes);

        /// <summary>The types that get a generated partial declaration.</summary>
        public const string GeneratedTypes = nameof(GeneratedTypes);

        /// <summary>The inventory of the compilation.</summary>
        public const string Inventory = nameof(Inventory);
    }
}
