using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>A place a privacy attribute can be written: a type, method, property, field, parameter or return value.</summary>
    internal readonly struct AttributeSite
    {
        public AttributeSite(ISymbol symbol, ITypeSymbol? valueType, ImmutableArray<AttributeData> attributes)
        {
            Symbol = symbol;
            ValueType = valueType;
            Attributes = attributes;
        }

        /// <summary>The symbol the attribute is on; for a return value, the method.</summary>
        public ISymbol Symbol { get; }

        /// <summary>The type of the value the attribute describes; <c>null</c> for attributes on a type or method.</summary>
        public ITypeSymbol? ValueType { get; }

        public ImmutableArray<AttributeData> Attributes { get; }
    }

    /// <summary>Registers one callback for every attribute site of the source symbols, so each rule reads attributes the same way.</summary>
    internal static class AttributedSymbols
    {
        public static readonly ImmutableArray<SymbolKind> Kinds =
            ImmutableArray.Create(SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field, SymbolKind.Method);

        /// <summary>Calls <paramref name="visit"/> for the site(s) that <paramref name="symbol"/> declares.</summary>
        public static void ForEachSite<TState>(ISymbol symbol, TState state, System.Action<AttributeSite, TState> visit)
        {
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    visit(new AttributeSite(type, null, type.GetAttributes()), state);
                    break;
                case IPropertySymbol property when !property.IsIndexer:
                    visit(new AttributeSite(property, property.Type, property.GetAttributes()), state);
                    break;
                case IFieldSymbol field when !field.IsImplicitlyDeclared:
                    visit(new AttributeSite(field, field.Type, field.GetAttributes()), state);
                    break;
                case IMethodSymbol method when !method.IsImplicitlyDeclared && method.AssociatedSymbol is null:
                    visit(new AttributeSite(method, null, method.GetAttributes()), state);
                    visit(new AttributeSite(method, method.ReturnType, method.GetReturnTypeAttributes()), state);
                    foreach (var parameter in method.Parameters)
                    {
                        visit(new AttributeSite(parameter, parameter.Type, parameter.GetAttributes()), state);
                    }

                    break;
            }
        }
    }
}
