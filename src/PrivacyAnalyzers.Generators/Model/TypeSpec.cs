using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>
    /// Everything the emitter writes for one annotated type. Plain values only (no symbols, syntax or locations), compared
    /// by value, so that an edit that does not change the type leaves the pipeline cached.
    /// </summary>
    /// <param name="Key">The fully qualified name; one spec per key.</param>
    /// <param name="Namespace">The namespace as written in code, or <c>null</c> for the global namespace.</param>
    /// <param name="Containers">The containing types, outermost first.</param>
    /// <param name="Declaration">The type's own partial declaration.</param>
    /// <param name="FullName">The <c>global::</c>-qualified name used as a type in code.</param>
    /// <param name="DisplayName">The name printed by ToString.</param>
    internal sealed record TypeSpec(
        string Key,
        string HintName,
        string? Namespace,
        EquatableArray<DeclarationSpec> Containers,
        DeclarationSpec Declaration,
        string FullName,
        string DisplayName,
        bool GeneratesCode,
        PrintSpec? Print,
        CopySpec? Copy,
        ExportSpec? Export,
        RetentionSpec? Retention,
        InventoryTypeSpec? Inventory,
        RetentionQuerySpec? Queries = null);

    /// <summary>A partial declaration: <c>readonly partial record struct Name&lt;T&gt;</c>.</summary>
    internal sealed record DeclarationSpec(string Keyword, string Name, bool IsReadOnly);

    internal enum PrintKind
    {
        /// <summary><c>public override string ToString()</c> and the <c>PrintPrivacyMembers</c> chain.</summary>
        ClassToString,

        /// <summary>The record's <c>PrintMembers</c>, which the compiler's ToString calls.</summary>
        RecordPrintMembers,
    }

    /// <summary>How the type prints itself.</summary>
    /// <param name="MembersModifiers">Modifiers of the PrintMembers / PrintPrivacyMembers method.</param>
    /// <param name="CallsBase">The method starts from the base's.</param>
    internal sealed record PrintSpec(PrintKind Kind, string MembersModifiers, bool CallsBase, EquatableArray<PrintedMemberSpec> Members);

    /// <param name="Name">The member name as printed.</param>
    /// <param name="Value">The expression appended to the builder.</param>
    internal sealed record PrintedMemberSpec(string Name, string Value);

    internal enum CopyKind
    {
        /// <summary><c>this with { ... }</c>.</summary>
        With,

        /// <summary><c>(T)this.MemberwiseClone()</c> then assignments.</summary>
        MemberwiseClone,

        /// <summary><c>var copy = this;</c> then assignments.</summary>
        StructCopy,

        /// <summary>
        /// <c>new T(this, key)</c>: a generated private constructor copies the original and assigns the changed members,
        /// which it can do for init-only and get-only auto-properties and readonly fields.
        /// </summary>
        Constructor,
    }

    internal enum ChainKind
    {
        /// <summary>Sealed types and structs: the public method makes the copy.</summary>
        Direct,

        /// <summary>The first type of a hierarchy: a protected virtual core method.</summary>
        Root,

        /// <summary>A derived type: overrides the core method and starts from the base's copy.</summary>
        Override,
    }

    /// <summary>Mask() and Anonymize(key).</summary>
    /// <param name="Constructor">For <see cref="CopyKind.Constructor"/>: the copy constructor; <c>null</c> otherwise.</param>
    internal sealed record CopySpec(
        CopyKind Kind,
        ChainKind Chain,
        EquatableArray<AssignmentSpec> Mask,
        EquatableArray<AssignmentSpec> Anonymize,
        CopyConstructorSpec? Constructor);

    /// <summary>The constructor <c>Name(T original, PseudonymKey? key)</c> that makes the copy.</summary>
    /// <param name="Name">The type name as a constructor is declared (escaped, without type parameters).</param>
    /// <param name="Copies">The statements copying the original: <c>this = original;</c> for a struct, one assignment per field or auto-property the class declares.</param>
    /// <param name="SetsRequiredMembers">The type or a base has required members: the constructor is marked [SetsRequiredMembers].</param>
    /// <param name="IsProtected">Protected, so that a derived type's copy constructor chains to it; private in sealed types and structs.</param>
    /// <param name="ChainsBase">The constructor starts with <c>: base(original, key)</c>.</param>
    /// <param name="IsAbstract">The type cannot be instantiated: its core copy methods fail closed for a derived type without its own.</param>
    /// <param name="ImplicitConstructor">The accessibility of the parameterless constructor declared in place of the implicit one, or <c>null</c>.</param>
    internal sealed record CopyConstructorSpec(
        string Name,
        EquatableArray<string> Copies,
        bool SetsRequiredMembers,
        bool IsProtected,
        bool ChainsBase,
        bool IsAbstract,
        string? ImplicitConstructor);

    /// <param name="Member">The member identifier, escaped.</param>
    /// <param name="Value">The new value, reading the original through <c>this.</c>.</param>
    internal sealed record AssignmentSpec(string Member, string Value);

    /// <summary>WritePersonalData and its members chain.</summary>
    /// <param name="Texts">The property names and category labels, written as encoded static fields Text0, Text1, ...</param>
    internal sealed record ExportSpec(ChainKind Chain, EquatableArray<string> Statements, EquatableArray<string> Texts);

    /// <summary>A [RetainFor] period, as passed to the RetentionPolicy constructor.</summary>
    internal sealed record RetentionValues(int Years, int Months, int Days, string? Basis, ExpiryAction OnExpiry, string? From);

    /// <summary>PrivacyRetention and GetRetentionExpiry.</summary>
    /// <param name="StartMember">The member the period starts from (escaped), or <c>null</c> when there is no valid start.</param>
    internal sealed record RetentionSpec(
        RetentionValues Policy,
        bool HidesBasePolicy,
        string? StartMember,
        bool StartIsNullable,
        bool HidesBaseExpiry);

    /// <summary>An assembly's inventory class: its namespace (unique to the assembly) and the types it lists.</summary>
    internal sealed record InventorySpec(string Namespace, EquatableArray<InventoryTypeSpec> Types);

    /// <summary>One type in the inventory.</summary>
    /// <param name="TypeOf">The operand of <c>typeof</c> (open generic form for generic types).</param>
    internal sealed record InventoryTypeSpec(string Key, string TypeOf, string? Category, RetentionValues? Retention, EquatableArray<InventoryMemberSpec> Members);

    internal sealed record InventoryMemberSpec(
        string Name,
        string Category,
        bool Sensitive,
        MaskStyle Mask,
        AnonymizeStrategy Anonymization,
        RetentionValues? Retention,
        bool IsDataSubjectId,
        EquatableArray<string> Purposes);
}
