namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>What a tainted value carries.</summary>
    public enum TaintKind
    {
        /// <summary>A personal value itself: a member, parameter or return value classified as personal information.</summary>
        Value,

        /// <summary>
        /// An object (or a collection of objects) of a type that holds personal information. Sinks see what the type prints:
        /// <see cref="PersonalTaint.PrintsPersonalInfo"/> tells whether that includes a personal value.
        /// </summary>
        Object,
    }

    /// <summary>
    /// The personal information a value carries, named for diagnostics. Instances are cached per symbol or type, so
    /// tracking a value through a method allocates nothing new.
    /// </summary>
    public sealed class PersonalTaint
    {
        /// <summary>The <see cref="Printer"/> of records that keep the compiler's ToString.</summary>
        public const string CompilerToString = "the compiler-generated ToString";

        private PersonalTaint(TaintKind kind, string member, string category, string? typeName, string? printer, PersonalTaint? element = null, string? typeId = null)
        {
            TypeId = typeId ?? element?.TypeId;
            Element = element;
            Kind = kind;
            Member = member;
            Category = category;
            TypeName = typeName;
            Printer = printer;
        }

        public TaintKind Kind { get; }

        /// <summary>The personal member as users read it: <c>Account.PhoneNumber</c>, a parameter name, or <c>Directory.FindPhone</c>.</summary>
        public string Member { get; }

        /// <summary>The category key, such as <c>user.contact.phone_number</c>, or the data classification's name.</summary>
        public string Category { get; }

        /// <summary>For <see cref="TaintKind.Object"/>: the type of the object (its element type for collections).</summary>
        public string? TypeName { get; }

        /// <summary>For <see cref="TaintKind.Object"/>: the documentation ID of the type (<c>T:Shop.Customer</c>), for code fixes.</summary>
        public string? TypeId { get; }

        /// <summary>
        /// For <see cref="TaintKind.Object"/>: what prints <see cref="Member"/> in clear text (<see cref="CompilerToString"/>,
        /// "its ToString", "its PrintMembers"), or <c>null</c> when the type's printing does not show personal values.
        /// </summary>
        public string? Printer { get; }

        public bool PrintsPersonalInfo => Printer is not null;

        /// <summary>
        /// For a collection or array of objects: the taint of one element. Logging libraries and <c>string.Join</c> print
        /// the elements; <c>ToString()</c> and interpolation print only the collection's type name.
        /// </summary>
        public PersonalTaint? Element { get; }

        public bool IsCollection => Element is not null;

        /// <summary>What is left when the value is turned into text by its ToString: nothing for a collection of objects.</summary>
        public static PersonalTaint? Stringified(PersonalTaint? taint) => taint is { IsCollection: true } ? null : taint;

        /// <summary>What is left when the value is enumerated and each element printed.</summary>
        public static PersonalTaint? Enumerated(PersonalTaint? taint) => taint?.Element ?? taint;

        public static PersonalTaint ForValue(string member, string category) => new PersonalTaint(TaintKind.Value, member, category, null, null);

        public static PersonalTaint ForObject(string typeName, string typeId, string member, string category, string? printer)
            => new PersonalTaint(TaintKind.Object, member, category, typeName, printer, typeId: typeId);

        /// <summary>A collection or array whose elements carry <paramref name="element"/>; it prints as its elements do.</summary>
        public static PersonalTaint ForCollection(PersonalTaint element)
            => new PersonalTaint(TaintKind.Object, element.Member, element.Category, element.TypeName, element.Printer, element);

        /// <summary>
        /// The taint of a value built from two others. Values are preferred over objects that print personal information,
        /// and those over objects that do not, so the diagnostic names what actually leaks; ties keep the left one.
        /// </summary>
        public static PersonalTaint? Merge(PersonalTaint? left, PersonalTaint? right)
        {
            if (left is null)
            {
                return right;
            }

            if (right is null)
            {
                return left;
            }

            return Rank(right) > Rank(left) ? right : left;
        }

        private static int Rank(PersonalTaint taint)
            => taint.Kind == TaintKind.Value ? 2 : taint.PrintsPersonalInfo ? 1 : 0;
    }
}
