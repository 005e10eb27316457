using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>
    /// Where the attributes that describe a member are found. A positional record parameter written without the
    /// <c>property:</c> target (<c>record Customer([PersonalInfo(...)] string Mobile)</c>) carries its attributes on the
    /// constructor parameter, yet they describe the property the compiler makes from it.
    /// </summary>
    public static class PrivacyAttributes
    {
        /// <summary>
        /// The first attribute of class <paramref name="attributeType"/> on <paramref name="member"/> or, for a property
        /// the compiler synthesizes from a positional record parameter, on that parameter; <c>null</c> when neither has one.
        /// </summary>
        public static AttributeData? FindOnMember(ISymbol member, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return null;
            }

            return PrivacySymbols.Find(member, attributeType)
                ?? (PositionalParameter(member) is { } parameter ? PrivacySymbols.Find(parameter, attributeType) : null);
        }

        /// <summary>
        /// The primary-constructor parameter a record property was synthesized from; <c>null</c> for every other member,
        /// including a property the user declared with the name of a parameter.
        /// </summary>
        public static IParameterSymbol? PositionalParameter(ISymbol member)
        {
            // The synthesized property is located at its parameter's name; a declared property has a location of its own.
            if (member is not IPropertySymbol { IsStatic: false, ContainingType.IsRecord: true } property
                || property.Locations.Length != 1
                || !property.Locations[0].IsInSource)
            {
                return null;
            }

            var location = property.Locations[0];
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name
                        && parameter.Locations.Length == 1
                        && parameter.Locations[0].SourceTree == location.SourceTree
                        && parameter.Locations[0].SourceSpan == location.SourceSpan)
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }
    }
}
