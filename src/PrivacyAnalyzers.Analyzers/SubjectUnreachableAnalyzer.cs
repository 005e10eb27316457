using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV108: a <c>DbSet&lt;T&gt;</c> of an EF Core <c>DbContext</c> whose entity holds personal information but can be
    /// found by no data subject: no [DataSubjectId] member of its own, no reference navigation to an entity with one, and
    /// no navigation (collection or reference) from such an entity to it. The erasure and export of the EF Core package
    /// would miss its rows. Nothing is registered when EF Core is not referenced.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SubjectUnreachableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.SubjectUnreachable);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var dbContext = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
                var dbSet = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (dbContext is null || dbSet is null || symbols?.DataSubjectId is null)
                {
                    return;
                }

                start.RegisterSymbolAction(symbolContext => AnalyzeContext(symbolContext, dbContext, dbSet, symbols), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeContext(SymbolAnalysisContext context, INamedTypeSymbol dbContext, INamedTypeSymbol dbSet, PrivacySymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!DerivesFrom(type, dbContext))
            {
                return;
            }

            var sets = new List<(IPropertySymbol Property, INamedTypeSymbol Entity)>();
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { TypeArguments.Length: 1 } setType } property
                    && SymbolEqualityComparer.Default.Equals(setType.OriginalDefinition, dbSet)
                    && setType.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    sets.Add((property, entity));
                }
            }

            foreach (var (property, entity) in sets)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (FirstPersonalMember(entity, symbols) is not { } personal
                    || HasSubjectId(entity, symbols)
                    || BelongsToSubject(entity, sets, symbols)
                    || property.Locations.Length == 0)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.SubjectUnreachable,
                    property.Locations[0],
                    entity.ToDisplayString(DisplayFormats.TypeName),
                    type.ToDisplayString(DisplayFormats.TypeName),
                    personal));
            }
        }

        /// <summary>A reference navigation to an entity with a subject id, or a navigation from one (collection or reference) to this entity.</summary>
        private static bool BelongsToSubject(INamedTypeSymbol entity, List<(IPropertySymbol Property, INamedTypeSymbol Entity)> sets, PrivacySymbols symbols)
        {
            foreach (var member in Members(entity))
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol target } && target.TypeKind == TypeKind.Class && HasSubjectId(target, symbols))
                {
                    return true;
                }
            }

            foreach (var (_, principal) in sets)
            {
                if (SymbolEqualityComparer.Default.Equals(principal, entity) || !HasSubjectId(principal, symbols))
                {
                    continue;
                }

                foreach (var member in Members(principal))
                {
                    if (member is IPropertySymbol navigation && Navigates(navigation.Type, entity))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The type is the entity, an array of it, or a generic collection of it (List, ICollection, IEnumerable, HashSet...).</summary>
        private static bool Navigates(ITypeSymbol type, INamedTypeSymbol entity)
            => SymbolEqualityComparer.Default.Equals(type, entity)
                || (type is IArrayTypeSymbol array && SymbolEqualityComparer.Default.Equals(array.ElementType, entity))
                || (type is INamedTypeSymbol { TypeArguments.Length: 1 } generic && SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], entity));

        private static bool HasSubjectId(INamedTypeSymbol type, PrivacySymbols symbols)
        {
            foreach (var member in Members(type))
            {
                if (PrivacyAttributes.FindOnMember(member, symbols.DataSubjectId) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Mobile: user.contact.phone_number" for the first personal member, or the type's own category; <c>null</c> when it holds none.</summary>
        private static string? FirstPersonalMember(INamedTypeSymbol type, PrivacySymbols symbols)
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

        /// <summary>Instance properties and fields, declared and inherited.</summary>
        private static IEnumerable<ISymbol> Members(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (!member.IsStatic && (member is IPropertySymbol || member is IFieldSymbol) && !member.IsImplicitlyDeclared)
                    {
                        yield return member;
                    }
                    else if (member is IPropertySymbol { IsStatic: false } synthesized && PrivacyAttributes.PositionalParameter(synthesized) is not null)
                    {
                        yield return member;
                    }
                }
            }
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
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
    }
}
