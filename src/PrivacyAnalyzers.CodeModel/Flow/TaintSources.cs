using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// Decides which symbols and types are sources of personal information in one compilation:
    /// members, parameters and return values marked [PersonalInfo] or with a Microsoft.Extensions.Compliance data
    /// classification, public members of types marked [PersonalInfo] as a whole, and objects of types that hold
    /// personal information (collections and arrays of them included). Thread-safe; answers are cached per symbol.
    /// </summary>
    public sealed class TaintSources
    {
        // Overridden properties are followed this far; deeper chains are broken code.
        private const int MaxOverrideDepth = 16;

        // Nested objects are followed this deep; a type holding itself (Person.Manager) stops there.
        private const int MaxNestedDepth = 3;

        private readonly PrivacySymbols? _symbols;
        private readonly PrivacyModelReader? _reader;
        private readonly DataClassifications _classifications;
        private readonly ConcurrentDictionary<ISymbol, PersonalTaint?> _members = new ConcurrentDictionary<ISymbol, PersonalTaint?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, PersonalTaint?> _objects = new ConcurrentDictionary<ITypeSymbol, PersonalTaint?>(SymbolEqualityComparer.Default);

        private TaintSources(Compilation compilation, PrivacySymbols? symbols, DataClassifications classifications)
        {
            _symbols = symbols;
            _reader = symbols is null ? null : new PrivacyModelReader(compilation, symbols);
            _classifications = classifications;
        }

        /// <summary>Microsoft.Extensions.Compliance's data classification attributes of the compilation.</summary>
        public DataClassifications Classifications => _classifications;

        /// <summary>The sources of <paramref name="compilation"/>, or <c>null</c> when it can hold no personal information at all.</summary>
        public static TaintSources? TryCreate(Compilation compilation)
        {
            var symbols = PrivacySymbols.TryCreate(compilation);
            var classifications = new DataClassifications(compilation);
            return symbols is null && !classifications.IsAvailable ? null : new TaintSources(compilation, symbols, classifications);
        }

        /// <summary>
        /// The personal information read through <paramref name="symbol"/> (a field, property, parameter, or a method's
        /// return value), or <c>null</c>.
        /// </summary>
        public PersonalTaint? ForSymbol(ISymbol symbol)
        {
            var definition = symbol.OriginalDefinition;
            if (_members.TryGetValue(definition, out var known))
            {
                return known;
            }

            var taint = Classify(definition, 0);
            _members.TryAdd(definition, taint);
            return taint;
        }

        /// <summary>
        /// The taint of an object of <paramref name="type"/> when the type (or, for an array or collection, its element
        /// type) holds personal information; otherwise <c>null</c>.
        /// </summary>
        public PersonalTaint? ForObjectOf(ITypeSymbol? type, CancellationToken cancellationToken)
        {
            if (type is null || _reader is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            if (_objects.TryGetValue(type, out var known))
            {
                return known;
            }

            var taint = ClassifyObject(type, cancellationToken);
            _objects.TryAdd(type, taint);
            return taint;
        }

        private PersonalTaint? Classify(ISymbol symbol, int depth)
        {
            var category = symbol is IMethodSymbol method ? CategoryFrom(method.GetReturnTypeAttributes()) : MemberCategory(symbol);
            if (category is null && symbol is IFieldSymbol or IPropertySymbol && !symbol.IsStatic && symbol.DeclaredAccessibility == Accessibility.Public
                && symbol.ContainingType is { } containing && PrivacySymbols.Find(containing, _symbols?.PersonalInfo) is { } typeLevel)
            {
                category = AttributeReaders.ReadPersonalInfo(typeLevel).Category;
            }

            if (category is null && symbol is IPropertySymbol { OverriddenProperty: { } overridden } && depth < MaxOverrideDepth)
            {
                return Classify(overridden.OriginalDefinition, depth + 1);
            }

            if (category is null)
            {
                return null;
            }

            var name = symbol is IParameterSymbol || symbol.ContainingType is null ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name;
            return PersonalTaint.ForValue(name, category);
        }

        /// <summary>
        /// The category of [PersonalInfo], else the name of a data classification attribute, written on the member or on
        /// the positional record parameter it comes from; else <c>null</c>.
        /// </summary>
        private string? MemberCategory(ISymbol member)
        {
            if (_symbols is not null && PrivacyAttributes.FindOnMember(member, _symbols.PersonalInfo) is { } personalInfo)
            {
                return AttributeReaders.ReadPersonalInfo(personalInfo).Category;
            }

            return _classifications.FindOnMember(member) is { } classification ? ClassificationName(classification) : null;
        }

        /// <summary>The category of [PersonalInfo], else the name of a data classification attribute, else <c>null</c>.</summary>
        private string? CategoryFrom(IEnumerable<AttributeData> attributes)
        {
            string? classification = null;
            foreach (var attribute in attributes)
            {
                var attributeClass = attribute.AttributeClass;
                if (_symbols is not null && SymbolEqualityComparer.Default.Equals(attributeClass, _symbols.PersonalInfo))
                {
                    return AttributeReaders.ReadPersonalInfo(attribute).Category;
                }

                if (classification is null && _classifications.Classifies(attributeClass))
                {
                    classification = ClassificationName(attributeClass!);
                }
            }

            return classification;
        }

        // A classification's taxonomy value is computed at run time; its attribute's name is what the code shows.
        private static string ClassificationName(INamedTypeSymbol attributeClass)
            => attributeClass.Name.EndsWith("Attribute", System.StringComparison.Ordinal) && attributeClass.Name.Length > "Attribute".Length
                ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                : attributeClass.Name;

        private PersonalTaint? ClassifyObject(ITypeSymbol type, CancellationToken cancellationToken)
        {
            var element = _reader!.CollectionElementType(type, out _);
            if (element is not null)
            {
                return element.SpecialType == SpecialType.None && ClassifyObject(element, cancellationToken) is { IsCollection: false } elementTaint
                    ? PersonalTaint.ForCollection(elementTaint)
                    : null;
            }

            var target = PrivacyModelReader.UnwrapNullable(type);
            if (target is not INamedTypeSymbol named
                || named.SpecialType != SpecialType.None
                || (named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct && named.TypeKind != TypeKind.Interface)
                || !_reader!.HoldsPersonalInfo(named))
            {
                return null;
            }

            return PrintedTaint(named.OriginalDefinition, 0, cancellationToken);
        }

        /// <summary>
        /// What printing an object of <paramref name="type"/> shows. Records whose ToString the compiler writes (no
        /// generated PrintMembers because the type is not partial) print every public member; a ToString or PrintMembers
        /// written by hand prints the personal members it names. The generated ToString masks them. Both the compiler's
        /// and the generated ToString print a nested object through its own ToString: when that one shows personal
        /// information, the nested type's taint is returned, since that is the type to fix.
        /// </summary>
        private PersonalTaint PrintedTaint(INamedTypeSymbol type, int depth, CancellationToken cancellationToken)
        {
            var model = _reader!.Read(type, cancellationToken);
            PrivacyMember? printed = null;
            string? printer = null;
            if (!type.DeclaringSyntaxReferences.IsEmpty)
            {
                if (model.HasUserToString)
                {
                    printed = PersonalMemberNamedIn(type, model, "ToString", 0, cancellationToken);
                    printer = "its ToString";
                }
                else if (model.IsRecord && model.HasUserPrintMembers)
                {
                    printed = PersonalMemberNamedIn(type, model, "PrintMembers", 1, cancellationToken);
                    printer = "its PrintMembers";
                }
                else
                {
                    if (model.IsRecord && !model.GeneratesCode)
                    {
                        printed = FirstPersonal(model, publicOnly: true);
                        printer = PersonalTaint.CompilerToString;
                    }

                    if (printed is null && (model.IsRecord || model.GeneratesCode) && PrintedNested(model, depth, cancellationToken) is { } nested)
                    {
                        return nested;
                    }
                }
            }

            var named = printed ?? FirstPersonal(model, publicOnly: false);
            var member = named is null ? type.Name : type.Name + "." + named.Name;
            return PersonalTaint.ForObject(type.Name, DocumentationCommentId.CreateDeclarationId(type), member, named?.Category ?? string.Empty, printed is null ? null : printer);
        }

        /// <summary>The taint of the first public nested object whose own ToString prints personal information.</summary>
        private PersonalTaint? PrintedNested(PrivacyTypeModel model, int depth, CancellationToken cancellationToken)
        {
            if (depth >= MaxNestedDepth)
            {
                return null;
            }

            foreach (var member in model.Members)
            {
                if (member.IsPublic && member.Role == MemberRole.Nested && member.NestedType is { } nestedType
                    && PrintedTaint(nestedType.OriginalDefinition, depth + 1, cancellationToken) is { PrintsPersonalInfo: true } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        private static PrivacyMember? FirstPersonal(PrivacyTypeModel model, bool publicOnly)
        {
            foreach (var member in model.Members)
            {
                if (member.IsPersonal && (member.IsPublic || !publicOnly))
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The first personal member whose name the hand-written method mentions; matched by name, read from syntax.</summary>
        private static PrivacyMember? PersonalMemberNamedIn(INamedTypeSymbol type, PrivacyTypeModel model, string methodName, int parameterCount, CancellationToken cancellationToken)
        {
            var mentioned = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var declared in declaration.Members)
                {
                    if (declared is MethodDeclarationSyntax method
                        && method.Identifier.ValueText == methodName
                        && method.ParameterList.Parameters.Count == parameterCount)
                    {
                        foreach (var node in method.DescendantNodes())
                        {
                            if (node is IdentifierNameSyntax identifier)
                            {
                                mentioned.Add(identifier.Identifier.ValueText);
                            }
                        }
                    }
                }
            }

            foreach (var member in model.Members)
            {
                if (member.IsPersonal && mentioned.Contains(member.Name))
                {
                    return member;
                }
            }

            return null;
        }
    }
}
