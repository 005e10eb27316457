using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>Classifies member types the way the generator treats them. Types without a special type are looked up once per compilation.</summary>
    internal sealed class ValueTypes
    {
        private readonly INamedTypeSymbol? _dateTimeOffset;
        private readonly INamedTypeSymbol? _guid;
        private readonly INamedTypeSymbol? _enumerableOfT;

        public ValueTypes(Compilation compilation)
        {
            _dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            _guid = compilation.GetTypeByMetadataName("System.Guid");
            _enumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        }

        /// <summary>The underlying type of <c>T?</c> for value types; the type itself otherwise.</summary>
        public static ITypeSymbol UnwrapNullable(ITypeSymbol type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        public static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

        public bool IsDate(ITypeSymbol type)
        {
            var underlying = UnwrapNullable(type);
            return underlying.SpecialType == SpecialType.System_DateTime
                || (_dateTimeOffset is not null && SymbolEqualityComparer.Default.Equals(underlying, _dateTimeOffset));
        }

        public bool IsGuid(ITypeSymbol type)
            => _guid is not null && SymbolEqualityComparer.Default.Equals(UnwrapNullable(type), _guid);

        public static bool IsInt64(ITypeSymbol type) => UnwrapNullable(type).SpecialType == SpecialType.System_Int64;

        /// <summary>True for string arrays and for types that are or implement <c>IEnumerable&lt;string&gt;</c>.</summary>
        public bool IsStringCollection(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return IsString(array.ElementType);
            }

            if (_enumerableOfT is null || IsString(type))
            {
                return false;
            }

            if (IsEnumerableOfString(type))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (IsEnumerableOfString(implemented))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsEnumerableOfString(ITypeSymbol type)
            => type is INamedTypeSymbol { TypeArguments.Length: 1 } named
                && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _enumerableOfT)
                && IsString(named.TypeArguments[0]);
    }
}
