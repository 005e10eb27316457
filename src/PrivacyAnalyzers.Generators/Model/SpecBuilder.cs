using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>Turns the shared privacy model of a type into the value-only spec the emitter writes.</summary>
    internal static class SpecBuilder
    {
        private const string Runtime = "global::PrivacyAnalyzers.";
        private const string Linq = "global::System.Linq.Enumerable.";
        private const string Generic = "global::System.Collections.Generic.";

        private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>The spec of <paramref name="type"/>, or <c>null</c> when it holds no personal information (or is not a class or struct).</summary>
        public static TypeSpec? Build(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            if ((type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct) || type.IsImplicitlyDeclared)
            {
                return null;
            }

            return CompilationCache.For(compilation).Spec(type.OriginalDefinition, BuildCore, cancellationToken);
        }

        private static TypeSpec? BuildCore(INamedTypeSymbol type, PrivacyModelReader reader, CancellationToken cancellationToken)
        {
            if (!reader.HoldsPersonalInfo(type))
            {
                return null;
            }

            var model = reader.Read(type, cancellationToken);
            var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var containers = new List<DeclarationSpec>();
            for (var container = type.ContainingType; container is not null; container = container.ContainingType)
            {
                containers.Insert(0, DeclarationOf(container));
            }

            var generates = model.GeneratesCode;
            var retention = model.GeneratesRetention ? RetentionOf(model) : null;
            return new TypeSpec(
                Key: fullName,
                HintName: HintName(type),
                Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns
                    ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
                    : null,
                Containers: new EquatableArray<DeclarationSpec>(containers),
                Declaration: DeclarationOf(type),
                FullName: fullName,
                DisplayName: type.Name,
                GeneratesCode: generates,
                Print: generates ? PrintOf(model) : null,
                Copy: model.GeneratesCopy ? CopyOf(model) : null,
                Export: model.GeneratesExport ? ExportOf(model, reader) : null,
                Retention: retention,
                Inventory: InventoryOf(model),
                Queries: generates ? RetentionQueryBuilder.Build(model, retention) : null);
        }

        public static string Escape(string identifier)
            => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

        /// <summary>
        /// A declared type name as written in the partial declaration; all-lowercase names are written verbatim so that
        /// the generated declaration does not repeat the compiler's warning about them (CS8981).
        /// </summary>
        private static string EscapeDeclaredName(string identifier)
        {
            foreach (var character in identifier)
            {
                if (character < 'a' || character > 'z')
                {
                    return Escape(identifier);
                }
            }

            return "@" + identifier;
        }

        private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        private static DeclarationSpec DeclarationOf(INamedTypeSymbol type)
        {
            string keyword;
            if (type.TypeKind == TypeKind.Interface)
            {
                keyword = "interface";
            }
            else if (type.TypeKind == TypeKind.Struct)
            {
                keyword = type.IsRecord ? "record struct" : "struct";
            }
            else
            {
                keyword = type.IsRecord ? "record" : "class";
            }

            var name = new StringBuilder(EscapeDeclaredName(type.Name));
            if (!type.TypeParameters.IsEmpty)
            {
                name.Append('<');
                for (var i = 0; i < type.TypeParameters.Length; i++)
                {
                    name.Append(i == 0 ? string.Empty : ", ").Append(Escape(type.TypeParameters[i].Name));
                }

                name.Append('>');
            }

            return new DeclarationSpec(keyword, name.ToString(), type.TypeKind == TypeKind.Struct && type.IsReadOnly);
        }

        /// <summary><c>Namespace.Outer.Inner{T}.Privacy.g.cs</c>: unique per type, readable.</summary>
        private static string HintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                var part = current.Name;
                if (!current.TypeParameters.IsEmpty)
                {
                    var parameters = new List<string>();
                    foreach (var parameter in current.TypeParameters)
                    {
                        parameters.Add(parameter.Name);
                    }

                    part += "{" + string.Join(",", parameters) + "}";
                }

                parts.Insert(0, part);
            }

            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
            {
                parts.Insert(0, ns.ToDisplayString());
            }

            return string.Join(".", parts) + ".Privacy.g.cs";
        }

        private static string Access(PrivacyMember member) => "this." + Escape(member.Name);

        private static PrintSpec? PrintOf(PrivacyTypeModel model)
        {
            PrintKind kind;
            string modifiers;
            bool callsBase;
            if (model.IsRecord)
            {
                if (model.HasUserPrintMembers)
                {
                    return null;
                }

                kind = PrintKind.RecordPrintMembers;
                callsBase = model.Shape == TypeShape.RecordClass && model.BaseIsRecord;
                modifiers = model.Shape == TypeShape.RecordStruct ? "private"
                    : callsBase ? "protected override"
                    : model.IsSealed ? "private"
                    : "protected virtual";
            }
            else
            {
                if (model.HasUserToString || model.BaseSealsToString)
                {
                    return null;
                }

                kind = PrintKind.ClassToString;
                callsBase = model.BaseHasPrintChain;
                modifiers = callsBase ? "protected override"
                    : model.IsValueType || model.IsSealed ? "private"
                    : "protected virtual";
            }

            var members = new List<PrintedMemberSpec>();
            foreach (var member in model.Members)
            {
                if (member.IsPublic)
                {
                    members.Add(new PrintedMemberSpec(member.Name, PrintedValue(member)));
                }
            }

            return new PrintSpec(kind, modifiers, callsBase, new EquatableArray<PrintedMemberSpec>(members));
        }

        /// <summary>What ToString shows for a member: personal values masked, nested objects through their own redacting ToString.</summary>
        private static string PrintedValue(PrivacyMember member)
        {
            var value = Access(member);
            var asObject = AppendedAsIs(member.Type) ? value
                : member.Type.IsValueType && !member.IsNullableValueType ? value + ".ToString()"
                : "(object?)" + value;
            switch (member.Role)
            {
                case MemberRole.Personal:
                    if (member.MaskStyle == MaskStyle.None)
                    {
                        return asObject;
                    }

                    return member.ValueKind == ValueKind.String && member.Collection == CollectionKind.None
                        ? MaskCall(member, value)
                        : Literal("***");
                case MemberRole.Nested:
                    return member.Nested.PrintsRedacted ? asObject : Literal("***");
                case MemberRole.NestedCollection:
                    // The compiler prints a collection's ToString(): its type name, unless the type prints its items.
                    return PrintsTypeName(member.Type) ? asObject : Literal("***");
                default:
                    return asObject;
            }
        }

        /// <summary>
        /// Strings and the primitive types StringBuilder.Append takes directly, with the text their ToString() gives:
        /// appended without an intermediate string.
        /// </summary>
        private static bool AppendedAsIs(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
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
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when ToString() of a value of <paramref name="type"/> is the type name: arrays, and types that do not
        /// override ToString below object or ValueType. Interfaces leave it to the object behind them, as the compiler does.
        /// </summary>
        private static bool PrintsTypeName(ITypeSymbol type)
        {
            var depth = 0;
            for (var current = PrivacyModelReader.UnwrapNullable(type) as INamedTypeSymbol; current is not null && depth < 64; current = current.BaseType, depth++)
            {
                if (current.SpecialType == SpecialType.System_Object || current.SpecialType == SpecialType.System_ValueType)
                {
                    return true;
                }

                foreach (var candidate in current.GetMembers("ToString"))
                {
                    if (candidate is IMethodSymbol { IsStatic: false, Parameters.Length: 0 })
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static string MaskCall(PrivacyMember member, string value)
        {
            var maskChar = member.MaskChar == '*' ? string.Empty : ", " + SymbolDisplay.FormatLiteral(member.MaskChar, quote: true);
            switch (member.MaskStyle)
            {
                case MaskStyle.None:
                    return value;
                case MaskStyle.Custom:
                    return Runtime + "Masking.Keep(" + value + ", "
                        + member.KeepFirst.ToString(CultureInfo.InvariantCulture) + ", "
                        + member.KeepLast.ToString(CultureInfo.InvariantCulture) + maskChar + ")";
                case MaskStyle.MobilePhone:
                case MaskStyle.Email:
                case MaskStyle.ChineseName:
                case MaskStyle.NationalId:
                case MaskStyle.BankCard:
                case MaskStyle.IPv4:
                case MaskStyle.OrderNumber:
                    return Runtime + "Masking." + member.MaskStyle + "(" + value + maskChar + ")";
                default:
                    return Runtime + "Masking.Full(" + value + ")";
            }
        }

        /// <summary>The removed form of a member: null where allowed, else empty string or default.</summary>
        private static string Suppressed(PrivacyMember member)
        {
            if (member.IsNullableValueType)
            {
                return "null";
            }

            if (member.Type.IsValueType)
            {
                return "default";
            }

            if (member.Type.IsReferenceType)
            {
                if (member.IsNullableReference)
                {
                    return "null";
                }

                return member.Type.SpecialType == SpecialType.System_String ? "string.Empty" : "default!";
            }

            return "default!";
        }

        private static bool ElementIsNullableValueType(PrivacyMember member)
            => member.ElementType is { IsValueType: true } element && !ReferenceEquals(PrivacyModelReader.UnwrapNullable(element), element);

        private static bool ElementIsNullable(PrivacyMember member)
            => member.ElementType is { } element
                && (element.NullableAnnotation == NullableAnnotation.Annotated
                    || (element.IsReferenceType && element.NullableAnnotation == NullableAnnotation.None));

        private static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeNameFormat);

        /// <summary>
        /// <c>ToList(Select(value, item => ...))</c>, ToArray for arrays, a new HashSet for sets (with the comparer of a
        /// HashSet), null-safe for the member's nullability.
        /// </summary>
        private static string MapCollection(PrivacyMember member, string itemExpression)
        {
            var value = Access(member);
            var items = Linq + "Select(" + value + ", item => " + itemExpression + ")";
            string mapped;
            switch (member.Collection)
            {
                case CollectionKind.Array:
                    mapped = Linq + "ToArray(" + items + ")";
                    break;
                case CollectionKind.HashSet:
                    mapped = "new " + Generic + "HashSet<" + TypeName(member.ElementType!) + ">(" + items + ", " + value + ".Comparer)";
                    break;
                case CollectionKind.SetInterface:
                    mapped = "new " + Generic + "HashSet<" + TypeName(member.ElementType!) + ">(" + items + ")";
                    break;
                default:
                    mapped = Linq + "ToList(" + items + ")";
                    break;
            }

            return value + " is null ? " + (member.IsNullableReference ? "null" : "null!") + " : " + mapped;
        }

        private static bool IsSet(PrivacyMember member)
            => member.Collection == CollectionKind.HashSet || member.Collection == CollectionKind.SetInterface;

        /// <summary>
        /// <c>item.Mask()</c> for one element of a set, typed as the element: <c>null</c> items stay <c>null</c>, and a
        /// non-nullable reference element type keeps its annotation.
        /// </summary>
        private static string ElementCall(PrivacyMember member, string call)
        {
            var element = member.ElementType!;
            if (element.IsValueType)
            {
                return ElementIsNullableValueType(member) ? "item?." + call : "item." + call;
            }

            return element.NullableAnnotation == NullableAnnotation.Annotated ? "item?." + call : "item?." + call + "!";
        }

        private static string NestedCall(PrivacyMember member, string call)
        {
            var value = Access(member);
            if (member.Type.IsValueType)
            {
                return member.IsNullableValueType ? value + "?." + call : value + "." + call;
            }

            return value + "?." + call + (member.IsNullableReference ? string.Empty : "!");
        }

        private static string? MaskedValue(PrivacyMember member)
        {
            switch (member.Role)
            {
                case MemberRole.Personal:
                    if (member.MaskStyle == MaskStyle.None)
                    {
                        return null;
                    }

                    if (member.ValueKind == ValueKind.String)
                    {
                        if (member.Collection == CollectionKind.None)
                        {
                            return MaskCall(member, Access(member));
                        }

                        return MapCollection(member, MaskCall(member, "item"));
                    }

                    return Suppressed(member);
                case MemberRole.Nested:
                    return member.Nested.CanMask ? NestedCall(member, "Mask()") : Suppressed(member);
                case MemberRole.NestedCollection:
                    if (!member.Nested.CanMask)
                    {
                        return Suppressed(member);
                    }

                    if (IsSet(member))
                    {
                        return MapCollection(member, ElementCall(member, "Mask()"));
                    }

                    if (ElementIsNullable(member) || ElementIsNullableValueType(member))
                    {
                        return MapCollection(member, "item?.Mask()");
                    }

                    return Runtime + "PrivacyCollections." + (member.Collection == CollectionKind.Array ? "MaskToArray(" : "MaskToList(") + Access(member) + ")";
                default:
                    return null;
            }
        }

        private static string? AnonymizedValue(PrivacyMember member)
        {
            var value = Access(member);
            switch (member.Role)
            {
                case MemberRole.Personal:
                    switch (member.Strategy)
                    {
                        case AnonymizeStrategy.Keep:
                            return null;
                        case AnonymizeStrategy.Pseudonymize:
                            return Runtime + "Pseudonymization.Pseudonymize(" + value + ", key)";
                        case AnonymizeStrategy.Generalize:
                            switch (member.Generalization)
                            {
                                case Generalization.Year:
                                case Generalization.Month:
                                    return Runtime + "Generalize.Date(" + value + ", " + Runtime + "Generalization." + member.Generalization + ")";
                                case Generalization.Bucket:
                                    return Runtime + "Generalize.Bucket(" + value + ", " + member.BucketSize.ToString("R", CultureInfo.InvariantCulture) + "d)";
                                case Generalization.IPv4Network:
                                    return Runtime + "Generalize.IPv4Network(" + value + ")";
                                default:
                                    return Suppressed(member);
                            }

                        default:
                            return Suppressed(member);
                    }

                case MemberRole.Nested:
                    return member.Nested.CanAnonymize ? NestedCall(member, "Anonymize(key)") : Suppressed(member);
                case MemberRole.NestedCollection:
                    if (!member.Nested.CanAnonymize)
                    {
                        return Suppressed(member);
                    }

                    if (IsSet(member))
                    {
                        return MapCollection(member, ElementCall(member, "Anonymize(key)"));
                    }

                    if (ElementIsNullable(member) || ElementIsNullableValueType(member))
                    {
                        return MapCollection(member, "item?.Anonymize(key)");
                    }

                    return Runtime + "PrivacyCollections." + (member.Collection == CollectionKind.Array ? "AnonymizeToArray(" : "AnonymizeToList(") + value + ", key)";
                default:
                    return null;
            }
        }

        private static CopySpec CopyOf(PrivacyTypeModel model)
        {
            var kind = model.IsRecord ? CopyKind.With
                : model.CopiesThroughConstructor ? CopyKind.Constructor
                : model.IsValueType ? CopyKind.StructCopy
                : CopyKind.MemberwiseClone;
            var chain = model.BaseHasCopyChain ? ChainKind.Override
                : model.IsValueType || model.IsSealed ? ChainKind.Direct
                : ChainKind.Root;
            var mask = new List<AssignmentSpec>();
            var anonymize = new List<AssignmentSpec>();
            foreach (var member in model.Members)
            {
                if (!member.ChangedByCopy)
                {
                    continue;
                }

                if (MaskedValue(member) is { } masked)
                {
                    mask.Add(new AssignmentSpec(Escape(member.Name), masked));
                }

                if (AnonymizedValue(member) is { } anonymized)
                {
                    anonymize.Add(new AssignmentSpec(Escape(member.Name), anonymized));
                }
            }

            return new CopySpec(
                kind,
                chain,
                new EquatableArray<AssignmentSpec>(mask),
                new EquatableArray<AssignmentSpec>(anonymize),
                kind == CopyKind.Constructor ? CopyConstructorOf(model) : null);
        }

        /// <summary>
        /// A struct copies itself whole; a class (sealed, deriving from object: see the model) copies every field,
        /// auto-property and field-like event, private ones included.
        /// </summary>
        private static CopyConstructorSpec CopyConstructorOf(PrivacyTypeModel model)
        {
            var copies = new List<string>();
            if (model.IsValueType)
            {
                copies.Add("this = original;");
            }
            else
            {
                foreach (var member in model.ConstructorCopiedMembers)
                {
                    var name = Escape(member.Name);
                    copies.Add("this." + name + " = original." + name + ";");
                }
            }

            var type = model.Type;
            return new CopyConstructorSpec(
                EscapeDeclaredName(type.Name),
                new EquatableArray<string>(copies),
                model.CopyConstructorSetsRequiredMembers,
                IsProtected: !type.IsSealed && !model.IsValueType,
                ChainsBase: model.CopyConstructorChainsBase,
                IsAbstract: type.IsAbstract,
                ImplicitConstructor: !model.RestoresImplicitConstructor ? null : type.IsAbstract ? "protected" : "public");
        }

        private static ExportSpec ExportOf(PrivacyTypeModel model, PrivacyModelReader reader)
        {
            var chain = model.BaseHasExportChain ? ChainKind.Override
                : model.IsValueType || model.IsSealed ? ChainKind.Direct
                : ChainKind.Root;
            var statements = new List<string>();
            var texts = new ExportTexts();
            foreach (var member in model.Members)
            {
                if (ExportStatement(member, reader, texts) is { } statement)
                {
                    statements.Add(statement);
                }
            }

            return new ExportSpec(chain, new EquatableArray<string>(statements), new EquatableArray<string>(texts.Values));
        }

        /// <summary>The property names and category labels an export writes, each kept once in an encoded static field.</summary>
        private sealed class ExportTexts
        {
            private readonly Dictionary<string, int> _indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);

            public List<string> Values { get; } = new List<string>();

            /// <summary>The expression of the encoded field holding <paramref name="text"/>.</summary>
            public string Field(string text)
            {
                if (!_indexes.TryGetValue(text, out var index))
                {
                    index = Values.Count;
                    _indexes.Add(text, index);
                    Values.Add(text);
                }

                return ExportTextClass + ".Text" + index.ToString(CultureInfo.InvariantCulture);
            }
        }

        /// <summary>The nested class of the encoded export texts.</summary>
        public const string ExportTextClass = "PrivacyExportText";

        private static string? ExportStatement(PrivacyMember member, PrivacyModelReader reader, ExportTexts texts)
        {
            var value = Access(member);
            var name = texts.Field(member.Name);
            var json = Runtime + "PersonalDataJson.";
            switch (member.Role)
            {
                case MemberRole.Nested when member.Nested.CanExport:
                    return json + (member.IsNullableValueType ? "WriteNullableObject(" : "WriteObject(") + "writer, " + name + ", " + value + ");";
                case MemberRole.NestedCollection when member.Nested.CanExport:
                    if (member.ItemType is { IsValueType: true } itemType && !ReferenceEquals(PrivacyModelReader.UnwrapNullable(itemType), itemType))
                    {
                        // Nullable<T> satisfies no interface constraint: the elements are written as the interface.
                        return json + "WriteArray(writer, " + name + ", " + MapItems(member, reader, "(" + Runtime + "IPersonalDataExport?)item") + ");";
                    }

                    return json + "WriteArray(writer, " + name + ", " + Items(member, reader) + ");";
                case MemberRole.Personal:
                case MemberRole.Nested:
                case MemberRole.NestedCollection:
                    if (!member.IsPersonal)
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }

            var head = "writer, " + name + ", " + texts.Field(member.Category) + ", ";
            if (member.Collection != CollectionKind.None)
            {
                if (member.ValueKind == ValueKind.String)
                {
                    return json + "WriteStrings(" + head + Items(member, reader) + ");";
                }

                var itemText = member.ItemType is { } item ? Text(item, "item") : "item?.ToString()";
                return json + "WriteStrings(" + head + MapItems(member, reader, itemText) + ");";
            }

            if (member.Role != MemberRole.Personal)
            {
                return json + "WriteString(" + head + Text(member.Type, value) + ");";
            }

            switch (member.ValueKind)
            {
                case ValueKind.String:
                    return json + "WriteString(" + head + value + ");";
                case ValueKind.Boolean:
                    return json + "WriteBoolean(" + head + value + ");";
                case ValueKind.Integer:
                    return json + "WriteNumber(" + head + "(long?)" + value + ");";
                case ValueKind.UnsignedInteger:
                    return json + "WriteNumber(" + head + "(ulong?)" + value + ");";
                case ValueKind.FloatingPoint:
                    return json + "WriteNumber(" + head + "(double?)" + value + ");";
                case ValueKind.Decimal:
                    return json + "WriteNumber(" + head + "(decimal?)" + value + ");";
                case ValueKind.DateTime:
                    return json + "WriteDateTime(" + head + value + ");";
                case ValueKind.DateTimeOffset:
                    return json + "WriteDateTimeOffset(" + head + value + ");";
                case ValueKind.Guid:
                    return json + "WriteGuid(" + head + value + ");";
                default:
                    // Enums by name, anything else by its ToString().
                    return json + "WriteString(" + head + Text(member.Type, value) + ");";
            }
        }

        /// <summary>
        /// The items of a collection member as an <c>IEnumerable&lt;T&gt;</c> expression, <c>null</c> for a null (or
        /// default) collection: dictionaries give their values, and collections of collections are flattened.
        /// </summary>
        private static string Items(PrivacyMember member, PrivacyModelReader reader)
        {
            var value = Access(member);

            // Conversions keep null as null; the calls that read the collection must not see it.
            var keepsNull = !member.HasCollectionElements
                && member.Collection != CollectionKind.Dictionary
                && member.Collection != CollectionKind.MultidimensionalArray
                && member.Collection != CollectionKind.ImmutableArray;
            var isNull = NullTest(reader, member.Type, value);
            if (keepsNull || isNull is null)
            {
                return member.HasCollectionElements ? Flatten(reader, member.Type, value, 1, member.ItemType!) : Sequence(reader, member.Type, value, mayBeNull: isNull is not null);
            }

            var items = member.HasCollectionElements ? Flatten(reader, member.Type, value, 1, member.ItemType!) : Sequence(reader, member.Type, value, mayBeNull: false);
            return "(" + isNull + " ? null : " + items + ")";
        }

        /// <summary>As <see cref="Items"/>, each item mapped by <paramref name="itemExpression"/> of <c>item</c>.</summary>
        private static string MapItems(PrivacyMember member, PrivacyModelReader reader, string itemExpression)
        {
            var value = Access(member);
            var items = member.HasCollectionElements ? Flatten(reader, member.Type, value, 1, member.ItemType!) : Sequence(reader, member.Type, value, mayBeNull: false);
            var mapped = Linq + "Select(" + items + ", item => " + itemExpression + ")";
            return NullTest(reader, member.Type, value) is { } isNull ? isNull + " ? null : " + mapped : mapped;
        }

        /// <summary>Every item of a collection of collections, a null inner collection counting as empty.</summary>
        private static string Flatten(PrivacyModelReader reader, ITypeSymbol type, string value, int level, ITypeSymbol itemType)
        {
            var element = reader.CollectionElementType(type, out _)!;
            var sequence = Sequence(reader, type, value, mayBeNull: false);
            if (level > 1 && NullTest(reader, type, value) is { } isNull)
            {
                sequence = "(" + isNull + " ? " + Linq + "Empty<" + TypeName(element) + ">() : " + sequence + ")";
            }

            if (SymbolEqualityComparer.IncludeNullability.Equals(element, itemType) || reader.CollectionElementType(element, out _) is null || level > 8)
            {
                return sequence;
            }

            var inner = "items" + level.ToString(CultureInfo.InvariantCulture);
            return Linq + "SelectMany(" + sequence + ", " + inner + " => " + Flatten(reader, element, inner, level + 1, itemType) + ")";
        }

        /// <summary>
        /// The collection <paramref name="value"/> as an <c>IEnumerable&lt;T&gt;</c> of its elements (a dictionary's values);
        /// only conversions are applied to a value that <paramref name="mayBeNull"/>.
        /// </summary>
        private static string Sequence(PrivacyModelReader reader, ITypeSymbol type, string value, bool mayBeNull)
        {
            var element = reader.CollectionElementType(type, out var kind)!;
            switch (kind)
            {
                case CollectionKind.Dictionary:
                    var key = reader.DictionaryKeyType(PrivacyModelReader.UnwrapNullable(type))!;
                    return Linq + "Select((" + Generic + "IEnumerable<" + Generic + "KeyValuePair<" + TypeName(key) + ", " + TypeName(element) + ">>)"
                        + value + ", entry => entry.Value)";
                case CollectionKind.MultidimensionalArray:
                    return Linq + "Cast<" + TypeName(element) + ">(" + value + ")";
                case CollectionKind.ImmutableArray:
                case CollectionKind.Enumerable:
                    // A type may implement IEnumerable<T> more than once: the cast names the one the model read. It keeps null as null.
                    return "((" + Generic + "IEnumerable<" + TypeName(element) + ">" + (mayBeNull ? "?" : string.Empty) + ")" + value + ")";
                default:
                    return value;
            }
        }

        /// <summary>The test that <paramref name="value"/> holds no collection, or <c>null</c> for a value type that always does.</summary>
        private static string? NullTest(PrivacyModelReader reader, ITypeSymbol type, string value)
        {
            var isDefaultArray = reader.CollectionElementType(type, out var kind) is not null && kind == CollectionKind.ImmutableArray;
            if (!ReferenceEquals(PrivacyModelReader.UnwrapNullable(type), type))
            {
                return value + " is null" + (isDefaultArray ? " || " + value + ".Value.IsDefault" : string.Empty);
            }

            if (isDefaultArray)
            {
                return value + ".IsDefault";
            }

            return type.IsValueType ? null : value + " is null";
        }

        /// <summary>
        /// The exported text of a value that JSON has no type for: culture-invariant (enums by name), <c>null</c> for null.
        /// </summary>
        private static string Text(ITypeSymbol type, string value)
        {
            const string Invariant = ", global::System.Globalization.CultureInfo.InvariantCulture)";
            const string ToText = "global::System.Convert.ToString(";
            if (!type.IsValueType)
            {
                return value + " is null ? null : " + ToText + value + Invariant;
            }

            return ReferenceEquals(PrivacyModelReader.UnwrapNullable(type), type)
                ? ToText + value + Invariant
                : value + ".HasValue ? " + ToText + value + ".Value" + Invariant + " : null";
        }

        private static RetentionValues Values(RetentionData data, string? from)
            => new RetentionValues(data.Years, data.Months, data.Days, data.Basis, data.OnExpiry, from);

        private static RetentionSpec RetentionOf(PrivacyTypeModel model)
        {
            var retention = model.Retention!.Value;

            var start = model.RetentionStart;
            var startAccessible = start is not null
                && (SymbolEqualityComparer.Default.Equals(start.ContainingType, model.Type) || start.DeclaredAccessibility != Accessibility.Private);
            return new RetentionSpec(
                Values(retention, start?.Name ?? retention.From),
                HidesBasePolicy: model.BaseHasRetention,
                StartMember: startAccessible ? Escape(start!.Name) : null,
                StartIsNullable: model.RetentionStartIsNullable,
                HidesBaseExpiry: model.BaseHasRetentionExpiry);
        }

        private static InventoryTypeSpec? InventoryOf(PrivacyTypeModel model)
        {
            if (!IsVisibleInAssembly(model.Type))
            {
                return null;
            }

            var members = new List<InventoryMemberSpec>();
            foreach (var member in model.Members)
            {
                AddInventoryMember(members, member);
            }

            foreach (var member in model.InheritedPersonalMembers)
            {
                AddInventoryMember(members, member);
            }

            var retention = model.Retention is { HasPositivePeriod: true } data ? Values(data, model.RetentionStart?.Name ?? data.From) : null;
            return new InventoryTypeSpec(
                model.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                TypeOfOperand(model.Type),
                model.TypeLevelPersonalInfo?.Category,
                retention,
                new EquatableArray<InventoryMemberSpec>(members));
        }

        private static void AddInventoryMember(List<InventoryMemberSpec> members, PrivacyMember member)
        {
            if (member.PersonalInfo is not { } info)
            {
                return;
            }

            members.Add(new InventoryMemberSpec(
                member.Name,
                info.Category,
                info.IsSensitive,
                member.Role == MemberRole.Personal ? member.MaskStyle : MaskStyle.Full,
                member.Strategy,
                member.Retention is { HasPositivePeriod: true } retention ? Values(retention, retention.From) : null,
                member.IsDataSubjectId,
                new EquatableArray<string>(info.Purposes.IsDefault ? System.Collections.Immutable.ImmutableArray<string>.Empty : info.Purposes)));
        }

        /// <summary>The inventory is a class of its own: it can name public and internal types only.</summary>
        private static bool IsVisibleInAssembly(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return false;
                }

                switch (current.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                    case Accessibility.Internal:
                    case Accessibility.ProtectedOrInternal:
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary><c>global::Ns.Outer&lt;&gt;.Inner</c>: generic types in their open form.</summary>
        private static string TypeOfOperand(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                var arity = current.TypeParameters.Length;
                parts.Insert(0, Escape(current.Name) + (arity == 0 ? string.Empty : "<" + new string(',', arity - 1) + ">"));
            }

            var prefix = type.ContainingNamespace is { IsGlobalNamespace: false } ns
                ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "."
                : "global::";
            return prefix + string.Join(".", parts);
        }
    }
}
