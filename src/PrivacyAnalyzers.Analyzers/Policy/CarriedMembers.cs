using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// The personal members a value handed to a policy sink carries — one for a value, every one an object holds for a
    /// whole object — and how diagnostics name them.
    /// </summary>
    internal sealed class CarriedMembers
    {
        // Nested objects are followed this deep when listing what a whole object carries.
        private const int MaxNestedDepth = 4;

        // The message names this many members, then counts the rest.
        private const int NamedMembers = 3;

        // Text nested deeper than this is not split into its parts.
        private const int MaxTextDepth = 16;

        private readonly Compilation _compilation;
        private readonly PrivacyModelReader _reader;

        public CarriedMembers(Compilation compilation, PrivacyModelReader reader)
        {
            _compilation = compilation;
            _reader = reader;
        }

        /// <summary>
        /// What <paramref name="value"/> carries, or <c>null</c> when the flow engine finds nothing personal in it. Text
        /// written in place from several values (interpolation, concatenation, <c>new Uri(...)</c>, request content) counts
        /// by each of them, so an approved member does not hide another one next to it.
        /// </summary>
        public List<(string Member, string Category)>? Of(MethodFlow flow, IOperation value, CancellationToken cancellationToken)
        {
            if (flow.Evaluate(value) is not { } taint)
            {
                return null;
            }

            var carried = Of(value, taint, cancellationToken);
            var parts = new List<IOperation>();
            AddTextParts(value, parts, 0);
            if (parts.Count > 1)
            {
                foreach (var part in parts)
                {
                    if (flow.Evaluate(part) is { } partTaint)
                    {
                        foreach (var item in Of(part, partTaint, cancellationToken))
                        {
                            if (!carried.Contains(item))
                            {
                                carried.Add(item);
                            }
                        }
                    }
                }
            }

            return carried;
        }

        private List<(string Member, string Category)> Of(IOperation value, PersonalTaint taint, CancellationToken cancellationToken)
            => taint.Kind == TaintKind.Value
                ? new List<(string Member, string Category)> { (taint.Member, taint.Category) }
                : ObjectMembers(value, taint, cancellationToken);

        /// <summary>The values text written in place is made of.</summary>
        private static void AddTextParts(IOperation? value, List<IOperation> parts, int depth)
        {
            if (value is null || depth > MaxTextDepth)
            {
                return;
            }

            switch (value)
            {
                case IConversionOperation conversion:
                    AddTextParts(conversion.Operand, parts, depth + 1);
                    break;
                case IParenthesizedOperation parenthesized:
                    AddTextParts(parenthesized.Operand, parts, depth + 1);
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation)
                        {
                            AddTextParts(interpolation.Expression, parts, depth + 1);
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    AddTextParts(concatenation.LeftOperand, parts, depth + 1);
                    AddTextParts(concatenation.RightOperand, parts, depth + 1);
                    break;
                case IObjectCreationOperation creation when creation.Type?.Name is "Uri" or "StringContent":
                    foreach (var argument in creation.Arguments)
                    {
                        AddTextParts(argument.Value, parts, depth + 1);
                    }

                    break;
                default:
                    if (value.ConstantValue.HasValue is false)
                    {
                        parts.Add(value);
                    }

                    break;
            }
        }

        /// <summary>Every personal member an object of the value's type holds, nested objects included.</summary>
        private List<(string Member, string Category)> ObjectMembers(IOperation value, PersonalTaint taint, CancellationToken cancellationToken)
        {
            var members = new List<(string Member, string Category)>();
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            // Content serialized from an object carries what the object holds.
            if (value is IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "JsonContent" }, Arguments.Length: > 0 } serialized)
            {
                value = serialized.Arguments[0].Value;
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }
            }

            var type = value.Type is { } valueType ? _reader.CollectionElementType(valueType, out _) ?? valueType : null;
            if (type is not null && PrivacyModelReader.UnwrapNullable(type) is INamedTypeSymbol named)
            {
                AddMembers(named, members, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
            }

            // Text an object printed itself into (its ToString, interpolation) carries the members of the printed type.
            if (members.Count == 0 && taint.PrintsPersonalInfo && taint.TypeId is { } typeId
                && DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, _compilation) is INamedTypeSymbol printed)
            {
                AddMembers(printed, members, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
            }

            // A type the reader cannot see through still counts by what the engine found in it.
            if (members.Count == 0 && taint.Category.Length > 0)
            {
                members.Add((taint.Member, taint.Category));
            }

            return members;
        }

        private void AddMembers(INamedTypeSymbol type, List<(string Member, string Category)> members, HashSet<INamedTypeSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxNestedDepth || !visited.Add(type.OriginalDefinition) || type.SpecialType != SpecialType.None || !_reader.HoldsPersonalInfo(type))
            {
                return;
            }

            var model = _reader.Read(type, cancellationToken);
            foreach (var member in model.InheritedPersonalMembers.Concat(model.Members))
            {
                if (member.IsPersonal)
                {
                    members.Add((type.Name + "." + member.Name, member.Category));
                }
                else if (member.Role == MemberRole.Nested && member.NestedType is { } nested)
                {
                    AddMembers(nested, members, visited, depth + 1, cancellationToken);
                }
            }
        }

        public static string Describe(List<(string Member, string Category)> unapproved)
        {
            var text = new StringBuilder();
            for (var i = 0; i < unapproved.Count && i < NamedMembers; i++)
            {
                if (i > 0)
                {
                    text.Append(i == unapproved.Count - 1 ? " and " : ", ");
                }

                text.Append('\'').Append(unapproved[i].Member).Append("' (").Append(unapproved[i].Category).Append(')');
            }

            if (unapproved.Count > NamedMembers)
            {
                text.Append(" and ").Append(unapproved.Count - NamedMembers).Append(" more");
            }

            return text.Append(unapproved.Count == 1 ? " is" : " are").ToString();
        }
    }
}
