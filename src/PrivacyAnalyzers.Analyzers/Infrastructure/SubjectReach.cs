using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// How the erasure and export of the EF Core package reach an entity of a <c>DbContext</c>: by a [DataSubjectId]
    /// member of its own, or by belonging to an entity that has one (a reference navigation to it, or a navigation from it).
    /// Shared by PRIV108 and the privacy tool's report.
    /// </summary>
    internal static class SubjectReach
    {
        /// <summary>The <c>DbSet&lt;T&gt;</c> properties of a context and their entity types.</summary>
        public static List<(IPropertySymbol Property, INamedTypeSymbol Entity)> EntitySets(INamedTypeSymbol context, INamedTypeSymbol dbSet)
        {
            var sets = new List<(IPropertySymbol, INamedTypeSymbol)>();
            foreach (var member in context.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { TypeArguments.Length: 1 } setType } property
                    && SymbolEqualityComparer.Default.Equals(setType.OriginalDefinition, dbSet)
                    && setType.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    sets.Add((property, entity));
                }
            }

            return sets;
        }

        /// <summary>"[DataSubjectId] Id", "through Account", or <c>null</c> when erasure and export cannot find the entity's subject.</summary>
        public static string? Describe(INamedTypeSymbol entity, IReadOnlyList<INamedTypeSymbol> entities, PrivacySymbols symbols)
        {
            if (SubjectId(entity, symbols) is { } own)
            {
                return "[DataSubjectId] " + own;
            }

            foreach (var member in Members(entity))
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol target } && target.TypeKind == TypeKind.Class && SubjectId(target, symbols) is not null)
                {
                    return "through " + target.Name;
                }
            }

            foreach (var principal in entities)
            {
                if (SymbolEqualityComparer.Default.Equals(principal, entity) || SubjectId(principal, symbols) is null)
                {
                    continue;
                }

                foreach (var member in Members(principal))
                {
                    if (member is IPropertySymbol navigation && Navigates(navigation.Type, entity))
                    {
                        return "through " + principal.Name;
                    }
                }
            }

            return null;
        }

        /// <summary>"Mobile: user.contact.phone_number" for the first personal member, or the type's own category; <c>null</c> when it holds none.</summary>
        public static string? FirstPersonalMember(INamedTypeSymbol type, PrivacySymbols symbols)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (PrivacySymbols.Find(current, symbols.PersonalInfo) is { } typeLevel)
                {
                    return AttributeReaders.ReadPersonalInfo(typeLevel).Category;
                }
            }

            foreach (var member in Members(type))
            {
                if (PrivacyAttributes.FindOnMember(member, symbols.PersonalInfo) is { } attribute)
                {
                    return member.Name + ": " + AttributeReaders.ReadPersonalInfo(attribute).Category;
                }
            }

            return null;
        }

        public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The type is the entity, an array of it, or a generic collection of it (List, ICollection, IEnumerable, HashSet...).</summary>
        private static bool Navigates(ITypeSymbol type, INamedTypeSymbol entity)
            => SymbolEqualityComparer.Default.Equals(type, entity)
                || (type is IArrayTypeSymbol array && SymbolEqualityComparer.Default.Equals(array.ElementType, entity))
                || (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], entity));

        private static string? SubjectId(INamedTypeSymbol type, PrivacySymbols symbols)
        {
            foreach (var member in Members(type))
            {
                if (PrivacyAttributes.FindOnMember(member, symbols.DataSubjectId) is not null)
                {
                    return member.Name;
                }
            }

            return null;
        }

        /// <summary>Instance properties and fields, declared and inherited, including the properties of positional record parameters.</summary>
        private static IEnumerable<ISymbol> Members(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (!member.IsStatic && (member is IPropertySymbol || member is IFieldSymbol)
                        && (!member.IsImplicitlyDeclared || PrivacyAttributes.PositionalParameter(member) is not null))
                    {
                        yield return member;
                    }
                }
            }
        }
    }
}
