using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// The library methods a value keeps its personal information through: every method of <c>string</c>,
    /// <c>StringBuilder</c>, LINQ's <c>Enumerable</c>, <c>Convert</c>, <c>Encoding</c>, <c>MemoryExtensions</c>, the
    /// generic and immutable collections, <c>Task.FromResult</c>, <c>Tuple.Create</c>, <c>JsonContent.Create</c> and
    /// <c>System.Security.Cryptography</c> (an unkeyed hash still identifies the person), URL and HTML escaping
    /// (<c>Uri.EscapeDataString</c>, <c>WebUtility</c>, <c>HttpUtility</c>, <c>TextEncoder.Encode</c>), any <c>ToString</c> and
    /// <c>GetHashCode</c>. Results that are not text (bool, numbers, char, enums, dates) drop it, except
    /// <c>GetHashCode</c> and numbers computed from a personal number (<see cref="KeepsNumber"/>): an amount rounded or
    /// converted to cents is still the amount. Calls to other methods are not followed into.
    /// </summary>
    public sealed class Propagation
    {
        private readonly INamedTypeSymbol? _stringBuilder;
        private readonly INamedTypeSymbol? _enumerable;
        private readonly INamedTypeSymbol? _convert;
        private readonly INamedTypeSymbol? _encoding;
        private readonly INamedTypeSymbol? _memoryExtensions;
        private readonly INamedTypeSymbol? _uri;
        private readonly INamedTypeSymbol? _webUtility;
        private readonly INamedTypeSymbol? _httpUtility;
        private readonly INamedTypeSymbol? _textEncoder;
        private readonly INamedTypeSymbol? _httpContent;
        private readonly INamedTypeSymbol? _jsonContent;

        public Propagation(Compilation compilation)
        {
            _stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
            _enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            _convert = compilation.GetTypeByMetadataName("System.Convert");
            _encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            _memoryExtensions = compilation.GetTypeByMetadataName("System.MemoryExtensions");
            _uri = compilation.GetTypeByMetadataName("System.Uri");
            _webUtility = compilation.GetTypeByMetadataName("System.Net.WebUtility");
            _httpUtility = compilation.GetTypeByMetadataName("System.Web.HttpUtility");
            _textEncoder = compilation.GetTypeByMetadataName("System.Text.Encodings.Web.TextEncoder");
            _httpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
            _jsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
        }

        /// <summary>True when the result of <paramref name="method"/> carries what its receiver and arguments carry.</summary>
        public bool PropagatesThrough(IMethodSymbol method)
        {
            if (method.Name == "ToString" || method.Name == "GetHashCode")
            {
                return true;
            }

            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return false;
            }

            if (type.SpecialType == SpecialType.System_String
                || Is(type, _stringBuilder) || Is(type, _enumerable) || Is(type, _convert) || Is(type, _memoryExtensions)
                || DerivesFrom(type, _encoding))
            {
                return true;
            }

            // Escaped or encoded text says what the text said: Uri.EscapeDataString, WebUtility/HttpUtility.UrlEncode, HtmlEncoder.Encode.
            if ((Is(type, _uri) && method.Name.IndexOf("scape", System.StringComparison.Ordinal) >= 0)
                || ((Is(type, _webUtility) || Is(type, _httpUtility)) && (method.Name.EndsWith("Encode", System.StringComparison.Ordinal) || method.Name.EndsWith("Decode", System.StringComparison.Ordinal)))
                || (method.Name == "Encode" && DerivesFrom(type, _textEncoder)))
            {
                return true;
            }

            // Request content serialized from a value sends what the value holds.
            if (method.Name == "Create" && Is(type, _jsonContent))
            {
                return true;
            }

            if (method.Name == "FromResult" && InNamespace(type, "Tasks", "Threading"))
            {
                return true;
            }

            if (method.Name == "Create" && (type.Name == "Tuple" || type.Name == "ValueTuple") && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }

            return InNamespace(type, "Generic", "Collections") || InNamespace(type, "Immutable", "Collections") || InNamespace(type, "Cryptography", "Security");
        }

        /// <summary>
        /// True when the number <paramref name="method"/> returns is computed from the numbers it is given: the rounding,
        /// sign, bounds and arithmetic methods of <c>Math</c>, <c>MathF</c> and the numeric types (<c>decimal.Round</c>),
        /// and <c>Convert</c>'s conversions to a number.
        /// </summary>
        public bool KeepsNumber(IMethodSymbol method)
        {
            if (!IsNumber(method.ReturnType) || method.ContainingType?.OriginalDefinition is not { } type)
            {
                return false;
            }

            if (Is(type, _convert))
            {
                return method.Name.StartsWith("To", System.StringComparison.Ordinal);
            }

            var numeric = IsNumber(type)
                || ((type.Name == "Math" || type.Name == "MathF") && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true });
            switch (method.Name)
            {
                case "Round":
                case "Floor":
                case "Ceiling":
                case "Truncate":
                case "Abs":
                case "Min":
                case "Max":
                case "Clamp":
                    return numeric;
                case "Negate":
                case "Add":
                case "Subtract":
                case "Multiply":
                case "Divide":
                case "Remainder":
                    return numeric && IsNumber(type);
                default:
                    return false;
            }
        }

        /// <summary>True when <paramref name="method"/> changes its receiver so that it holds its arguments: StringBuilder appends, collection adds.</summary>
        public bool AddsArgumentsToReceiver(IMethodSymbol method)
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null || method.IsStatic)
            {
                return false;
            }

            if (Is(type, _stringBuilder))
            {
                return method.Name.StartsWith("Append", System.StringComparison.Ordinal) || method.Name == "Insert" || method.Name == "Replace";
            }

            return (InNamespace(type, "Generic", "Collections") || InNamespace(type, "Concurrent", "Collections"))
                && (method.Name == "Add" || method.Name == "AddRange" || method.Name == "Insert" || method.Name == "Push"
                    || method.Name == "Enqueue" || method.Name == "TryAdd" || method.Name == "AddFirst" || method.Name == "AddLast");
        }

        /// <summary>
        /// True when an object of <paramref name="type"/> holds what it was constructed from: a <c>Uri</c> built from
        /// text, HTTP request content (<c>StringContent</c>, <c>FormUrlEncodedContent</c>, <c>ByteArrayContent</c>, ...).
        /// </summary>
        public bool HoldsConstructorArguments(ITypeSymbol? type)
            => type?.OriginalDefinition is INamedTypeSymbol named && (Is(named, _uri) || DerivesFrom(named, _httpContent));

        /// <summary>True for StringBuilder, whose appends return the same builder.</summary>
        public bool IsStringBuilder(ITypeSymbol? type) => type?.OriginalDefinition is INamedTypeSymbol named && Is(named, _stringBuilder);

        /// <summary>False for results that cannot hold text: bool, char, numbers, enums, dates, pointers and void.</summary>
        public static bool CarriesText(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            type = PrivacyModelReader.UnwrapNullable(type);
            if (type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Pointer)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Void:
                case SpecialType.System_Boolean:
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_DateTime:
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>True for the numeric types (nullable ones included): the results arithmetic keeps personal information in.</summary>
        public static bool IsNumber(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            switch (PrivacyModelReader.UnwrapNullable(type).SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True when <paramref name="type"/> is declared in System.<paramref name="parent"/>.<paramref name="name"/>; compares names without building strings.</summary>
        private static bool InNamespace(INamedTypeSymbol type, string name, string parent)
            => type.ContainingNamespace is { Name: var own } ns && own == name
                && ns.ContainingNamespace is { Name: var middle } parentNamespace && middle == parent
                && parentNamespace.ContainingNamespace is { Name: "System" } root
                && root.ContainingNamespace is { IsGlobalNamespace: true };

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? expected)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Is(current, expected))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
