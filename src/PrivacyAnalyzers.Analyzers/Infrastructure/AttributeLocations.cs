using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// Finds where an attribute, or one of its arguments, is written. Called only once a problem is found, so the
    /// syntax is touched for reported attributes alone. Falls back to the attribute, then to the symbol.
    /// </summary>
    internal static class AttributeLocations
    {
        public static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken)
            => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        public static Location OfAttribute(AttributeData attribute, ISymbol owner, CancellationToken cancellationToken)
            => Syntax(attribute, cancellationToken)?.GetLocation() ?? FirstLocation(owner);

        /// <summary>The expression passed for the constructor parameter at <paramref name="index"/>, positionally or by name.</summary>
        public static Location OfConstructorArgument(AttributeData attribute, int index, ISymbol owner, CancellationToken cancellationToken)
        {
            var syntax = Syntax(attribute, cancellationToken);
            var arguments = syntax?.ArgumentList?.Arguments;
            if (syntax is null || arguments is null)
            {
                return syntax?.GetLocation() ?? FirstLocation(owner);
            }

            var constructor = attribute.AttributeConstructor;
            var parameterName = constructor is not null && index < constructor.Parameters.Length ? constructor.Parameters[index].Name : null;
            var position = 0;
            foreach (var argument in arguments.Value)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (argument.NameColon is not null)
                {
                    if (parameterName is not null && argument.NameColon.Name.Identifier.ValueText == parameterName)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
                else if (position == index)
                {
                    return argument.Expression.GetLocation();
                }

                position++;
            }

            return syntax.GetLocation();
        }

        /// <summary>The expression assigned to the named property <paramref name="name"/>, or the attribute when it is not written.</summary>
        public static Location OfNamedArgument(AttributeData attribute, string name, ISymbol owner, CancellationToken cancellationToken)
        {
            var syntax = Syntax(attribute, cancellationToken);
            if (syntax is null)
            {
                return FirstLocation(owner);
            }

            if (syntax.ArgumentList is { } list)
            {
                foreach (var argument in list.Arguments)
                {
                    if (argument.NameEquals is { } nameEquals && string.Equals(nameEquals.Name.Identifier.ValueText, name, StringComparison.Ordinal))
                    {
                        return argument.Expression.GetLocation();
                    }
                }
            }

            return syntax.GetLocation();
        }

        private static Location FirstLocation(ISymbol symbol)
            => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;
    }
}
