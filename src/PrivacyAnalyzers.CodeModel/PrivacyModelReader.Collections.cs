using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>Collection shapes: element, item and key types, and which shapes Mask() and Anonymize() can rebuild.</summary>
    public sealed partial class PrivacyModelReader
    {
        public static ITypeSymbol UnwrapNullable(ITypeSymbol type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
                ? nullable.TypeArguments[0]
                : type;

        /// <summary>The element type of an array, List&lt;T&gt; or List-assignable collection interface; <c>null</c> for anything else.</summary>
        public ITypeSymbol? ElementType(ITypeSymbol type, out CollectionKind kind)
        {
            kind = CollectionKind.None;
            if (type is IArrayTypeSymbol { Rank: 1 } array)
            {
                kind = CollectionKind.Array;
                return array.ElementType;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
            {
                var definition = generic.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition, _list))
                {
                    kind = CollectionKind.List;
                    return generic.TypeArguments[0];
                }

                foreach (var collection in _listInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(definition, collection))
                    {
                        kind = CollectionKind.ListInterface;
                        return generic.TypeArguments[0];
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The element type of any collection: an array of any rank, or a type that is or implements <c>IEnumerable&lt;T&gt;</c>
        /// (for a dictionary, <c>IDictionary&lt;K, V&gt;</c> or <c>IReadOnlyDictionary&lt;K, V&gt;</c>, the value type);
        /// <c>null</c> for strings and for every other type.
        /// </summary>
        public ITypeSymbol? CollectionElementType(ITypeSymbol type, out CollectionKind kind)
        {
            // ImmutableArray<T>? and other nullable collection structs.
            type = UnwrapNullable(type);
            if (type is IArrayTypeSymbol { Rank: > 1 } multidimensional)
            {
                kind = CollectionKind.MultidimensionalArray;
                return multidimensional.ElementType;
            }

            var element = ElementType(type, out kind);

            // Strings enumerate characters and primitives implement many interfaces: neither is a collection of items.
            if (element is not null || type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind == TypeKind.Enum)
            {
                return element;
            }

            if (named.TypeArguments.Length == 1)
            {
                var definition = named.OriginalDefinition;
                kind = SymbolEqualityComparer.Default.Equals(definition, _hashSet) ? CollectionKind.HashSet
                    : IsOneOf(definition, _setInterfaces) ? CollectionKind.SetInterface
                    : SymbolEqualityComparer.Default.Equals(definition, _immutableArray) ? CollectionKind.ImmutableArray
                    : CollectionKind.None;
                if (kind != CollectionKind.None)
                {
                    return named.TypeArguments[0];
                }
            }

            // A query (EF Core's DbSet<T>, IQueryable<T>) is a door to a data store, not data the object holds.
            if (ImplementedOrSelf(named, _queryable) is not null)
            {
                kind = CollectionKind.None;
                return null;
            }

            if (ImplementedOrSelf(named, _dictionaryInterfaces) is { TypeArguments.Length: 2 } dictionary)
            {
                kind = CollectionKind.Dictionary;
                return dictionary.TypeArguments[1];
            }

            if (ImplementedOrSelf(named, _enumerable) is { TypeArguments.Length: 1 } enumerable)
            {
                kind = CollectionKind.Enumerable;
                return enumerable.TypeArguments[0];
            }

            kind = CollectionKind.None;
            return null;
        }

        /// <summary>The key type of a <see cref="CollectionKind.Dictionary"/> collection; <c>null</c> for any other type.</summary>
        public ITypeSymbol? DictionaryKeyType(ITypeSymbol type)
            => CollectionElementType(type, out var kind) is not null && kind == CollectionKind.Dictionary
                && UnwrapNullable(type) is INamedTypeSymbol named
                && ImplementedOrSelf(named, _dictionaryInterfaces) is { TypeArguments.Length: 2 } dictionary
                ? dictionary.TypeArguments[0]
                : null;

        private static bool IsOneOf(INamedTypeSymbol definition, INamedTypeSymbol?[] candidates)
        {
            foreach (var candidate in candidates)
            {
                if (SymbolEqualityComparer.Default.Equals(definition, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The type itself, or the first interface it implements, whose definition is one of <paramref name="definitions"/>.</summary>
        private static INamedTypeSymbol? ImplementedOrSelf(INamedTypeSymbol type, INamedTypeSymbol?[] definitions)
        {
            if (IsOneOf(type.OriginalDefinition, definitions))
            {
                return type;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (IsOneOf(implemented.OriginalDefinition, definitions))
                {
                    return implemented;
                }
            }

            return null;
        }

        /// <summary>
        /// Why the copy cannot build the member's new collection, or <c>null</c>. Only collections whose items are
        /// masked or anonymized one by one need a new one: other personal collections are reset as a whole.
        /// </summary>
        private static string? CollectionNotRebuiltReason(PrivacyMember member)
        {
            var rebuilt = member.Role == MemberRole.NestedCollection
                || (member.Role == MemberRole.Personal && member.ValueKind == ValueKind.String && member.Collection != CollectionKind.None && member.MaskStyle != MaskStyle.None);
            if (!rebuilt || member.CanRebuildCollection)
            {
                return null;
            }

            return "'" + member.Name + "' has type " + member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                + (member.HasCollectionElements ? ", a collection of collections" : string.Empty)
                + "; only " + RebuiltCollections + " can be rebuilt with masked or anonymized items";
        }
    }
}
