using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>How Mask() and Anonymize() make their copy (with, MemberwiseClone, struct copy or a generated constructor) and, when they cannot, why.</summary>
    public sealed partial class PrivacyModelReader
    {
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
    }
}
