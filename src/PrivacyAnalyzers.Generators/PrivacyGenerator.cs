using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Model;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>Generates redacting ToString, Mask, Anonymize, personal-data export, retention and the inventory.</summary>
    /// <remarks>
    /// Types are found three ways: [PersonalInfo] on a member or the type; [RetainFor] on the type; and partial types
    /// whose personal information comes through members' types or a base type, plus records whose parameters carry
    /// attributes (ForAttributeWithMetadataName does not see <c>[property: PersonalInfo(...)]</c> or
    /// <c>[PersonalInfo(...)]</c> on a record parameter; both describe the property made from it).
    /// Each yields a value-only <see cref="TypeSpec"/>; duplicates (a type found several ways, or declared in several
    /// files) are merged by name. The generator reports no diagnostics: the analyzers do, from the same model.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class PrivacyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var personalInfoTypes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.PersonalInfo,
                    static (node, _) => node is TypeDeclarationSyntax || node is PropertyDeclarationSyntax || node is VariableDeclaratorSyntax,
                    static (attributeContext, cancellationToken) => FromPersonalInfoTarget(attributeContext, cancellationToken))
                .Where(static spec => spec is not null)
                .WithTrackingName(TrackingNames.PersonalInfoTypes);

            var retainedTypes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.RetainFor,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => attributeContext.TargetSymbol is INamedTypeSymbol type
                        ? SpecBuilder.Build(type, attributeContext.SemanticModel.Compilation, cancellationToken)
                        : null)
                .Where(static spec => spec is not null)
                .WithTrackingName(TrackingNames.RetainedTypes);

            var holderTypes = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => IsCandidateHolder(node),
                    static (syntaxContext, cancellationToken) => FromCandidateHolder(syntaxContext, cancellationToken))
                .Where(static spec => spec is not null)
                .WithTrackingName(TrackingNames.HolderTypes);

            var allTypes = personalInfoTypes.Collect()
                .Combine(retainedTypes.Collect())
                .Combine(holderTypes.Collect())
                .Select(static (found, _) => Merge(found.Left.Left, found.Left.Right, found.Right))
                .WithTrackingName(TrackingNames.AllTypes);

            var generatedTypes = allTypes
                .SelectMany(static (types, _) => Generated(types))
                .WithTrackingName(TrackingNames.GeneratedTypes);

            // Only the assembly name is kept from the compilation, so that other edits leave the inventory cached.
            var inventoryNamespace = context.CompilationProvider
                .Select(static (compilation, _) => InventoryNamespace.For(compilation.AssemblyName));

            var inventory = allTypes
                .Select(static (types, _) => Inventory(types))
                .Combine(inventoryNamespace)
                .Select(static (found, _) => new InventorySpec(found.Right, found.Left))
                .WithTrackingName(TrackingNames.Inventory);

            context.RegisterSourceOutput(generatedTypes, static (output, spec) => output.AddSource(spec.HintName, Emitter.EmitType(spec)));
            context.RegisterSourceOutput(inventory, static (output, spec) =>
            {
                if (spec.Types.Count != 0)
                {
                    output.AddSource(Emitter.InventoryHintName, Emitter.EmitInventory(spec));
                }
            });
        }

        private static TypeSpec? FromPersonalInfoTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? type;
            switch (context.TargetSymbol)
            {
                case INamedTypeSymbol named:
                    type = named;
                    break;
                case IPropertySymbol or IFieldSymbol:
                    type = context.TargetSymbol.ContainingType;

                    // A type with many personal members is read once, from its first one.
                    if (type is not null && !IsFirstPersonalMember(type, context.TargetSymbol, context.Attributes))
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }

            return type is null ? null : SpecBuilder.Build(type, context.SemanticModel.Compilation, cancellationToken);
        }

        private static bool IsFirstPersonalMember(INamedTypeSymbol type, ISymbol target, ImmutableArray<AttributeData> targetAttributes)
        {
            var attributeClass = targetAttributes.IsEmpty ? null : targetAttributes[0].AttributeClass;
            foreach (var member in type.GetMembers())
            {
                if ((member is IPropertySymbol || member is IFieldSymbol) && !member.IsStatic && PrivacySymbols.Find(member, attributeClass) is not null)
                {
                    return SymbolEqualityComparer.Default.Equals(member, target);
                }
            }

            return true;
        }

        /// <summary>
        /// Partial classes, structs and records that may hold personal information without an attribute of their own
        /// (through a member's type or a base type), and records whose parameters carry attributes. Purely syntactic:
        /// a type whose members are all of predefined types (int, string, ...) and that has no base cannot qualify.
        /// </summary>
        private static bool IsCandidateHolder(SyntaxNode node)
        {
            if (node is not TypeDeclarationSyntax declaration || node is InterfaceDeclarationSyntax)
            {
                return false;
            }

            if (declaration.ParameterList is { } parameters)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    // [PersonalInfo(...)] on a record parameter, with or without property:, which ForAttributeWithMetadataName does not see.
                    if (parameter.AttributeLists.Count != 0 && node is RecordDeclarationSyntax)
                    {
                        return true;
                    }
                }
            }

            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }

            if (declaration.BaseList is not null)
            {
                return true;
            }

            if (declaration.ParameterList is { } positional)
            {
                foreach (var parameter in positional.Parameters)
                {
                    if (parameter.Type is not null && !IsPredefined(parameter.Type))
                    {
                        return true;
                    }
                }
            }

            foreach (var member in declaration.Members)
            {
                var type = member switch
                {
                    PropertyDeclarationSyntax property => property.Type,
                    FieldDeclarationSyntax field => field.Declaration.Type,
                    _ => null,
                };
                if (type is not null && !IsPredefined(type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>int</c>, <c>string?</c>, <c>byte[]</c>: types that can never hold personal information through their own members.</summary>
        private static bool IsPredefined(TypeSyntax type)
        {
            while (true)
            {
                switch (type)
                {
                    case PredefinedTypeSyntax:
                        return true;
                    case NullableTypeSyntax nullable:
                        type = nullable.ElementType;
                        break;
                    case ArrayTypeSyntax array:
                        type = array.ElementType;
                        break;
                    default:
                        return false;
                }
            }
        }

        private static TypeSpec? FromCandidateHolder(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is not INamedTypeSymbol type)
            {
                return null;
            }

            // A type declared in several files is read once, from its first declaration that is a candidate.
            var references = type.DeclaringSyntaxReferences;
            if (references.Length > 1)
            {
                foreach (var reference in references)
                {
                    var declaration = reference.GetSyntax(cancellationToken);
                    if (IsCandidateHolder(declaration))
                    {
                        if (declaration != context.Node)
                        {
                            return null;
                        }

                        break;
                    }
                }
            }

            return SpecBuilder.Build(type, context.SemanticModel.Compilation, cancellationToken);
        }

        private static EquatableArray<TypeSpec> Merge(ImmutableArray<TypeSpec?> first, ImmutableArray<TypeSpec?> second, ImmutableArray<TypeSpec?> third)
        {
            var byKey = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
            foreach (var found in new[] { first, second, third })
            {
                foreach (var spec in found)
                {
                    if (spec is not null && !byKey.ContainsKey(spec.Key))
                    {
                        byKey.Add(spec.Key, spec);
                    }
                }
            }

            var keys = new List<string>(byKey.Keys);
            keys.Sort(StringComparer.Ordinal);
            var merged = new List<TypeSpec>(keys.Count);
            foreach (var key in keys)
            {
                merged.Add(byKey[key]);
            }

            return new EquatableArray<TypeSpec>(merged);
        }

        private static ImmutableArray<TypeSpec> Generated(EquatableArray<TypeSpec> types)
        {
            var builder = ImmutableArray.CreateBuilder<TypeSpec>();
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var spec in types)
            {
                if (!spec.GeneratesCode)
                {
                    continue;
                }

                // Hint names are unique per type but file systems may ignore case: Person and person get distinct files.
                var unique = spec;
                for (var suffix = 2; !hintNames.Add(unique.HintName); suffix++)
                {
                    unique = spec with { HintName = spec.HintName.Replace(".Privacy.g.cs", "." + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".Privacy.g.cs") };
                }

                builder.Add(unique);
            }

            return builder.ToImmutable();
        }

        private static EquatableArray<InventoryTypeSpec> Inventory(EquatableArray<TypeSpec> types)
        {
            var entries = new List<InventoryTypeSpec>();
            foreach (var spec in types)
            {
                if (spec.Inventory is { } entry)
                {
                    entries.Add(entry);
                }
            }

            return new EquatableArray<InventoryTypeSpec>(entries);
        }
    }
}
