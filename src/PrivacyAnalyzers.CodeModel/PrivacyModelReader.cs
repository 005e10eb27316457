using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>
    /// Reads the privacy model of types: which members are personal, their effective mask and anonymization, how a copy
    /// is made and, if it cannot be, why. The generator and the analyzers both read through it so that they never disagree.
    /// One instance per compilation; thread-safe; never throws on incomplete code (unbound types read as plain members).
    /// </summary>
    public sealed class PrivacyModelReader
    {
        // Inheritance chains deeper than this are broken code, not models.
        private const int MaxBaseDepth = 64;

        // Roslyn names generated files "<generator assembly>/<generator type>/<hint name>".
        private const string GeneratedFilesMarker = "PrivacyAnalyzers.Generators.PrivacyGenerator";

        // Collections of collections deeper than this are not looked through.
        private const int MaxCollectionDepth = 8;

        /// <summary>The collection shapes Mask() and Anonymize() rebuild, as the PRIV104 message names them.</summary>
        public const string RebuiltCollections =
            "arrays, List<T>, HashSet<T> and the interfaces IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, ISet<T> and IReadOnlySet<T>";

        private readonly PrivacySymbols _symbols;
        private readonly IAssemblySymbol _compilationAssembly;
        private readonly INamedTypeSymbol? _list;
        private readonly INamedTypeSymbol?[] _listInterfaces;
        private readonly INamedTypeSymbol?[] _enumerable;
        private readonly INamedTypeSymbol?[] _queryable;
        private readonly INamedTypeSymbol? _hashSet;
        private readonly INamedTypeSymbol?[] _setInterfaces;
        private readonly INamedTypeSymbol?[] _dictionaryInterfaces;
        private readonly INamedTypeSymbol? _immutableArray;
        private readonly INamedTypeSymbol? _dateTimeOffset;
        private readonly INamedTypeSymbol? _guid;
        private readonly INamedTypeSymbol? _maskable;
        private readonly INamedTypeSymbol? _anonymizable;
        private readonly INamedTypeSymbol? _personalDataExport;
        private readonly INamedTypeSymbol? _pseudonymKey;
        private readonly bool _hasSetsRequiredMembers;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _holds = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _referencesRuntime = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, PrivacyTypeModel> _shapes = new ConcurrentDictionary<INamedTypeSymbol, PrivacyTypeModel>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, PrivacyTypeModel> _models = new ConcurrentDictionary<INamedTypeSymbol, PrivacyTypeModel>(SymbolEqualityComparer.Default);

        public PrivacyModelReader(Compilation compilation, PrivacySymbols symbols)
        {
            _symbols = symbols;
            _compilationAssembly = compilation.Assembly;
            _list = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
            _listInterfaces = new[]
            {
                compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T),
                compilation.GetSpecialType(SpecialType.System_Collections_Generic_IReadOnlyList_T),
                compilation.GetSpecialType(SpecialType.System_Collections_Generic_IReadOnlyCollection_T),
                compilation.GetSpecialType(SpecialType.System_Collections_Generic_IList_T),
                compilation.GetSpecialType(SpecialType.System_Collections_Generic_ICollection_T),
            };
            _enumerable = new[] { compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T) };
            _queryable = new[] { compilation.GetTypeByMetadataName("System.Linq.IQueryable") };
            _hashSet = compilation.GetTypeByMetadataName("System.Collections.Generic.HashSet`1");
            _setInterfaces = new[]
            {
                compilation.GetTypeByMetadataName("System.Collections.Generic.ISet`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlySet`1"),
            };
            _dictionaryInterfaces = new[]
            {
                compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2"),
            };
            _immutableArray = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1");
            _dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            _guid = compilation.GetTypeByMetadataName("System.Guid");
            _maskable = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IMaskable`1");
            _anonymizable = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IAnonymizable`1");
            _personalDataExport = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IPersonalDataExport");
            _pseudonymKey = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PseudonymKey");
            _hasSetsRequiredMembers = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute") is { } setsRequired
                && compilation.IsSymbolAccessibleWithin(setsRequired, compilation.Assembly);
        }

        /// <summary>The full model of <paramref name="type"/>, nested types' capabilities included; read once per type.</summary>
        public PrivacyTypeModel Read(INamedTypeSymbol type, CancellationToken cancellationToken = default)
        {
            type = type.OriginalDefinition;
            if (_models.TryGetValue(type, out var known))
            {
                return known;
            }

            var model = ReadShape(type, withCapabilities: true, cancellationToken);
            model.InheritedPersonalMembers = InheritedPersonalMembers(type, cancellationToken);
            return _models.GetOrAdd(type, model);
        }

        /// <summary>
        /// True when <paramref name="type"/> holds personal information: a declared or inherited instance member with
        /// [PersonalInfo] (of any accessibility), a public instance member whose type (or collection element type) holds
        /// personal information, or [PersonalInfo] / [RetainFor] on the type itself. Annotated objects kept in non-public
        /// members are the state of a service (a cache, a repository): no ToString prints them and serializers do not
        /// write them, so they do not make the type a data model.
        /// </summary>
        public bool HoldsPersonalInfo(INamedTypeSymbol type)
            => Holds(type, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default));

        /// <summary>
        /// True when <paramref name="type"/> holds personal information through its own declaration: [PersonalInfo] or
        /// [RetainFor] on it, or a member it declares. A type that only inherits personal members is covered by the code
        /// generated for its base and needs none of its own.
        /// </summary>
        public bool HoldsDeclaredPersonalInfo(INamedTypeSymbol type)
            => HoldsPersonalInfo(type)
                && ComputeHolds(type.OriginalDefinition, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type.OriginalDefinition }, includeBases: false);

        private bool Holds(INamedTypeSymbol type, HashSet<INamedTypeSymbol> inProgress)
        {
            type = type.OriginalDefinition;
            if (_holds.TryGetValue(type, out var known))
            {
                return known;
            }

            if (!inProgress.Add(type))
            {
                // A cycle (Person.Friends is List<Person>) adds nothing that the other members do not already decide.
                return false;
            }

            var holds = ComputeHolds(type, inProgress, includeBases: true);
            inProgress.Remove(type);

            // A "no" reached while an enclosing type was still being decided may depend on that type; decide it again later.
            if (holds || inProgress.Count == 0)
            {
                _holds.TryAdd(type, holds);
            }

            return holds;
        }

        private bool ComputeHolds(INamedTypeSymbol type, HashSet<INamedTypeSymbol> inProgress, bool includeBases)
        {
            if (IsAnnotatedType(type))
            {
                return true;
            }

            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
            {
                return false;
            }

            var depth = 0;
            for (var current = type; current is not null && depth < (includeBases ? MaxBaseDepth : 1) && CanHoldPersonalInfo(current.ContainingAssembly); current = current.BaseType, depth++)
            {
                foreach (var member in current.GetMembers())
                {
                    if (MemberType(member) is { } memberType
                        && (PrivacyAttributes.FindOnMember(member, _symbols.PersonalInfo) is not null
                            || (member.DeclaredAccessibility == Accessibility.Public && AnnotatedTarget(memberType, inProgress, out _) is not null)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsAnnotatedType(INamedTypeSymbol type)
            => PrivacySymbols.Find(type, _symbols.PersonalInfo) is not null
                || PrivacySymbols.Find(type, _symbols.RetainFor) is not null;

        /// <summary>The type of an instance property or field the generated code considers; <c>null</c> for every other member.</summary>
        private static ITypeSymbol? MemberType(ISymbol member)
        {
            if (member.IsStatic || !member.CanBeReferencedByName)
            {
                return null;
            }

            switch (member)
            {
                case IPropertySymbol property when !property.IsIndexer && property.Name != "EqualityContract" && property.GetMethod is not null && !property.ReturnsByRef && !property.ReturnsByRefReadonly:
                    return IsStorable(property.Type) ? property.Type : null;
                case IFieldSymbol field when field.AssociatedSymbol is null && !field.IsConst && !field.IsImplicitlyDeclared:
                    return IsStorable(field.Type) ? field.Type : null;
                default:
                    return null;
            }
        }

        private static bool IsStorable(ITypeSymbol type)
            => type.TypeKind != TypeKind.Pointer && type.TypeKind != TypeKind.FunctionPointer && !type.IsRefLikeType;

        /// <summary>
        /// The annotated type a member of <paramref name="type"/> holds: directly, nullable, or as the elements of a
        /// collection (of collections); <c>null</c> when it holds none. <paramref name="depth"/> counts the collections
        /// around it. A type that holds personal information itself wins over the items it enumerates when it has privacy
        /// code of its own; one without (a custom collection that is not partial) is read through its items.
        /// </summary>
        private INamedTypeSymbol? AnnotatedTarget(ITypeSymbol type, HashSet<INamedTypeSymbol> inProgress, out int depth)
        {
            INamedTypeSymbol? fallback = null;
            var fallbackDepth = 0;
            var current = type;
            for (var level = 0; level <= MaxCollectionDepth; level++)
            {
                var element = CollectionElementType(current, out _);
                if (UnwrapNullable(current) is INamedTypeSymbol named
                    && (named.TypeKind == TypeKind.Class || named.TypeKind == TypeKind.Struct || named.TypeKind == TypeKind.Interface)
                    && named.SpecialType == SpecialType.None
                    && CanHoldPersonalInfo(named.ContainingAssembly)
                    && Holds(named, inProgress))
                {
                    if (element is null || HasPrivacyCode(named))
                    {
                        depth = level;
                        return named;
                    }

                    if (fallback is null)
                    {
                        fallback = named;
                        fallbackDepth = level;
                    }
                }

                if (element is null)
                {
                    break;
                }

                current = element;
            }

            depth = fallbackDepth;
            return fallback;
        }

        /// <summary>The type gets generated code here (partial, in source) or comes with it (implements IPersonalDataExport).</summary>
        private bool HasPrivacyCode(INamedTypeSymbol type)
            => type.DeclaringSyntaxReferences.IsEmpty
                ? Implements(type, _personalDataExport, null)
                : IsPartialInSource(type.OriginalDefinition, CancellationToken.None);

        /// <summary>Only assemblies that reference the runtime can declare annotated types; this keeps the search out of the framework.</summary>
        private bool CanHoldPersonalInfo(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(assembly, _compilationAssembly))
            {
                return true;
            }

            return _referencesRuntime.GetOrAdd(assembly, ReferencesRuntime);
        }

        private bool ReferencesRuntime(IAssemblySymbol assembly)
        {
            var runtimeName = _symbols.PersonalInfo.ContainingAssembly.Identity.Name;
            if (assembly.Identity.Name == runtimeName)
            {
                return true;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == runtimeName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

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
        /// The model of <paramref name="type"/>. Without capabilities, nested members are classified but the capabilities
        /// of their types are not read, which keeps the search free of cycles (Person.Manager is a Person).
        /// </summary>
        private PrivacyTypeModel ReadShape(INamedTypeSymbol type, bool withCapabilities, CancellationToken cancellationToken)
        {
            if (!withCapabilities && _shapes.TryGetValue(type, out var cached))
            {
                return cached;
            }

            var model = new PrivacyTypeModel(type)
            {
                Shape = ShapeOf(type),
                HoldsPersonalInfo = HoldsPersonalInfo(type),
                IsPartial = IsPartialInSource(type, cancellationToken),
            };

            var typeLevel = PrivacySymbols.Find(type, _symbols.PersonalInfo);
            if (typeLevel is not null)
            {
                model.TypeLevelPersonalInfo = AttributeReaders.ReadPersonalInfo(typeLevel);
            }

            var retention = PrivacySymbols.Find(type, _symbols.RetainFor);
            if (retention is not null)
            {
                model.Retention = AttributeReaders.ReadRetention(retention);
            }

            model.GeneratesCode = model.IsPartial
                && model.HoldsPersonalInfo
                && !type.IsStatic
                && !type.IsRefLikeType
                && (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct);

            var members = ImmutableArray.CreateBuilder<PrivacyMember>();
            foreach (var symbol in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsUserDeclared(symbol))
                {
                    switch (symbol.Name)
                    {
                        case "Mask":
                        case "Anonymize":
                        case "PrivacyMaskCore":
                        case "PrivacyAnonymizeCore":
                            model.HasUserCopyMembers = true;
                            break;
                        case "WritePersonalData":
                        case "WritePersonalDataMembers":
                            model.HasUserExportMembers = true;
                            break;
                        case "PrivacyRetention":
                        case "GetRetentionExpiry":
                            model.HasUserRetentionMembers = true;
                            break;
                    }
                }

                if (symbol is IMethodSymbol method && !method.IsStatic && IsUserDeclared(method))
                {
                    if (method.Name == "ToString" && method.Parameters.Length == 0 && method.MethodKind == MethodKind.Ordinary)
                    {
                        model.HasUserToString = true;
                    }
                    else if (method.Name == "PrintMembers" && method.Parameters.Length == 1)
                    {
                        model.HasUserPrintMembers = true;
                    }
                }

                if (MemberType(symbol) is { } memberType)
                {
                    members.Add(ReadMember(model, symbol, memberType, withCapabilities, cancellationToken));
                }
            }

            model.Members = members.ToImmutable();
            ReadRetentionStart(model);
            ReadBaseChain(model, cancellationToken);
            model.CopyBlocker = FindCopyBlocker(model, cancellationToken, out var blockingMember);
            model.CopyBlockerMember = blockingMember;

            if (!withCapabilities)
            {
                _shapes.TryAdd(type, model);
            }

            return model;
        }

        /// <summary>
        /// Declared by the user: neither implicit nor written by this package's generator (analyzers see the compilation
        /// with the generated members; the generator itself never does).
        /// </summary>
        private static bool IsUserDeclared(ISymbol symbol)
        {
            if (symbol.IsImplicitlyDeclared)
            {
                return false;
            }

            var references = symbol.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return true;
            }

            foreach (var reference in references)
            {
                if (reference.SyntaxTree.FilePath.IndexOf(GeneratedFilesMarker, System.StringComparison.Ordinal) < 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static TypeShape ShapeOf(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Struct)
            {
                return type.IsRecord ? TypeShape.RecordStruct : TypeShape.Struct;
            }

            return type.IsRecord ? TypeShape.RecordClass : TypeShape.Class;
        }

        /// <summary>Every declaration of the type and of each type containing it is a partial class, struct, record or interface in source.</summary>
        public static bool IsPartialInSource(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                var references = current.DeclaringSyntaxReferences;
                if (references.IsEmpty)
                {
                    return false;
                }

                foreach (var reference in references)
                {
                    if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                        || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private PrivacyMember ReadMember(PrivacyTypeModel model, ISymbol symbol, ITypeSymbol type, bool withCapabilities, CancellationToken cancellationToken)
        {
            var member = new PrivacyMember(symbol, type)
            {
                IsPublic = symbol.DeclaredAccessibility == Accessibility.Public,
                IsDataSubjectId = PrivacyAttributes.FindOnMember(symbol, _symbols.DataSubjectId) is not null,
            };

            var personalInfo = PrivacyAttributes.FindOnMember(symbol, _symbols.PersonalInfo);
            if (personalInfo is not null)
            {
                member.PersonalInfo = AttributeReaders.ReadPersonalInfo(personalInfo);
            }
            else if (model.TypeLevelPersonalInfo is { } typeLevel && member.IsPublic)
            {
                member.PersonalInfo = typeLevel;
            }

            var retention = PrivacyAttributes.FindOnMember(symbol, _symbols.RetainFor);
            if (retention is not null)
            {
                member.Retention = AttributeReaders.ReadRetention(retention);
            }

            var nestedDepth = 0;
            var nested = IsIncomplete(type) ? null : AnnotatedTarget(type, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), out nestedDepth);
            var collection = CollectionKind.None;
            var element = nested is not null && nestedDepth == 0 ? null : CollectionElementType(type, out collection);
            member.Collection = collection;
            member.ElementType = element;
            member.ItemType = element;
            if (element is not null)
            {
                // Look through collections of collections down to the items: the annotated type, or the values.
                var levels = nested is null ? MaxCollectionDepth : nestedDepth;
                for (var depth = 1; depth < levels && CollectionElementType(member.ItemType!, out _) is { } inner; depth++)
                {
                    member.ItemType = inner;
                    member.HasCollectionElements = true;
                }
            }

            var valueType = UnwrapNullable(member.ItemType ?? type);
            member.ValueKind = KindOf(valueType);
            member.IsNullableValueType = type.IsValueType && !ReferenceEquals(UnwrapNullable(type), type);
            member.IsNullableReference = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;

            if (nested is not null)
            {
                member.Role = collection == CollectionKind.None ? MemberRole.Nested : MemberRole.NestedCollection;
                member.NestedType = nested;
                if (withCapabilities)
                {
                    member.Nested = CapabilitiesOf(nested, cancellationToken);
                }
            }
            else if (member.IsPersonal)
            {
                member.Role = MemberRole.Personal;
            }

            ReadMask(member, symbol);
            ReadAnonymization(member, symbol);
            member.ChangedByCopy = member.Role == MemberRole.Nested
                || member.Role == MemberRole.NestedCollection
                || (member.Role == MemberRole.Personal && (member.MaskStyle != MaskStyle.None || member.Strategy != AnonymizeStrategy.Keep));
            member.NotAssignableReason = NotAssignableReason(model, symbol);
            return member;
        }

        private static bool IsIncomplete(ITypeSymbol type)
        {
            switch (type)
            {
                case IErrorTypeSymbol:
                    return true;
                case IArrayTypeSymbol array:
                    return IsIncomplete(array.ElementType);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (IsIncomplete(argument))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>What the value of a member of <paramref name="type"/> is, for masking, anonymization and export.</summary>
        public ValueKind KindOf(ITypeSymbol type)
        {
            type = UnwrapNullable(type);
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return ValueKind.String;
                case SpecialType.System_Boolean: return ValueKind.Boolean;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                    return ValueKind.Integer;
                case SpecialType.System_UInt64: return ValueKind.UnsignedInteger;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return ValueKind.FloatingPoint;
                case SpecialType.System_Decimal: return ValueKind.Decimal;
                case SpecialType.System_DateTime: return ValueKind.DateTime;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return ValueKind.Enum;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _dateTimeOffset))
            {
                return ValueKind.DateTimeOffset;
            }

            return SymbolEqualityComparer.Default.Equals(type, _guid) ? ValueKind.Guid : ValueKind.Other;
        }

        private void ReadMask(PrivacyMember member, ISymbol symbol)
        {
            var attribute = PrivacyAttributes.FindOnMember(symbol, _symbols.Mask);
            var mask = attribute is null ? (MaskData?)null : AttributeReaders.ReadMask(attribute);
            member.HasMaskAttribute = mask.HasValue;
            member.MaskChar = mask?.MaskChar ?? '*';
            if (member.Role != MemberRole.Personal)
            {
                member.MaskStyle = MaskStyle.None;
                return;
            }

            var requested = mask?.Style ?? MaskStyle.Default;
            if (requested < MaskStyle.Default || requested > MaskStyle.None)
            {
                requested = MaskStyle.Default;
            }

            if (member.ValueKind != ValueKind.String)
            {
                // Text masks do not apply: the value is redacted unless shown as is on purpose.
                member.MaskStyle = requested == MaskStyle.None ? MaskStyle.None : MaskStyle.Full;
                return;
            }

            member.MaskStyle = requested == MaskStyle.Default ? CategoryRules.DefaultMaskStyle(member.Category) : requested;
            if (member.MaskStyle == MaskStyle.Custom)
            {
                member.KeepFirst = mask?.KeepFirst ?? 0;
                member.KeepLast = mask?.KeepLast ?? 0;
                if (member.KeepFirst < 0 || member.KeepLast < 0)
                {
                    // Invalid counts (reported by PRIV107) fail closed.
                    member.MaskStyle = MaskStyle.Full;
                }
            }
        }

        private void ReadAnonymization(PrivacyMember member, ISymbol symbol)
        {
            var attribute = PrivacyAttributes.FindOnMember(symbol, _symbols.Anonymize);
            var data = attribute is null ? (AnonymizeData?)null : AttributeReaders.ReadAnonymize(attribute);
            member.BucketSize = data?.BucketSize ?? 0;
            if (member.Role != MemberRole.Personal)
            {
                // Nested objects are anonymized by their own code; other members are not personal information.
                member.RequestedStrategy = member.Role == MemberRole.Plain ? AnonymizeStrategy.Keep : AnonymizeStrategy.Suppress;
                member.Strategy = member.RequestedStrategy;
                return;
            }

            var requested = data?.Strategy ?? AnonymizeStrategy.Suppress;
            member.RequestedStrategy = requested;
            member.StrategyMismatch = StrategyMismatch(member, requested, data?.To ?? Generalization.Auto, member.BucketSize, out var generalization);
            member.Strategy = member.StrategyMismatch is null ? requested : AnonymizeStrategy.Suppress;
            member.Generalization = member.Strategy == AnonymizeStrategy.Generalize ? generalization : Generalization.Auto;
        }

        /// <summary>
        /// Why <paramref name="strategy"/> does not fit the member, or <c>null</c> when it does; <paramref name="resolved"/>
        /// is the generalization form with Auto resolved.
        /// </summary>
        public static string? StrategyMismatch(PrivacyMember member, AnonymizeStrategy strategy, Generalization to, double bucketSize, out Generalization resolved)
        {
            resolved = to;
            switch (strategy)
            {
                case AnonymizeStrategy.Suppress:
                case AnonymizeStrategy.Keep:
                    return null;
                case AnonymizeStrategy.Pseudonymize:
                    if (member.Collection != CollectionKind.None)
                    {
                        return "collections can only be suppressed or kept";
                    }

                    return member.ValueKind == ValueKind.String || member.ValueKind == ValueKind.Guid || IsLong(member.Type)
                        ? null
                        : "pseudonyms are made for string, Guid and long values";
                case AnonymizeStrategy.Generalize:
                    if (member.Collection != CollectionKind.None)
                    {
                        return "collections can only be suppressed or kept";
                    }

                    switch (member.ValueKind)
                    {
                        case ValueKind.DateTime:
                        case ValueKind.DateTimeOffset:
                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.Month;
                            }

                            return resolved == Generalization.Year || resolved == Generalization.Month ? null : "dates generalize to a year or a month";
                        case ValueKind.String:
                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.IPv4Network;
                            }

                            return resolved == Generalization.IPv4Network ? null : "strings generalize to an IPv4 network";
                        default:
                            if (!IsBucketNumber(member.Type))
                            {
                                return "only dates, int, long, decimal and double numbers and IPv4 strings can be generalized";
                            }

                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.Bucket;
                            }

                            if (resolved != Generalization.Bucket)
                            {
                                return "numbers generalize to a bucket";
                            }

                            return bucketSize > 0 && !double.IsInfinity(bucketSize) ? null : "a number needs a positive BucketSize";
                    }

                default:
                    return "unknown strategy";
            }
        }

        private static bool IsLong(ITypeSymbol type) => UnwrapNullable(type).SpecialType == SpecialType.System_Int64;

        private static bool IsBucketNumber(ITypeSymbol type)
        {
            switch (UnwrapNullable(type).SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Why the generated copy cannot assign <paramref name="symbol"/> from inside the type, or <c>null</c>.</summary>
        private static string? NotAssignableReason(PrivacyTypeModel model, ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol field:
                    return field.IsReadOnly ? "'" + field.Name + "' is a readonly field" : null;
                case IPropertySymbol property:
                    if (property.SetMethod is null)
                    {
                        return "'" + property.Name + "' is get-only";
                    }

                    if (property.SetMethod.IsInitOnly && !model.IsRecord)
                    {
                        return "'" + property.Name + "' is init-only";
                    }

                    return null;
                default:
                    return null;
            }
        }

        private void ReadRetentionStart(PrivacyTypeModel model)
        {
            var from = model.Retention?.From;
            if (string.IsNullOrEmpty(from))
            {
                return;
            }

            var depth = 0;
            for (INamedTypeSymbol? current = model.Type; current is not null && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                foreach (var candidate in current.GetMembers(from!))
                {
                    if (MemberType(candidate) is { } type)
                    {
                        var kind = KindOf(type);
                        if (kind == ValueKind.DateTime || kind == ValueKind.DateTimeOffset)
                        {
                            model.RetentionStart = candidate;
                            model.RetentionStartKind = kind;
                            model.RetentionStartIsNullable = !ReferenceEquals(UnwrapNullable(type), type);
                        }

                        return;
                    }
                }
            }
        }

        /// <summary>Which generated chains the base types offer (generated in this compilation, or present in a referenced assembly).</summary>
        private void ReadBaseChain(PrivacyTypeModel model, CancellationToken cancellationToken)
        {
            var first = model.Type.BaseType;
            model.BaseIsRecord = first is not null && first.IsRecord;
            var depth = 0;
            for (var current = first; current is not null && current.SpecialType != SpecialType.System_Object && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                var definition = current.OriginalDefinition;
                foreach (var member in definition.GetMembers("ToString"))
                {
                    model.BaseSealsToString |= member is IMethodSymbol { Parameters.Length: 0, IsSealed: true };
                }

                if (!definition.DeclaringSyntaxReferences.IsEmpty)
                {
                    var shape = ReadShape(definition, withCapabilities: false, cancellationToken);
                    if (shape.GeneratesCode)
                    {
                        model.BaseHasPrintChain |= !shape.IsRecord && !shape.HasUserToString;
                        model.BaseHasCopyChain |= shape.GeneratesCopy;
                        model.BaseHasExportChain |= shape.GeneratesExport;
                        model.BaseHasRetention |= shape.GeneratesRetention;
                        model.BaseHasRetentionExpiry |= shape.GeneratesRetention && shape.RetentionStart is not null;
                    }

                    // An export the user wrote in a base cannot be extended by a generated one, nor hidden without warning.
                    model.HasUserExportMembers |= shape.HasUserExportMembers;

                    // Retention members the user declared in a base are hidden by the generated ones of the same name.
                    model.BaseHasRetention |= shape.HasUserRetentionMembers;
                    model.BaseHasRetentionExpiry |= shape.HasUserRetentionMembers;
                }
                else
                {
                    model.BaseHasPrintChain |= HasMember(definition, "PrintPrivacyMembers");
                    model.BaseHasCopyChain |= HasMember(definition, "PrivacyMaskCore");
                    model.BaseHasExportChain |= HasMember(definition, "WritePersonalDataMembers");
                    model.BaseHasRetention |= HasMember(definition, "PrivacyRetention");
                    model.BaseHasRetentionExpiry |= HasMember(definition, "GetRetentionExpiry");
                }
            }
        }

        private static bool HasMember(INamedTypeSymbol type, string name) => !type.GetMembers(name).IsEmpty;

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

        private string? FindCopyBlocker(PrivacyTypeModel model, CancellationToken cancellationToken, out ISymbol? blockingMember)
        {
            blockingMember = null;
            var needsCopy = false;
            string? constructorBlocker = null;
            var constructorChecked = false;
            foreach (var member in model.Members)
            {
                if (!member.ChangedByCopy)
                {
                    continue;
                }

                needsCopy = true;
                var reason = member.NotAssignableReason;
                if (reason is not null && !model.IsRecord && AssignableInConstructor(member.Symbol))
                {
                    // What the copy cannot assign, a generated constructor can: it assigns 'this'.
                    if (!constructorChecked)
                    {
                        constructorBlocker = ConstructorCopyBlocker(model, cancellationToken);
                        constructorChecked = true;
                    }

                    if (constructorBlocker is not null)
                    {
                        reason += " and " + constructorBlocker;
                    }
                    else
                    {
                        model.CopiesThroughConstructor = true;
                        reason = null;
                    }
                }

                reason ??= CollectionNotRebuiltReason(member);
                if (reason is not null)
                {
                    blockingMember = member.Symbol;
                    model.CopiesThroughConstructor = false;
                    return reason;
                }
            }

            // A base that copies itself in a constructor makes a copy of its own type: a derived type must chain to it.
            if (model.Shape == TypeShape.Class && !model.CopiesThroughConstructor && model.Type.BaseType is { } directBase && BaseCopiesThroughConstructor(directBase, cancellationToken))
            {
                if (!constructorChecked)
                {
                    constructorBlocker = ConstructorCopyBlocker(model, cancellationToken);
                    constructorChecked = true;
                }

                if (constructorBlocker is not null)
                {
                    return "its base type '" + directBase.Name + "' copies itself in a constructor and " + constructorBlocker;
                }

                model.CopiesThroughConstructor = true;
            }

            if (needsCopy && model.Shape == TypeShape.Struct && model.IsReadOnly)
            {
                if (!constructorChecked)
                {
                    constructorBlocker = ConstructorCopyBlocker(model, cancellationToken);
                }

                if (constructorBlocker is not null)
                {
                    return "'" + model.Type.Name + "' is a readonly struct and " + constructorBlocker;
                }

                model.CopiesThroughConstructor = true;
            }

            // The nearest base that holds personal information must mask its own members, or the copy would show them.
            var depth = 0;
            for (var current = model.Type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                var definition = current.OriginalDefinition;
                if (!HoldsPersonalInfo(definition))
                {
                    continue;
                }

                if (!definition.DeclaringSyntaxReferences.IsEmpty)
                {
                    var shape = ReadShape(definition, withCapabilities: false, cancellationToken);
                    if (!shape.GeneratesCode)
                    {
                        return "its base type '" + definition.Name + "' holds personal information but has no generated Mask()";
                    }

                    if (!shape.CanCopy)
                    {
                        return "its base type '" + definition.Name + "' cannot be copied: " + shape.CopyBlocker;
                    }

                    return shape.HasUserCopyMembers
                        ? "its base type '" + definition.Name + "' declares its own Mask() or Anonymize()"
                        : null;
                }

                return HasMember(definition, "PrivacyMaskCore")
                    ? null
                    : "its base type '" + definition.Name + "' holds personal information but has no generated Mask()";
            }

            return null;
        }

        /// <summary>
        /// Why Mask() and Anonymize() cannot make their copy in a generated constructor
        /// <c>T(T original, PseudonymKey? key)</c>, or <c>null</c> when they can. A struct copies itself whole
        /// (<c>this = original;</c>); a class assigns every field and auto-property it declares and leaves the state of
        /// its base to the base's own copy constructor, so a class deriving from anything but <c>object</c> needs a base
        /// that copies itself that way.
        /// </summary>
        private string? ConstructorCopyBlocker(PrivacyTypeModel model, CancellationToken cancellationToken)
        {
            var type = model.Type;
            if (model.Shape == TypeShape.Class && HasPrimaryConstructor(type))
            {
                // Every other constructor must chain to it with arguments the generated code cannot know.
                return "'" + type.Name + "' has a primary constructor";
            }

            if (model.Shape == TypeShape.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
            {
                if (!BaseCopiesThroughConstructor(baseType, cancellationToken))
                {
                    return "its base type '" + baseType.Name + "' holds state a generated constructor cannot copy";
                }

                model.CopyConstructorChainsBase = true;
            }

            if (_pseudonymKey is null)
            {
                return "'PrivacyAnalyzers.PseudonymKey' is missing";
            }

            var hasRequired = false;
            var copied = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false, Parameters.Length: 2 } constructor
                        when IsUserDeclared(constructor)
                            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.OriginalDefinition, type)
                            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[1].Type, _pseudonymKey):
                        return "'" + type.Name + "' declares a constructor (" + type.Name + ", PseudonymKey) itself";
                    case IPropertySymbol { IsStatic: false, IsRequired: true }:
                    case IFieldSymbol { IsStatic: false, IsRequired: true }:
                        hasRequired = true;
                        break;
                }

                if (model.Shape == TypeShape.Class && CopiedState(member) is { } state)
                {
                    if (state is IPropertySymbol { ExplicitInterfaceImplementations.IsEmpty: false } || !state.CanBeReferencedByName)
                    {
                        return "'" + state.Name + "' cannot be named in a generated constructor";
                    }

                    if (IsObsolete(state))
                    {
                        return "'" + state.Name + "' is obsolete";
                    }

                    if ((state as IFieldSymbol)?.Type is { } fieldType && !IsStorable(fieldType))
                    {
                        // Copying a pointer needs an unsafe context the generated code does not have.
                        return "'" + state.Name + "' has a pointer type";
                    }

                    if (!copied.Contains(state))
                    {
                        copied.Add(state);
                    }
                }
            }

            hasRequired |= model.CopyConstructorChainsBase && HasRequiredMembersInBases(type);
            if (hasRequired && !_hasSetsRequiredMembers)
            {
                return "'" + type.Name + "' has required members but SetsRequiredMembersAttribute is not available";
            }

            model.ConstructorCopiedMembers = copied.ToImmutable();
            model.CopyConstructorSetsRequiredMembers = hasRequired;
            model.RestoresImplicitConstructor = model.Shape == TypeShape.Class && !HasUserConstructor(type);
            return null;
        }

        /// <summary>
        /// The base type makes Mask() and Anonymize() copies in a generated constructor <c>(Base original, PseudonymKey? key)</c>
        /// a derived type can chain to: generated in this compilation, or present in a referenced assembly.
        /// </summary>
        private bool BaseCopiesThroughConstructor(INamedTypeSymbol baseType, CancellationToken cancellationToken)
        {
            var definition = baseType.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Object || definition.TypeKind != TypeKind.Class || definition.IsRecord)
            {
                return false;
            }

            if (!definition.DeclaringSyntaxReferences.IsEmpty)
            {
                var shape = ReadShape(definition, withCapabilities: false, cancellationToken);
                return shape.GeneratesCopy && shape.CopiesThroughConstructor;
            }

            if (_pseudonymKey is null || !HasMember(definition, "PrivacyMaskCore"))
            {
                return false;
            }

            foreach (var constructor in definition.InstanceConstructors)
            {
                if (constructor.Parameters.Length == 2
                    && constructor.DeclaredAccessibility != Accessibility.Private
                    && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.OriginalDefinition, definition)
                    && SymbolEqualityComparer.Default.Equals(constructor.Parameters[1].Type, _pseudonymKey))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasRequiredMembersInBases(INamedTypeSymbol type)
        {
            var depth = 0;
            for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsRequired: true } || member is IFieldSymbol { IsStatic: false, IsRequired: true })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The type declares an instance constructor (a primary constructor included). Without one it has the implicit
        /// parameterless constructor, which a generated constructor would take away: the generated code then declares it.
        /// </summary>
        private static bool HasPrimaryConstructor(INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is TypeDeclarationSyntax)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasUserConstructor(INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                if (IsUserDeclared(constructor))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The member through which a copy constructor copies a piece of a class's instance state: the field itself, the
        /// auto-property of a backing field, or a field-like event (whose backing field is not a member); <c>null</c>
        /// for members that hold no state of their own.
        /// </summary>
        private static ISymbol? CopiedState(ISymbol member)
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsConst: false } field:
                    return field.AssociatedSymbol ?? field;
                case IEventSymbol { IsStatic: false } eventSymbol:
                    foreach (var reference in eventSymbol.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax() is VariableDeclaratorSyntax)
                        {
                            return eventSymbol;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>A constructor assigns fields, properties with a setter, and auto-properties without one.</summary>
        private static bool AssignableInConstructor(ISymbol symbol)
        {
            if (symbol is not IPropertySymbol property || property.SetMethod is not null)
            {
                return true;
            }

            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsObsolete(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the generated (or referenced) code of an annotated type offers to the types that hold it.</summary>
        private NestedCapabilities CapabilitiesOf(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var definition = type.OriginalDefinition;
            if (!definition.DeclaringSyntaxReferences.IsEmpty)
            {
                var shape = ReadShape(definition, withCapabilities: false, cancellationToken);
                return new NestedCapabilities(
                    canMask: shape.GeneratesCopy,
                    canAnonymize: shape.GeneratesCopy,
                    canExport: shape.GeneratesExport,
                    printsRedacted: shape.GeneratesCode || shape.HasUserToString);
            }

            var canExport = Implements(type, _personalDataExport, null);
            return new NestedCapabilities(
                canMask: Implements(type, _maskable, type),
                canAnonymize: Implements(type, _anonymizable, type),
                canExport: canExport,
                printsRedacted: canExport);
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol? contract, ITypeSymbol? typeArgument)
        {
            if (contract is null)
            {
                return false;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, contract)
                    && (typeArgument is null || (implemented.TypeArguments.Length == 1 && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], typeArgument))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The personal members declared in the base types of <paramref name="type"/>, nearest base first.</summary>
        public ImmutableArray<PrivacyMember> InheritedPersonalMembers(INamedTypeSymbol type, CancellationToken cancellationToken = default)
        {
            var members = ImmutableArray.CreateBuilder<PrivacyMember>();
            var depth = 0;
            for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                if (!CanHoldPersonalInfo(current.ContainingAssembly))
                {
                    break;
                }

                var shape = ReadShape(current.OriginalDefinition, withCapabilities: false, cancellationToken);
                foreach (var member in shape.Members)
                {
                    if (member.IsPersonal)
                    {
                        members.Add(member);
                    }
                }
            }

            return members.ToImmutable();
        }
    }
}
