using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>The database predicates of a type's [RetainFor] and [DataSubjectId] members (LINQ expressions a provider translates).</summary>
    /// <param name="Expiry">The type's own period, when it has a start member.</param>
    /// <param name="MemberExpiries">Members with their own [RetainFor] and a start member.</param>
    /// <param name="Subjects">One "belongs to subject" predicate per [DataSubjectId] member.</param>
    internal sealed record RetentionQuerySpec(
        ExpiryQuerySpec? Expiry,
        EquatableArray<ExpiryQuerySpec> MemberExpiries,
        EquatableArray<SubjectQuerySpec> Subjects);

    /// <param name="Name">The member the period applies to (its method is named after it), or <c>null</c> for the whole type.</param>
    /// <param name="Policy">The period, as passed to the RetentionPolicy constructor.</param>
    /// <param name="Start">The start member, escaped.</param>
    /// <param name="StartIsOffset">The start member is a DateTimeOffset: the cutoff is compared as one; DateTime starts compare with the UTC cutoff.</param>
    internal sealed record ExpiryQuerySpec(string? Name, RetentionValues Policy, string Start, bool StartIsOffset);

    /// <param name="Name">The member name (the method is named after it).</param>
    /// <param name="Member">The member, escaped.</param>
    /// <param name="ParameterType">The subject id's type: the member's type without a nullable wrapper.</param>
    internal sealed record SubjectQuerySpec(string Name, string Member, string ParameterType);

    /// <summary>Reads a <see cref="RetentionQuerySpec"/> from the privacy model of a type.</summary>
    internal static class RetentionQueryBuilder
    {
        /// <summary>The predicates of <paramref name="model"/>, or <c>null</c> when it has none (no dated retention, no subject id).</summary>
        public static RetentionQuerySpec? Build(PrivacyTypeModel model, RetentionSpec? retention)
        {
            ExpiryQuerySpec? expiry = null;
            if (retention is { StartMember: { } start } && model.RetentionStart is { } startSymbol)
            {
                expiry = new ExpiryQuerySpec(null, retention.Policy, start, IsOffset(startSymbol));
            }

            var memberExpiries = new List<ExpiryQuerySpec>();
            var subjects = new List<SubjectQuerySpec>();
            foreach (var member in model.Members)
            {
                if (!member.IsPublic || member.Symbol.IsStatic)
                {
                    continue;
                }

                if (member.Retention is { HasPositivePeriod: true } data
                    && (data.From ?? model.RetentionStart?.Name) is { } from
                    && FindDate(model.Type, from) is { } fromSymbol)
                {
                    memberExpiries.Add(new ExpiryQuerySpec(
                        member.Name,
                        new RetentionValues(data.Years, data.Months, data.Days, data.Basis, data.OnExpiry, fromSymbol.Name),
                        SpecBuilder.Escape(fromSymbol.Name),
                        IsOffset(fromSymbol)));
                }

                if (member.IsDataSubjectId)
                {
                    var type = PrivacyModelReader.UnwrapNullable(member.Type).WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                    subjects.Add(new SubjectQuerySpec(member.Name, SpecBuilder.Escape(member.Name), type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
                }
            }

            return expiry is null && memberExpiries.Count == 0 && subjects.Count == 0
                ? null
                : new RetentionQuerySpec(expiry, new EquatableArray<ExpiryQuerySpec>(memberExpiries), new EquatableArray<SubjectQuerySpec>(subjects));
        }

        /// <summary>A public DateTime or DateTimeOffset member (nullable allowed) named <paramref name="name"/>, declared or inherited.</summary>
        private static ISymbol? FindDate(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                foreach (var candidate in current.GetMembers(name))
                {
                    var memberType = candidate switch
                    {
                        IPropertySymbol property => property.Type,
                        IFieldSymbol field => field.Type,
                        _ => null,
                    };
                    if (memberType is not null && !candidate.IsStatic && candidate.DeclaredAccessibility == Accessibility.Public
                        && IsDate(PrivacyModelReader.UnwrapNullable(memberType)))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private static bool IsDate(ITypeSymbol type)
            => type.SpecialType == SpecialType.System_DateTime || IsDateTimeOffset(type);

        private static bool IsDateTimeOffset(ITypeSymbol type)
            => type.Name == "DateTimeOffset" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        private static bool IsOffset(ISymbol member)
        {
            var type = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            return type is not null && IsDateTimeOffset(PrivacyModelReader.UnwrapNullable(type));
        }
    }
}
