using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// The recipient a call shares data with: <c>[ThirdParty("X")]</c> on the method, a method it overrides, its type,
    /// a base type or an interface of its type. One instance per compilation; thread-safe, cached per symbol.
    /// </summary>
    internal sealed class ThirdPartyRecipients
    {
        // Override and inheritance chains deeper than this are broken code.
        private const int MaxDepth = 32;

        private readonly INamedTypeSymbol _thirdParty;
        private readonly ConcurrentDictionary<ISymbol, Marked?> _known = new ConcurrentDictionary<ISymbol, Marked?>(SymbolEqualityComparer.Default);

        public ThirdPartyRecipients(INamedTypeSymbol thirdParty)
        {
            _thirdParty = thirdParty;
        }

        /// <summary>The recipient <paramref name="method"/> shares its arguments with, and the symbol marked; <c>null</c> when none.</summary>
        public Marked? Of(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return _known.GetOrAdd(definition, _ => FindForMethod(definition));
        }

        /// <summary>The non-empty recipient name written in a <c>[ThirdParty]</c> on <paramref name="symbol"/> itself.</summary>
        public AttributeData? DeclaredOn(ISymbol symbol, out string? recipient)
        {
            recipient = null;
            var attribute = PrivacySymbols.Find(symbol, _thirdParty);
            if (attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string name && name.Trim().Length > 0)
            {
                recipient = name;
                return attribute;
            }

            return null;
        }

        private Marked? FindForMethod(IMethodSymbol method)
        {
            var current = method;
            for (var depth = 0; current is not null && depth < MaxDepth; depth++)
            {
                if (DeclaredOn(current, out var recipient) is not null)
                {
                    return new Marked(recipient!, current.ContainingType);
                }

                current = current.OverriddenMethod?.OriginalDefinition;
            }

            return method.ContainingType is { } type ? OfType(type) : null;
        }

        private Marked? OfType(INamedTypeSymbol type)
            => _known.GetOrAdd(type.OriginalDefinition, _ => FindForType(type.OriginalDefinition));

        private Marked? FindForType(INamedTypeSymbol type)
        {
            var current = type;
            for (var depth = 0; current is not null && depth < MaxDepth; depth++)
            {
                if (DeclaredOn(current, out var recipient) is not null)
                {
                    return new Marked(recipient!, type);
                }

                current = current.BaseType?.OriginalDefinition;
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (DeclaredOn(contract.OriginalDefinition, out var recipient) is not null)
                {
                    return new Marked(recipient!, type);
                }
            }

            return null;
        }

        /// <summary>A recipient name and the type whose members share with it.</summary>
        internal sealed class Marked
        {
            public Marked(string recipient, INamedTypeSymbol? sharingType)
            {
                Recipient = recipient;
                SharingType = sharingType;
            }

            public string Recipient { get; }

            /// <summary>The type whose members hand data over; calls between its own members are not sharing again.</summary>
            public INamedTypeSymbol? SharingType { get; }
        }
    }
}
