using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>Which types hold personal information: declared or inherited personal members, annotated objects in public members, annotated types; and which assemblies can declare them.</summary>
    public sealed partial class PrivacyModelReader
    {
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
    }
}
