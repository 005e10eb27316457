using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// The types that can hold a person's value: text, numbers, dates, GUIDs, network and mail addresses, a type that
    /// wraps one such value and is named after it (<c>EmailAddress</c>), and arrays and collections of them. Services,
    /// interfaces, delegates, options, file-system and reflection objects and other composite types are not: their
    /// own members are checked where they are declared.
    /// </summary>
    internal static class PersonalValueTypes
    {
        /// <summary>
        /// Compared by name: a compilation that references several framework facades (an IDE's half-restored project)
        /// has more than one definition of these, and a lookup by metadata name finds none.
        /// </summary>
        private static readonly ImmutableHashSet<string> ValueTypeNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "System.Guid",
            "System.DateTimeOffset",
            "System.DateOnly",
            "System.Net.IPAddress",
            "System.Net.NetworkInformation.PhysicalAddress",
            "System.Net.Mail.MailAddress");

        private static readonly ImmutableHashSet<string> UnresolvedCollectionNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "IEnumerable", "ICollection", "IList", "IReadOnlyCollection", "IReadOnlyList", "ISet", "IReadOnlySet",
            "List", "HashSet", "SortedSet", "Collection", "ReadOnlyCollection", "ImmutableArray", "ImmutableList",
            "ImmutableHashSet", "Span", "ReadOnlySpan", "Memory", "ReadOnlyMemory");

        public static bool CanHold(ITypeSymbol type)
        {
            type = PrivacyModelReader.UnwrapNullable(type);
            switch (type.SpecialType)
            {
                case SpecialType.System_Object:
                case SpecialType.System_Char:
                case SpecialType.System_String:
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_DateTime:
                    return true;
                case SpecialType.System_Boolean:
                    return false;
            }

            if (type is IArrayTypeSymbol array)
            {
                return CanHold(array.ElementType);
            }

            if (type is not INamedTypeSymbol named || named.TypeKind is TypeKind.Enum or TypeKind.Delegate)
            {
                return false;
            }

            if (named.TypeKind == TypeKind.Error)
            {
                return CanHoldUnresolved(named);
            }

            if (ValueTypeNames.Contains(FullName(named)))
            {
                return true;
            }

            return ElementType(named) is { } element ? CanHold(element) : WrapsNamedValue(named);
        }

        /// <summary>
        /// A type the compilation cannot resolve (a missing using or reference while the code is being written) is
        /// judged by its name: <c>Guid</c>, <c>List&lt;string&gt;</c>.
        /// </summary>
        private static bool CanHoldUnresolved(INamedTypeSymbol type)
        {
            if (type.Arity == 1 && UnresolvedCollectionNames.Contains(type.Name))
            {
                return CanHold(type.TypeArguments[0]);
            }

            foreach (var name in ValueTypeNames)
            {
                if (type.Arity == 0 && name.EndsWith("." + type.Name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element type of an <c>IEnumerable&lt;T&gt;</c> or a type implementing it, such as <c>List&lt;string&gt;</c>.</summary>
        private static ITypeSymbol? ElementType(INamedTypeSymbol type)
        {
            if (IsEnumerable(type) || IsSpanOrMemory(type))
            {
                return type.TypeArguments[0];
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (IsEnumerable(contract))
                {
                    return contract.TypeArguments[0];
                }
            }

            return null;
        }

        private static bool IsEnumerable(INamedTypeSymbol type)
            => type.Arity == 1 && type.MetadataName == "IEnumerable`1" && type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

        /// <summary><c>ReadOnlySpan&lt;char&gt;</c> and friends: a password passed without a string.</summary>
        private static bool IsSpanOrMemory(INamedTypeSymbol type)
            => type.Arity == 1
                && type.MetadataName is "Span`1" or "ReadOnlySpan`1" or "Memory`1" or "ReadOnlyMemory`1"
                && type.ContainingNamespace?.ToDisplayString() == "System";

        private static string FullName(INamedTypeSymbol type)
            => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

        /// <summary>A class or struct named after a personal value that holds one value: <c>record struct EmailAddress(string Value)</c>.</summary>
        private static bool WrapsNamedValue(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !PersonalNamePatterns.NamesValue(IdentifierWords.Split(type.Name)))
            {
                return false;
            }

            var values = 0;
            foreach (var member in type.GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member is IFieldSymbol or IPropertySymbol { IsIndexer: false })
                {
                    values++;
                }
            }

            return values == 1;
        }
    }
}
