using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>The kind of declaration privacy code is generated into; it decides how a copy is made and how printing chains.</summary>
    public enum TypeShape
    {
        Class,
        Struct,
        RecordClass,
        RecordStruct,
    }

    /// <summary>What a member's value is, as far as masking, anonymization and export care (nullable forms unwrapped).</summary>
    public enum ValueKind
    {
        Other,
        String,
        Boolean,

        /// <summary>sbyte, byte, short, ushort, int, uint and long: all fit a long.</summary>
        Integer,
        UnsignedInteger,
        FloatingPoint,
        Decimal,
        DateTime,
        DateTimeOffset,
        Guid,
        Enum,
    }

    /// <summary>
    /// The shape of a collection member. Mask() and Anonymize() rebuild arrays, lists, list interfaces and sets; the
    /// other shapes are exported, printed and counted as personal information, but cannot be rebuilt.
    /// </summary>
    public enum CollectionKind
    {
        None,

        /// <summary>A one-dimensional array.</summary>
        Array,

        /// <summary><c>List&lt;T&gt;</c>.</summary>
        List,

        /// <summary>An interface a <c>List&lt;T&gt;</c> can be assigned to: IEnumerable, IReadOnlyList, IReadOnlyCollection, IList, ICollection.</summary>
        ListInterface,

        /// <summary><c>HashSet&lt;T&gt;</c>: rebuilt with the same comparer.</summary>
        HashSet,

        /// <summary><c>ISet&lt;T&gt;</c> or <c>IReadOnlySet&lt;T&gt;</c>: rebuilt as a <c>HashSet&lt;T&gt;</c>.</summary>
        SetInterface,

        /// <summary>A type implementing <c>IDictionary&lt;K, V&gt;</c> or <c>IReadOnlyDictionary&lt;K, V&gt;</c>: the values are the elements.</summary>
        Dictionary,

        /// <summary><c>ImmutableArray&lt;T&gt;</c>; its default instance counts as <c>null</c>.</summary>
        ImmutableArray,

        /// <summary>An array of rank two or more.</summary>
        MultidimensionalArray,

        /// <summary>Any other type implementing <c>IEnumerable&lt;T&gt;</c>.</summary>
        Enumerable,
    }

    /// <summary>Why a member matters to the generated code.</summary>
    public enum MemberRole
    {
        /// <summary>Not personal information: printed and copied as is.</summary>
        Plain,

        /// <summary>Personal information held as a value (or a collection of values).</summary>
        Personal,

        /// <summary>An object of a type that itself holds personal information.</summary>
        Nested,

        /// <summary>A collection of objects of a type that holds personal information.</summary>
        NestedCollection,
    }

    /// <summary>What the generated code of a nested annotated type offers to the types that hold it.</summary>
    public readonly struct NestedCapabilities
    {
        public NestedCapabilities(bool canMask, bool canAnonymize, bool canExport, bool printsRedacted)
        {
            CanMask = canMask;
            CanAnonymize = canAnonymize;
            CanExport = canExport;
            PrintsRedacted = printsRedacted;
        }

        /// <summary>The type has <c>Mask()</c>.</summary>
        public bool CanMask { get; }

        /// <summary>The type has <c>Anonymize(key)</c>.</summary>
        public bool CanAnonymize { get; }

        /// <summary>The type implements <c>IPersonalDataExport</c>.</summary>
        public bool CanExport { get; }

        /// <summary>The type's <c>ToString()</c> does not print raw personal values.</summary>
        public bool PrintsRedacted { get; }
    }

    /// <summary>One instance property or field of a type, classified for privacy code.</summary>
    public sealed class PrivacyMember
    {
        internal PrivacyMember(ISymbol symbol, ITypeSymbol type)
        {
            Symbol = symbol;
            Type = type;
        }

        public ISymbol Symbol { get; }

        public string Name => Symbol.Name;

        /// <summary>The declared type, nullable annotation included.</summary>
        public ITypeSymbol Type { get; }

        public bool IsField => Symbol is IFieldSymbol;

        /// <summary>Public: printed by the generated ToString / PrintMembers.</summary>
        public bool IsPublic { get; internal set; }

        public MemberRole Role { get; internal set; }

        /// <summary>The member's own [PersonalInfo], or the type-level one for a public member of a type marked as a whole.</summary>
        public PersonalInfoData? PersonalInfo { get; internal set; }

        /// <summary>True when <see cref="PersonalInfo"/> is set: the member is personal information of <see cref="Category"/>.</summary>
        public bool IsPersonal => PersonalInfo.HasValue;

        public string Category => PersonalInfo?.Category ?? string.Empty;

        public bool IsDataSubjectId { get; internal set; }

        /// <summary>The member-level [RetainFor], if any.</summary>
        public RetentionData? Retention { get; internal set; }

        /// <summary>The value kind of the member, or of its elements for a collection.</summary>
        public ValueKind ValueKind { get; internal set; }

        /// <summary><c>T?</c> for a value type T.</summary>
        public bool IsNullableValueType { get; internal set; }

        /// <summary>A reference type that may be null: annotated with '?' or declared outside a nullable context.</summary>
        public bool IsNullableReference { get; internal set; }

        public CollectionKind Collection { get; internal set; }

        /// <summary>The element type of a collection (the value type of a dictionary); <c>null</c> otherwise.</summary>
        public ITypeSymbol? ElementType { get; internal set; }

        /// <summary>
        /// The type of the items a collection holds once nested collections are looked through (<c>Address</c> for
        /// <c>Address[][]</c>); the same as <see cref="ElementType"/> for a collection of single items.
        /// </summary>
        public ITypeSymbol? ItemType { get; internal set; }

        /// <summary>The elements are collections themselves (jagged arrays, lists of lists, dictionaries of lists).</summary>
        public bool HasCollectionElements { get; internal set; }

        /// <summary>Mask() and Anonymize() can build a new collection of this shape: see <see cref="PrivacyModelReader.RebuiltCollections"/>.</summary>
        public bool CanRebuildCollection
            => !HasCollectionElements
                && (Collection == CollectionKind.Array
                    || Collection == CollectionKind.List
                    || Collection == CollectionKind.ListInterface
                    || Collection == CollectionKind.HashSet
                    || Collection == CollectionKind.SetInterface);

        /// <summary>For <see cref="MemberRole.Nested"/> and <see cref="MemberRole.NestedCollection"/>: the annotated type (nullable unwrapped).</summary>
        public INamedTypeSymbol? NestedType { get; internal set; }

        public NestedCapabilities Nested { get; internal set; }

        /// <summary>The display mask with the category default resolved; <see cref="MaskStyle.None"/> keeps the value.</summary>
        public MaskStyle MaskStyle { get; internal set; }

        /// <summary>True when [Mask] is written on the member.</summary>
        public bool HasMaskAttribute { get; internal set; }

        public int KeepFirst { get; internal set; }

        public int KeepLast { get; internal set; }

        public char MaskChar { get; internal set; } = '*';

        /// <summary>The strategy as written ([Anonymize], or Suppress for personal members, Keep for the others).</summary>
        public AnonymizeStrategy RequestedStrategy { get; internal set; }

        /// <summary>The strategy applied: the requested one, or Suppress when it does not fit the member's type.</summary>
        public AnonymizeStrategy Strategy { get; internal set; }

        /// <summary>For Generalize: the form with Auto resolved for the member's type.</summary>
        public Generalization Generalization { get; internal set; }

        public double BucketSize { get; internal set; }

        /// <summary>Why the requested strategy does not fit, or <c>null</c>.</summary>
        public string? StrategyMismatch { get; internal set; }

        /// <summary>Mask() or Anonymize() assigns a new value to this member in the copy.</summary>
        public bool ChangedByCopy { get; internal set; }

        /// <summary>Why the copy cannot assign this member, or <c>null</c> when it can.</summary>
        public string? NotAssignableReason { get; internal set; }
    }

    /// <summary>The privacy view of one class, struct or record: what it holds and what code can be generated for it.</summary>
    public sealed class PrivacyTypeModel
    {
        internal PrivacyTypeModel(INamedTypeSymbol type)
        {
            Type = type;
        }

        public INamedTypeSymbol Type { get; }

        public TypeShape Shape { get; internal set; }

        public bool IsRecord => Shape == TypeShape.RecordClass || Shape == TypeShape.RecordStruct;

        public bool IsValueType => Shape == TypeShape.Struct || Shape == TypeShape.RecordStruct;

        public bool IsSealed => Type.IsSealed;

        /// <summary>A <c>readonly struct</c> or <c>readonly record struct</c>.</summary>
        public bool IsReadOnly => Type.IsReadOnly;

        /// <summary>
        /// The type has a declared or inherited personal member, a public member of an annotated type (or a collection of
        /// them), or [PersonalInfo] / [RetainFor] itself: see <see cref="PrivacyModelReader.HoldsPersonalInfo"/>.
        /// </summary>
        public bool HoldsPersonalInfo { get; internal set; }

        /// <summary>The type and every type containing it are partial classes, structs or records declared in source.</summary>
        public bool IsPartial { get; internal set; }

        /// <summary>Privacy members are generated for the type.</summary>
        public bool GeneratesCode { get; internal set; }

        /// <summary>[PersonalInfo] on the type itself.</summary>
        public PersonalInfoData? TypeLevelPersonalInfo { get; internal set; }

        /// <summary>[RetainFor] on the type.</summary>
        public RetentionData? Retention { get; internal set; }

        /// <summary>The member the retention period starts from, when [RetainFor(From = ...)] names a date member.</summary>
        public ISymbol? RetentionStart { get; internal set; }

        /// <summary>DateTime or DateTimeOffset: the value kind of <see cref="RetentionStart"/>.</summary>
        public ValueKind RetentionStartKind { get; internal set; }

        public bool RetentionStartIsNullable { get; internal set; }

        /// <summary>Instance properties and fields declared in the type that the generated code reads.</summary>
        public ImmutableArray<PrivacyMember> Members { get; internal set; } = ImmutableArray<PrivacyMember>.Empty;

        /// <summary>Personal members declared in base types, nearest base first.</summary>
        public ImmutableArray<PrivacyMember> InheritedPersonalMembers { get; internal set; } = ImmutableArray<PrivacyMember>.Empty;

        /// <summary>Why Mask() and Anonymize() cannot copy the type, or <c>null</c> when they can.</summary>
        public string? CopyBlocker { get; internal set; }

        /// <summary>The member that blocks the copy, when one does.</summary>
        public ISymbol? CopyBlockerMember { get; internal set; }

        public bool CanCopy => CopyBlocker is null;

        /// <summary>
        /// Mask() and Anonymize() make their copy in a generated private constructor, which can assign init-only and
        /// get-only auto-properties and readonly fields: a sealed class deriving from object, or a struct.
        /// </summary>
        public bool CopiesThroughConstructor { get; internal set; }

        /// <summary>
        /// For a class copied through a constructor: the fields, auto-properties and field-like events it copies from
        /// the original, private ones included.
        /// </summary>
        public ImmutableArray<ISymbol> ConstructorCopiedMembers { get; internal set; } = ImmutableArray<ISymbol>.Empty;

        /// <summary>The type or a base it chains to declares required members: the copy constructor needs [SetsRequiredMembers].</summary>
        public bool CopyConstructorSetsRequiredMembers { get; internal set; }

        /// <summary>The copy constructor starts with <c>: base(original, key)</c>: the base copies its own state.</summary>
        public bool CopyConstructorChainsBase { get; internal set; }

        /// <summary>
        /// The class has no constructor of its own: the generated code declares the parameterless constructor the compiler
        /// would have, which the generated copy constructor would otherwise take away.
        /// </summary>
        public bool RestoresImplicitConstructor { get; internal set; }

        /// <summary>ToString() is declared in source: the printing members are not generated.</summary>
        public bool HasUserToString { get; internal set; }

        /// <summary>A record's PrintMembers is declared in source: it is not generated.</summary>
        public bool HasUserPrintMembers { get; internal set; }

        /// <summary>
        /// The type declares Mask, Anonymize or their core methods itself: Mask() and Anonymize() are not generated, so
        /// that the generated code never collides with the user's.
        /// </summary>
        public bool HasUserCopyMembers { get; internal set; }

        /// <summary>The type or a base declares WritePersonalData or WritePersonalDataMembers in source: the export is not generated.</summary>
        public bool HasUserExportMembers { get; internal set; }

        /// <summary>The type declares PrivacyRetention or GetRetentionExpiry itself: the retention members are not generated.</summary>
        public bool HasUserRetentionMembers { get; internal set; }

        /// <summary>Mask() and Anonymize(key) are generated.</summary>
        public bool GeneratesCopy => GeneratesCode && CanCopy && !HasUserCopyMembers;

        /// <summary>WritePersonalData is generated.</summary>
        public bool GeneratesExport => GeneratesCode && !HasUserExportMembers;

        /// <summary>PrivacyRetention (and GetRetentionExpiry when the start member is valid) are generated.</summary>
        public bool GeneratesRetention => GeneratesCode && HasValidRetention && !HasUserRetentionMembers;

        /// <summary>A base type declares <c>sealed override ToString()</c>: a class cannot print itself.</summary>
        public bool BaseSealsToString { get; internal set; }

        /// <summary>A base type offers the generated printing chain (PrintPrivacyMembers).</summary>
        public bool BaseHasPrintChain { get; internal set; }

        /// <summary>A base type offers the generated Mask/Anonymize chain (PrivacyMaskCore, PrivacyAnonymizeCore).</summary>
        public bool BaseHasCopyChain { get; internal set; }

        /// <summary>A base type offers the generated export chain (WritePersonalDataMembers).</summary>
        public bool BaseHasExportChain { get; internal set; }

        /// <summary>A base type declares the generated static PrivacyRetention.</summary>
        public bool BaseHasRetention { get; internal set; }

        /// <summary>A base type declares the generated GetRetentionExpiry().</summary>
        public bool BaseHasRetentionExpiry { get; internal set; }

        /// <summary>The base type is a record (PrintMembers then calls base.PrintMembers).</summary>
        public bool BaseIsRecord { get; internal set; }

        /// <summary>[RetainFor] on the type has a positive period, so a RetentionPolicy can be built.</summary>
        public bool HasValidRetention => Retention is { HasPositivePeriod: true };
    }
}
