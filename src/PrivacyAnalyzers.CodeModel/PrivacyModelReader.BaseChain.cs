using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>The base-type chain: which generated chains the bases offer, what nested annotated types offer, inherited personal members.</summary>
    public sealed partial class PrivacyModelReader
    {
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
