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
    /// Discovery has two phases. First, [PersonalInfo] on a member or the type and [RetainFor] on the type
    /// (ForAttributeWithMetadataName), and records whose parameters carry attributes (ForAttributeWithMetadataName does
    /// not see <c>[property: PersonalInfo(...)]</c> on a record parameter), each read once per type into a value-only
    /// <see cref="TypeSpec"/>. Second, partial types that may hold personal information only through a member's type or
    /// a base are read from syntax alone (<see cref="HolderCandidate"/>) and get semantic work only when they mention an
    /// annotated type, or a holder that does. Duplicates (a type found several ways, or declared in several files) are
    /// merged by name. The generator reports no diagnostics: the analyzers do, from the same model.
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
                .WithTrackingName(TrackingNames.PersonalInfoTypes);

            var retainedTypes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.RetainFor,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => attributeContext.TargetSymbol is INamedTypeSymbol type
                        ? new AnnotatedType(type.Name, SpecBuilder.Build(type, attributeContext.SemanticModel.Compilation, cancellationToken))
                        : null)
                .WithTrackingName(TrackingNames.RetainedTypes);

            var holderCandidates = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => IsCandidateHolder(node),
                    static (syntaxContext, cancellationToken) => FromCandidateHolder(syntaxContext, cancellationToken))
                .WithTrackingName(TrackingNames.HolderTypes);

            // Names only: which annotated types a holder may mention, in this compilation or a referenced one.
            var annotatedNames = personalInfoTypes.Collect()
                .Combine(retainedTypes.Collect())
                .Combine(holderCandidates.Collect())
                .Combine(context.CompilationProvider.Select(static (compilation, cancellationToken) => ReferencedModels.Names(compilation, cancellationToken)).WithTrackingName(TrackingNames.ReferencedModelNames))
                .Select(static (found, _) => RelevantHolders(found.Left.Left.Left, found.Left.Left.Right, found.Left.Right, found.Right))
                .WithTrackingName(TrackingNames.RelevantHolders);

            // The only semantic work on holders: those that mention an annotated type, looked up by metadata name.
            var holderTypes = annotatedNames
                .Combine(context.CompilationProvider)
                .Select(static (found, cancellationToken) => HolderSpecs(found.Left, found.Right, cancellationToken))
                .WithTrackingName(TrackingNames.HolderSpecs);

            var allTypes = personalInfoTypes.Collect()
                .Combine(retainedTypes.Collect())
                .Combine(holderCandidates.Collect())
                .Combine(holderTypes)
                .Select(static (found, _) => Merge(found.Left.Left.Left, found.Left.Left.Right, found.Left.Right, found.Right))
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

        private static AnnotatedType? FromPersonalInfoTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
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
                    if (type is not null && !IsFirstPersonalMember(context.TargetNode, type, context.TargetSymbol, context.Attributes))
                    {
                        return new AnnotatedType(type.Name, null);
                    }

                    break;
                default:
                    return null;
            }

            return type is null ? null : new AnnotatedType(type.Name, SpecBuilder.Build(type, context.SemanticModel.Compilation, cancellationToken));
        }

        /// <summary>
        /// The target is the first member of its declaration with an attribute named PersonalInfo, by syntax; only when
        /// no attribute has that name (an alias) are the type's members read.
        /// </summary>
        private static bool IsFirstPersonalMember(SyntaxNode target, INamedTypeSymbol type, ISymbol targetSymbol, ImmutableArray<AttributeData> targetAttributes)
        {
            var member = target is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } ? field : target;
            if (member.Parent is TypeDeclarationSyntax declaration)
            {
                foreach (var candidate in declaration.Members)
                {
                    if (HasPersonalInfoName(candidate.AttributeLists))
                    {
                        return candidate == member
                            && (member is not FieldDeclarationSyntax fieldDeclaration || fieldDeclaration.Declaration.Variables[0] == target);
                    }
                }
            }

            var attributeClass = targetAttributes.IsEmpty ? null : targetAttributes[0].AttributeClass;
            foreach (var symbol in type.GetMembers())
            {
                if ((symbol is IPropertySymbol || symbol is IFieldSymbol) && !symbol.IsStatic && PrivacySymbols.Find(symbol, attributeClass) is not null)
                {
                    return SymbolEqualityComparer.Default.Equals(symbol, targetSymbol);
                }
            }

            return true;
        }

        private static bool HasPersonalInfoName(SyntaxList<AttributeListSyntax> lists)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                        : attribute.Name is AliasQualifiedNameSyntax aliased ? aliased.Name.Identifier.ValueText
                        : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
                        : null;
                    if (name == "PersonalInfo" || name == "PersonalInfoAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
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

            // [PersonalInfo(...)] on a record parameter, with or without property:, which ForAttributeWithMetadataName does not see.
            if (HasAttributedRecordParameters(declaration))
            {
                return true;
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

        /// <summary>
        /// A record whose parameters carry attributes is read now (it is annotated); any other candidate is kept as
        /// syntax until discovery knows whether it mentions an annotated type.
        /// </summary>
        private static HolderFound? FromCandidateHolder(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var declaration = (TypeDeclarationSyntax)context.Node;
            if (!HasAttributedRecordParameters(declaration))
            {
                return new HolderFound(HolderCandidate.From(declaration), null);
            }

            if (context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is not INamedTypeSymbol type)
            {
                return null;
            }

            return new HolderFound(null, new AnnotatedType(type.Name, SpecBuilder.Build(type, context.SemanticModel.Compilation, cancellationToken)));
        }

        private static bool HasAttributedRecordParameters(TypeDeclarationSyntax declaration)
        {
            if (declaration is not RecordDeclarationSyntax || declaration.ParameterList is not { } parameters)
            {
                return false;
            }

            foreach (var parameter in parameters.Parameters)
            {
                if (parameter.AttributeLists.Count != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The candidates that mention an annotated type, or a candidate that does, found by names alone: a name that
        /// turns out to mean another type costs one lookup and no more.
        /// </summary>
        private static EquatableArray<HolderCandidate> RelevantHolders(
            ImmutableArray<AnnotatedType?> personalInfo,
            ImmutableArray<AnnotatedType?> retained,
            ImmutableArray<HolderFound?> holders,
            EquatableArray<string> referencedModels)
        {
            var names = new HashSet<string>(referencedModels, StringComparer.Ordinal);
            foreach (var found in new[] { personalInfo, retained })
            {
                foreach (var annotated in found)
                {
                    if (annotated is not null)
                    {
                        names.Add(annotated.Name);
                    }
                }
            }

            var pending = new List<HolderCandidate>();
            foreach (var holder in holders)
            {
                if (holder?.Annotated is { } annotated)
                {
                    names.Add(annotated.Name);
                }
                else if (holder?.Candidate is { } candidate)
                {
                    pending.Add(candidate);
                }
            }

            var relevant = new List<HolderCandidate>();
            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = pending.Count - 1; i >= 0; i--)
                {
                    var candidate = pending[i];
                    foreach (var mentioned in candidate.MentionedNames)
                    {
                        if (names.Contains(mentioned))
                        {
                            relevant.Add(candidate);
                            pending.RemoveAt(i);
                            changed |= names.Add(candidate.Name);
                            break;
                        }
                    }
                }
            }

            // A type declared in several files is read once.
            relevant.Sort(static (left, right) => string.CompareOrdinal(left.MetadataName, right.MetadataName));
            var unique = new List<HolderCandidate>(relevant.Count);
            foreach (var candidate in relevant)
            {
                if (unique.Count == 0 || unique[unique.Count - 1].MetadataName != candidate.MetadataName)
                {
                    unique.Add(candidate);
                }
            }

            return new EquatableArray<HolderCandidate>(unique);
        }

        private static EquatableArray<TypeSpec> HolderSpecs(EquatableArray<HolderCandidate> holders, Compilation compilation, CancellationToken cancellationToken)
        {
            var specs = new List<TypeSpec>();
            foreach (var holder in holders)
            {
                if (compilation.Assembly.GetTypeByMetadataName(holder.MetadataName) is { } type
                    && SpecBuilder.Build(type, compilation, cancellationToken) is { } spec)
                {
                    specs.Add(spec);
                }
            }

            return new EquatableArray<TypeSpec>(specs);
        }

        private static EquatableArray<TypeSpec> Merge(
            ImmutableArray<AnnotatedType?> personalInfo,
            ImmutableArray<AnnotatedType?> retained,
            ImmutableArray<HolderFound?> holders,
            EquatableArray<TypeSpec> holderSpecs)
        {
            var byKey = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
            void Add(TypeSpec? spec)
            {
                if (spec is not null && !byKey.ContainsKey(spec.Key))
                {
                    byKey.Add(spec.Key, spec);
                }
            }

            foreach (var found in new[] { personalInfo, retained })
            {
                foreach (var annotated in found)
                {
                    Add(annotated?.Spec);
                }
            }

            foreach (var holder in holders)
            {
                Add(holder?.Annotated?.Spec);
            }

            foreach (var spec in holderSpecs)
            {
                Add(spec);
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
