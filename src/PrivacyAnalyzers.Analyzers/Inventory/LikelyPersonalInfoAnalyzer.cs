using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// PRIV007: a property, field or method parameter whose name suggests personal information (see
    /// <see cref="PersonalNamePatterns"/>), whose type can hold a person's value (<see cref="PersonalValueTypes"/>) and
    /// whose role does not rule one out (<see cref="NonPersonalRoles"/>), but which has neither [PersonalInfo] nor a
    /// data classification attribute.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LikelyPersonalInfoAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the inferred category key.</summary>
        public const string CategoryProperty = "Category";

        /// <summary>Diagnostic property: the DataCategory constant for the key (<c>DataCategory.Contact.PhoneNumber</c>), when the runtime declares one.</summary>
        public const string ConstantProperty = "Constant";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.LikelyPersonalInfoNotAnnotated);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                var state = new State(start.Compilation, symbols);
                start.RegisterSymbolAction(
                    symbolContext => AnalyzeSymbol(symbolContext, state),
                    SymbolKind.Property,
                    SymbolKind.Field,
                    SymbolKind.Method);
            });
        }

        private static void AnalyzeSymbol(SymbolAnalysisContext context, State state)
        {
            switch (context.Symbol)
            {
                case IPropertySymbol property
                    when !property.IsIndexer
                    && !property.IsImplicitlyDeclared
                    && PrivacyAttributes.PositionalParameter(property) is null:
                    AnalyzeMember(context, state, property, property.Type, property);
                    break;
                case IFieldSymbol field when !field.IsImplicitlyDeclared && !field.IsConst:
                    AnalyzeMember(context, state, field, field.Type, field);
                    break;
                case IMethodSymbol method when !method.IsImplicitlyDeclared:
                    AnalyzeParameters(context, state, method);
                    break;
            }
        }

        private static void AnalyzeParameters(SymbolAnalysisContext context, State state, IMethodSymbol method)
        {
            // Property accessors, operators and delegate signatures are left out; a partial method is checked at its definition.
            // A [ThirdParty] signature describes what a recipient receives: the values passed carry their own classification.
            // The names come first: most methods have no parameter that suggests personal information, and then the
            // recipient lookup (attributes of the method, its overrides, types and interfaces) is not needed.
            if ((method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.Constructor)
                || method.PartialDefinitionPart is not null
                || !AnyNameSuggestsPersonalInfo(method.Parameters)
                || state.Recipients?.Of(method) is not null)
            {
                return;
            }

            var primaryConstructorOfRecord = method.ContainingType is { IsRecord: true } && IsPrimaryConstructor(method, context);
            foreach (var parameter in method.Parameters)
            {
                if (!primaryConstructorOfRecord)
                {
                    AnalyzeMember(context, state, parameter, parameter.Type, parameter);
                    continue;
                }

                // A positional parameter is the property the compiler makes of it; a parameter that a declared property
                // hides only initializes that property, which is checked by itself.
                foreach (var member in method.ContainingType.GetMembers(parameter.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(PrivacyAttributes.PositionalParameter(member), parameter))
                    {
                        AnalyzeMember(context, state, member, parameter.Type, parameter);
                    }
                }
            }
        }

        private static bool AnyNameSuggestsPersonalInfo(ImmutableArray<IParameterSymbol> parameters)
        {
            foreach (var parameter in parameters)
            {
                if (PersonalNamePatterns.InferCategory(IdentifierWords.Split(parameter.Name)) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <param name="member">The property, field or parameter whose attributes classify the value.</param>
        /// <param name="type">The type of the value.</param>
        /// <param name="declared">The symbol written in source, whose identifier is reported.</param>
        private static void AnalyzeMember(SymbolAnalysisContext context, State state, ISymbol member, ITypeSymbol type, ISymbol declared)
        {
            if (declared.Locations.Length == 0 || !declared.Locations[0].IsInSource)
            {
                return;
            }

            // The name is looked at first: it rules out almost every member before any symbol is inspected.
            var words = IdentifierWords.Split(declared.Name);
            var category = PersonalNamePatterns.InferCategory(words)
                ?? (member is IParameterSymbol || member.ContainingType is null
                    ? null
                    : PersonalNamePatterns.InferPersonName(words, IdentifierWords.Split(member.ContainingType.Name)));
            if (category is null
                || !PersonalValueTypes.CanHold(type)
                || IsMachineContext(member, category)
                || state.Roles.RulesOut(member, IncludesTests(context.Options, declared.Locations[0].SourceTree!))
                || IsClassified(member, type, state)
                || IsAlreadyDeclaredElsewhere(member)
                || IsInExemptType(member.ContainingType, state)
                || state.ExcludedNames.Excludes(context.Options, declared.Locations[0].SourceTree!, words))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(CategoryProperty, category);
            if (state.Constants.TryGetValue(category, out var constant))
            {
                properties.Add(ConstantProperty, constant);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                RuleCatalog.LikelyPersonalInfoNotAnnotated,
                declared.Locations[0],
                properties.ToImmutable(),
                DisplayName(member),
                category));
        }

        /// <summary>
        /// The receiver of an extension method is the type it extends, not a person's value; a certificate's password
        /// and a network endpoint's address are a machine's (see <see cref="PersonalNamePatterns.IsMachineContext"/>).
        /// </summary>
        private static bool IsMachineContext(ISymbol member, string category)
        {
            if (member is IParameterSymbol { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } })
            {
                return true;
            }

            var method = (member as IParameterSymbol)?.ContainingSymbol as IMethodSymbol;
            return (member.ContainingType is { } type && PersonalNamePatterns.IsMachineContext(category, IdentifierWords.Split(type.Name)))
                || (method is not null && PersonalNamePatterns.IsMachineContext(category, IdentifierWords.Split(method.Name)));
        }

        private static bool IncludesTests(AnalyzerOptions options, SyntaxTree tree)
            => options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(NonPersonalRoles.IncludeTestsKey, out var value)
                && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

        private static bool IsClassified(ISymbol member, ITypeSymbol type, State state)
        {
            if (PrivacyAttributes.FindOnMember(member, state.Symbols.PersonalInfo) is not null
                || state.DataClassifications.FindOnMember(member) is not null)
            {
                return true;
            }

            // A value of a type marked [PersonalInfo] as a whole is already classified by its type.
            return PrivacyModelReader.UnwrapNullable(type) is INamedTypeSymbol named && HasTypeLevelPersonalInfo(named, state);
        }

        /// <summary>Overrides and interface implementations follow the member they implement, which is checked where it is declared.</summary>
        private static bool IsAlreadyDeclaredElsewhere(ISymbol member)
        {
            var declaringMember = member is IParameterSymbol parameter ? parameter.ContainingSymbol : member;
            switch (declaringMember)
            {
                case IMethodSymbol method when method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0:
                case IPropertySymbol property when property.IsOverride || property.ExplicitInterfaceImplementations.Length > 0:
                    return true;
                case IMethodSymbol or IPropertySymbol when declaringMember.ContainingType is { } type:
                    foreach (var contract in type.AllInterfaces)
                    {
                        foreach (var interfaceMember in contract.GetMembers(declaringMember.Name))
                        {
                            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMember), declaringMember))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Attributes and exceptions describe code, not people; members of a type marked [PersonalInfo] as a whole are
        /// classified by the type.
        /// </summary>
        private static bool IsInExemptType(INamedTypeSymbol? containingType, State state)
        {
            for (var type = containingType; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, state.AttributeType)
                    || SymbolEqualityComparer.Default.Equals(type, state.ExceptionType)
                    || PrivacySymbols.Find(type, state.Symbols.PersonalInfo) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasTypeLevelPersonalInfo(INamedTypeSymbol type, State state)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (PrivacySymbols.Find(current, state.Symbols.PersonalInfo) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrimaryConstructor(IMethodSymbol constructor, SymbolAnalysisContext context)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Customer.Email</c> for members (positional record parameters included), <c>AccountService.Register(email)</c> and <c>Customer(email)</c> for parameters.</summary>
        private static string DisplayName(ISymbol member)
        {
            if (member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
                && method.ContainingType is { } owner)
            {
                var typeName = owner.ToDisplayString(DisplayFormats.TypeName);
                var methodName = method.MethodKind == MethodKind.Constructor ? typeName : typeName + "." + method.Name;
                return methodName + "(" + parameter.Name + ")";
            }

            return member.ContainingType is { } containingType
                ? containingType.ToDisplayString(DisplayFormats.TypeName) + "." + member.Name
                : member.Name;
        }

        private sealed class State
        {
            public State(Compilation compilation, PrivacySymbols symbols)
            {
                Symbols = symbols;
                DataClassifications = new DataClassifications(compilation);
                AttributeType = compilation.GetTypeByMetadataName("System.Attribute");
                ExceptionType = compilation.GetTypeByMetadataName("System.Exception");
                Constants = CategoryConstants(symbols.DataCategory);
                Recipients = symbols.ThirdParty is null ? null : new ThirdPartyRecipients(symbols.ThirdParty);
                Roles = new NonPersonalRoles(compilation);
            }

            public NonPersonalRoles Roles { get; }

            public PrivacySymbols Symbols { get; }

            public DataClassifications DataClassifications { get; }

            public INamedTypeSymbol? AttributeType { get; }

            public INamedTypeSymbol? ExceptionType { get; }

            /// <summary>Category key → the C# expression of its DataCategory constant.</summary>
            public ImmutableDictionary<string, string> Constants { get; }

            public ExcludedNames ExcludedNames { get; } = new ExcludedNames();

            public ThirdPartyRecipients? Recipients { get; }

            private static ImmutableDictionary<string, string> CategoryConstants(INamedTypeSymbol? dataCategory)
            {
                var constants = new Dictionary<string, string>(System.StringComparer.Ordinal);
                if (dataCategory is not null)
                {
                    AddConstants(dataCategory, dataCategory.Name, constants);
                }

                return constants.ToImmutableDictionary(System.StringComparer.Ordinal);
            }

            private static void AddConstants(INamedTypeSymbol type, string path, Dictionary<string, string> constants)
            {
                foreach (var member in type.GetMembers())
                {
                    switch (member)
                    {
                        case IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: string key } field when !constants.ContainsKey(key):
                            constants.Add(key, path + "." + field.Name);
                            break;
                        case INamedTypeSymbol nested:
                            AddConstants(nested, path + "." + nested.Name, constants);
                            break;
                    }
                }
            }
        }
    }
}
