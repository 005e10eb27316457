using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>
    /// A partial type that may hold personal information through its members' types or its base, read from syntax
    /// alone: its metadata name and the simple names its members, positional parameters and base list mention. Only
    /// candidates that mention an annotated type (or another such candidate) get semantic work.
    /// </summary>
    /// <param name="MetadataName"><c>Ns.Outer+Inner`1</c>, for <c>IAssemblySymbol.GetTypeByMetadataName</c>.</param>
    /// <param name="Name">The simple name other types mention it by.</param>
    /// <param name="MentionedNames">Simple names in member, parameter and base types, sorted, once each.</param>
    internal sealed record HolderCandidate(string MetadataName, string Name, EquatableArray<string> MentionedNames)
    {
        public static HolderCandidate From(TypeDeclarationSyntax declaration)
        {
            var mentioned = new SortedSet<string>(System.StringComparer.Ordinal);
            if (declaration.BaseList is { } baseList)
            {
                foreach (var baseType in baseList.Types)
                {
                    AddNames(baseType.Type, mentioned);
                }
            }

            if (declaration.ParameterList is { } parameters)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (parameter.Type is { } parameterType)
                    {
                        AddNames(parameterType, mentioned);
                    }
                }
            }

            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax property:
                        AddNames(property.Type, mentioned);
                        break;
                    case FieldDeclarationSyntax field:
                        AddNames(field.Declaration.Type, mentioned);
                        break;
                }
            }

            return new HolderCandidate(MetadataNameOf(declaration), declaration.Identifier.ValueText, new EquatableArray<string>(mentioned));
        }

        private static void AddNames(TypeSyntax type, SortedSet<string> names)
        {
            foreach (var node in type.DescendantNodesAndSelf())
            {
                if (node is SimpleNameSyntax name)
                {
                    names.Add(name.Identifier.ValueText);
                }
            }
        }

        private static string MetadataNameOf(TypeDeclarationSyntax declaration)
        {
            var parts = new List<string>();
            var separators = new List<char>();
            for (SyntaxNode? current = declaration; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case TypeDeclarationSyntax type:
                        var arity = type.TypeParameterList?.Parameters.Count ?? 0;
                        parts.Add(type.Identifier.ValueText + (arity == 0 ? string.Empty : "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        separators.Add('+');
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        separators.Add('.');
                        break;
                }
            }

            var builder = new StringBuilder();
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                builder.Append(parts[i]);
                if (i > 0)
                {
                    // A nested type follows its containing type with '+', a namespace's type follows it with '.'.
                    builder.Append(separators[i] == '+' ? '+' : '.');
                }
            }

            return builder.ToString();
        }
    }
}
