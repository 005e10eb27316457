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
    public sealed partial class PrivacyModelReader
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
    }
}
