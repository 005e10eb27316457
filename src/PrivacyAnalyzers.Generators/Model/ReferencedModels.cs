using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>
    /// The simple names of the types in referenced assemblies that a holder here may mention: types with generated
    /// privacy code (they implement IPersonalDataExport) or with [PersonalInfo] on the type or a member. Only assemblies
    /// that reference the runtime are read; the answer is plain names, so a new compilation with the same references
    /// leaves every later step cached.
    /// </summary>
    internal static class ReferencedModels
    {
        public static EquatableArray<string> Names(Compilation compilation, CancellationToken cancellationToken)
        {
            var personalInfo = compilation.GetTypeByMetadataName(AttributeNames.PersonalInfo);
            var export = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IPersonalDataExport");
            if (personalInfo is null)
            {
                return EquatableArray<string>.Empty;
            }

            var runtime = personalInfo.ContainingAssembly;
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (SymbolEqualityComparer.Default.Equals(reference, runtime) || !References(reference, runtime.Identity.Name))
                {
                    continue;
                }

                AddModels(reference.GlobalNamespace, personalInfo, export, names, cancellationToken);
            }

            return new EquatableArray<string>(names);
        }

        private static bool References(IAssemblySymbol assembly, string runtimeName)
        {
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

        private static void AddModels(INamespaceOrTypeSymbol container, INamedTypeSymbol personalInfo, INamedTypeSymbol? export, SortedSet<string> names, CancellationToken cancellationToken)
        {
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    AddModels(ns, personalInfo, export, names, cancellationToken);
                }
                else if (member is INamedTypeSymbol type)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (IsModel(type, personalInfo, export))
                    {
                        names.Add(type.Name);
                    }

                    AddModels(type, personalInfo, export, names, cancellationToken);
                }
            }
        }

        private static bool IsModel(INamedTypeSymbol type, INamedTypeSymbol personalInfo, INamedTypeSymbol? export)
        {
            if (export is not null && type.AllInterfaces.Contains(export, SymbolEqualityComparer.Default))
            {
                return true;
            }

            if (PrivacySymbols.Find(type, personalInfo) is not null)
            {
                return true;
            }

            foreach (var member in type.GetMembers())
            {
                if ((member is IPropertySymbol || member is IFieldSymbol) && PrivacyAttributes.FindOnMember(member, personalInfo) is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
