using System;
using System.Collections.Generic;
using System.Collections.Immutable;

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
    /// The personal information a value carries, named for diagnostics. Its own properties describe the head: the
    /// taint diagnostics name (values before objects that print personal information, before other objects).
    /// A value built from several personal values (<c>new { order.Number, order.Amount }</c>, <c>$"{a} {b}"</c>)
    /// also carries the <see cref="Others"/>; <see cref="All"/> lists every one. Single taints are cached per symbol
    /// or type, so tracking one value through a method allocates nothing new; only merging distinct taints does.
    /// </summary>
    public sealed class PersonalTaint
    {
        /// <summary>The <see cref="Printer"/> of records that keep the compiler's ToString.</summary>
        public const string CompilerToString = "the compiler-generated ToString";

        /// <summary>At most this many distinct taints are kept in one value, so that generated or pathological code stays cheap.</summary>
        public const int MaxCarried = 32;

        // The head alone (null for a single taint) and the further taints (empty for a single taint; each single, distinct).
        private readonly PersonalTaint? _head;
        private readonly ImmutableArray<PersonalTaint> _others;

        private PersonalTaint(TaintKind kind, string member, string category, string? typeName, string? printer, PersonalTaint? element = null, string? typeId = null)
        {
            TypeId = typeId ?? element?.TypeId;
            Element = element;
            Kind = kind;
            Member = member;
            Category = category;
            TypeName = typeName;
            Printer = printer;
            _others = ImmutableArray<PersonalTaint>.Empty;
        }

        private PersonalTaint(PersonalTaint head, ImmutableArray<PersonalTaint> others)
        {
            _head = head;
            _others = others;
            Kind = head.Kind;
            Member = head.Member;
            Category = head.Category;
            TypeName = head.TypeName;
            TypeId = head.TypeId;
            Printer = head.Printer;
            Element = head.Element;
            ParameterOrdinal = head.ParameterOrdinal;
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

        /// <summary>The head alone, without <see cref="Others"/>; the taint itself when it is single.</summary>
        public PersonalTaint Head => _head ?? this;

        /// <summary>The further distinct personal taints the value carries besides the head; empty for a single taint.</summary>
        public ImmutableArray<PersonalTaint> Others => _others;

        /// <summary>Every distinct personal taint the value carries, each single: the <see cref="Head"/>, then <see cref="Others"/>.</summary>
        public IEnumerable<PersonalTaint> All
        {
            get
            {
                yield return Head;
                foreach (var other in _others)
                {
                    yield return other;
                }
            }
        }

        /// <summary>What is left when the value is turned into text by its ToString: nothing of a collection of objects.</summary>
        public static PersonalTaint? Stringified(PersonalTaint? taint)
            => taint is null ? null : taint._others.IsEmpty ? (taint.IsCollection ? null : taint) : Select(taint, static single => single.IsCollection ? null : single);

        /// <summary>What is left when the value is enumerated and each element printed.</summary>
        public static PersonalTaint? Enumerated(PersonalTaint? taint)
            => taint is null ? null : taint._others.IsEmpty ? taint.Element ?? taint : Select(taint, static single => single.Element ?? single);

        /// <summary>The personal values alone, without objects: what a number, or an element of a collection of values, carries.</summary>
        public static PersonalTaint? Values(PersonalTaint? taint)
            => taint is null ? null : taint._others.IsEmpty ? (taint.Kind == TaintKind.Value ? taint : null) : Select(taint, static single => single.Kind == TaintKind.Value ? single : null);

        /// <summary>
        /// Each taint of <paramref name="taint"/> replaced by what <paramref name="map"/> makes of it (<c>null</c> drops
        /// it), merged again; <paramref name="taint"/> itself when nothing changes.
        /// </summary>
        public static PersonalTaint? Select(PersonalTaint? taint, Func<PersonalTaint, PersonalTaint?> map)
        {
            if (taint is null)
            {
                return null;
            }

            var head = taint.Head;
            var mappedHead = map(head);
            var unchanged = ReferenceEquals(mappedHead, head);
            foreach (var other in taint._others)
            {
                unchanged &= ReferenceEquals(map(other), other);
            }

            if (unchanged)
            {
                return taint;
            }

            var result = mappedHead;
            foreach (var other in taint._others)
            {
                result = Merge(result, map(other));
            }

            return result;
        }

        public static PersonalTaint ForValue(string member, string category) => new PersonalTaint(TaintKind.Value, member, category, null, null);

        /// <summary>
        /// The value parameter <paramref name="ordinal"/> of a method comes in with, followed while the method's summary is
        /// computed to learn which parameters reach its return value and its sinks; never reported.
        /// </summary>
        internal static PersonalTaint ForParameter(int ordinal)
            => ordinal < ParameterMarkers.Length ? ParameterMarkers[ordinal] : new PersonalTaint(TaintKind.Value, ParameterMarkerPrefix + ordinal, string.Empty, null, null) { ParameterOrdinal = ordinal };

        private const string ParameterMarkerPrefix = "\u0001parameter ";

        private static readonly PersonalTaint[] ParameterMarkers = CreateParameterMarkers(16);

        private static PersonalTaint[] CreateParameterMarkers(int count)
        {
            var markers = new PersonalTaint[count];
            for (var i = 0; i < count; i++)
            {
                markers[i] = new PersonalTaint(TaintKind.Value, ParameterMarkerPrefix + i, string.Empty, null, null) { ParameterOrdinal = i };
            }

            return markers;
        }

        /// <summary>For the value of a parameter followed by a method summary: its ordinal; otherwise -1.</summary>
        internal int ParameterOrdinal { get; private set; } = -1;

        /// <summary>The taint without the parameter markers of a summary, or <c>null</c> when nothing else is left.</summary>
        internal static PersonalTaint? WithoutParameters(PersonalTaint? taint)
            => taint is null ? null : taint._others.IsEmpty && taint.ParameterOrdinal < 0 ? taint : Select(taint, static single => single.ParameterOrdinal >= 0 ? null : single);

        public static PersonalTaint ForObject(string typeName, string typeId, string member, string category, string? printer)
            => new PersonalTaint(TaintKind.Object, member, category, typeName, printer, typeId: typeId);

        /// <summary>A collection or array whose elements carry <paramref name="element"/>; it prints as its elements do.</summary>
        public static PersonalTaint ForCollection(PersonalTaint element)
            => new PersonalTaint(TaintKind.Object, element.Member, element.Category, element.TypeName, element.Printer, element);

        /// <summary>
        /// The taint of a value built from two others: it carries both. The head is chosen so that diagnostics name what
        /// actually leaks: values before objects that print personal information, before objects that do not; ties keep
        /// the left one. The other's taints are added to <see cref="Others"/> when not carried already (same kind,
        /// member, category and type), up to <see cref="MaxCarried"/>. Returns the winner itself when nothing is added,
        /// so merging what a value already carries allocates nothing.
        /// </summary>
        public static PersonalTaint? Merge(PersonalTaint? left, PersonalTaint? right)
        {
            if (left is null)
            {
                return right;
            }

            if (right is null || ReferenceEquals(left, right))
            {
                return left;
            }

            var (winner, loser) = Rank(right) > Rank(left) ? (right, left) : (left, right);
            var count = 1 + winner._others.Length;
            ImmutableArray<PersonalTaint>.Builder? added = null;
            // The loser's taints are distinct from each other already; only the winner's need checking.
            Add(winner, loser.Head, ref added, ref count);
            foreach (var other in loser._others)
            {
                Add(winner, other, ref added, ref count);
            }

            if (added is null)
            {
                return winner;
            }

            added.InsertRange(0, winner._others);
            return new PersonalTaint(winner.Head, added.ToImmutable());
        }

        private static void Add(PersonalTaint carrier, PersonalTaint single, ref ImmutableArray<PersonalTaint>.Builder? added, ref int count)
        {
            if (count >= MaxCarried || Carries(carrier, single))
            {
                return;
            }

            added ??= ImmutableArray.CreateBuilder<PersonalTaint>();
            added.Add(single);
            count++;
        }

        private static bool Carries(PersonalTaint carrier, PersonalTaint single)
        {
            if (SameInformation(carrier.Head, single))
            {
                return true;
            }

            foreach (var other in carrier._others)
            {
                if (SameInformation(other, single))
                {
                    return true;
                }
            }

            return false;
        }

        // A collection and one of its elements name the same information; so do two reads of one member.
        private static bool SameInformation(PersonalTaint left, PersonalTaint right)
            => ReferenceEquals(left, right)
                || (left.Kind == right.Kind
                    && string.Equals(left.Member, right.Member, StringComparison.Ordinal)
                    && string.Equals(left.Category, right.Category, StringComparison.Ordinal)
                    && string.Equals(left.TypeId, right.TypeId, StringComparison.Ordinal));

        private static int Rank(PersonalTaint taint)
            => taint.ParameterOrdinal >= 0 ? -1 : taint.Kind == TaintKind.Value ? 2 : taint.PrintsPersonalInfo ? 1 : 0;
    }
}
