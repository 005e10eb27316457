using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel
{
    /// <summary>One member: its role, value kind, mask, anonymization and retention start, and whether the copy can assign it.</summary>
    public sealed partial class PrivacyModelReader
    {
        private PrivacyMember ReadMember(PrivacyTypeModel model, ISymbol symbol, ITypeSymbol type, bool withCapabilities, CancellationToken cancellationToken)
        {
            var member = new PrivacyMember(symbol, type)
            {
                IsPublic = symbol.DeclaredAccessibility == Accessibility.Public,
                IsDataSubjectId = PrivacyAttributes.FindOnMember(symbol, _symbols.DataSubjectId) is not null,
            };

            var personalInfo = PrivacyAttributes.FindOnMember(symbol, _symbols.PersonalInfo);
            if (personalInfo is not null)
            {
                member.PersonalInfo = AttributeReaders.ReadPersonalInfo(personalInfo);
            }
            else if (model.TypeLevelPersonalInfo is { } typeLevel && member.IsPublic)
            {
                member.PersonalInfo = typeLevel;
            }

            var retention = PrivacyAttributes.FindOnMember(symbol, _symbols.RetainFor);
            if (retention is not null)
            {
                member.Retention = AttributeReaders.ReadRetention(retention);
            }

            var nestedDepth = 0;
            var nested = IsIncomplete(type) ? null : AnnotatedTarget(type, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), out nestedDepth);
            var collection = CollectionKind.None;
            var element = nested is not null && nestedDepth == 0 ? null : CollectionElementType(type, out collection);
            member.Collection = collection;
            member.ElementType = element;
            member.ItemType = element;
            if (element is not null)
            {
                // Look through collections of collections down to the items: the annotated type, or the values.
                var levels = nested is null ? MaxCollectionDepth : nestedDepth;
                for (var depth = 1; depth < levels && CollectionElementType(member.ItemType!, out _) is { } inner; depth++)
                {
                    member.ItemType = inner;
                    member.HasCollectionElements = true;
                }
            }

            var valueType = UnwrapNullable(member.ItemType ?? type);
            member.ValueKind = KindOf(valueType);
            member.IsNullableValueType = type.IsValueType && !ReferenceEquals(UnwrapNullable(type), type);
            member.IsNullableReference = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated;

            if (nested is not null)
            {
                member.Role = collection == CollectionKind.None ? MemberRole.Nested : MemberRole.NestedCollection;
                member.NestedType = nested;
                if (withCapabilities)
                {
                    member.Nested = CapabilitiesOf(nested, cancellationToken);
                }
            }
            else if (member.IsPersonal)
            {
                member.Role = MemberRole.Personal;
            }

            ReadMask(member, symbol);
            ReadAnonymization(member, symbol);
            member.ChangedByCopy = member.Role == MemberRole.Nested
                || member.Role == MemberRole.NestedCollection
                || (member.Role == MemberRole.Personal && (member.MaskStyle != MaskStyle.None || member.Strategy != AnonymizeStrategy.Keep));
            member.NotAssignableReason = NotAssignableReason(model, symbol);
            return member;
        }

        /// <summary>True when the type, or a type it is built from, did not bind: such code is being typed and is not judged.</summary>
        public static bool IsIncomplete(ITypeSymbol type)
        {
            switch (type)
            {
                case IErrorTypeSymbol:
                    return true;
                case IArrayTypeSymbol array:
                    return IsIncomplete(array.ElementType);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (IsIncomplete(argument))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>What the value of a member of <paramref name="type"/> is, for masking, anonymization and export.</summary>
        public ValueKind KindOf(ITypeSymbol type)
        {
            type = UnwrapNullable(type);
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return ValueKind.String;
                case SpecialType.System_Boolean: return ValueKind.Boolean;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                    return ValueKind.Integer;
                case SpecialType.System_UInt64: return ValueKind.UnsignedInteger;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return ValueKind.FloatingPoint;
                case SpecialType.System_Decimal: return ValueKind.Decimal;
                case SpecialType.System_DateTime: return ValueKind.DateTime;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return ValueKind.Enum;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _dateTimeOffset))
            {
                return ValueKind.DateTimeOffset;
            }

            return SymbolEqualityComparer.Default.Equals(type, _guid) ? ValueKind.Guid : ValueKind.Other;
        }

        private void ReadMask(PrivacyMember member, ISymbol symbol)
        {
            var attribute = PrivacyAttributes.FindOnMember(symbol, _symbols.Mask);
            var mask = attribute is null ? (MaskData?)null : AttributeReaders.ReadMask(attribute);
            member.HasMaskAttribute = mask.HasValue;
            member.MaskChar = mask?.MaskChar ?? '*';
            if (member.Role != MemberRole.Personal)
            {
                member.MaskStyle = MaskStyle.None;
                return;
            }

            var requested = mask?.Style ?? MaskStyle.Default;
            if (requested < MaskStyle.Default || requested > MaskStyle.None)
            {
                requested = MaskStyle.Default;
            }

            if (member.ValueKind != ValueKind.String)
            {
                // Text masks do not apply: the value is redacted unless shown as is on purpose.
                member.MaskStyle = requested == MaskStyle.None ? MaskStyle.None : MaskStyle.Full;
                return;
            }

            member.MaskStyle = requested == MaskStyle.Default ? CategoryRules.DefaultMaskStyle(member.Category) : requested;
            if (member.MaskStyle == MaskStyle.Custom)
            {
                member.KeepFirst = mask?.KeepFirst ?? 0;
                member.KeepLast = mask?.KeepLast ?? 0;
                if (member.KeepFirst < 0 || member.KeepLast < 0)
                {
                    // Invalid counts (reported by PRIV107) fail closed.
                    member.MaskStyle = MaskStyle.Full;
                }
            }
        }

        private void ReadAnonymization(PrivacyMember member, ISymbol symbol)
        {
            var attribute = PrivacyAttributes.FindOnMember(symbol, _symbols.Anonymize);
            var data = attribute is null ? (AnonymizeData?)null : AttributeReaders.ReadAnonymize(attribute);
            member.BucketSize = data?.BucketSize ?? 0;
            if (member.Role != MemberRole.Personal)
            {
                // Nested objects are anonymized by their own code; other members are not personal information.
                member.RequestedStrategy = member.Role == MemberRole.Plain ? AnonymizeStrategy.Keep : AnonymizeStrategy.Suppress;
                member.Strategy = member.RequestedStrategy;
                return;
            }

            var requested = data?.Strategy ?? AnonymizeStrategy.Suppress;
            member.RequestedStrategy = requested;
            member.StrategyMismatch = StrategyMismatch(member, requested, data?.To ?? Generalization.Auto, member.BucketSize, out var generalization);
            member.Strategy = member.StrategyMismatch is null ? requested : AnonymizeStrategy.Suppress;
            member.Generalization = member.Strategy == AnonymizeStrategy.Generalize ? generalization : Generalization.Auto;
        }

        /// <summary>
        /// Why <paramref name="strategy"/> does not fit the member, or <c>null</c> when it does; <paramref name="resolved"/>
        /// is the generalization form with Auto resolved.
        /// </summary>
        public static string? StrategyMismatch(PrivacyMember member, AnonymizeStrategy strategy, Generalization to, double bucketSize, out Generalization resolved)
        {
            resolved = to;
            switch (strategy)
            {
                case AnonymizeStrategy.Suppress:
                case AnonymizeStrategy.Keep:
                    return null;
                case AnonymizeStrategy.Pseudonymize:
                    if (member.Collection != CollectionKind.None)
                    {
                        return "collections can only be suppressed or kept";
                    }

                    return member.ValueKind == ValueKind.String || member.ValueKind == ValueKind.Guid || IsLong(member.Type)
                        ? null
                        : "pseudonyms are made for string, Guid and long values";
                case AnonymizeStrategy.Generalize:
                    if (member.Collection != CollectionKind.None)
                    {
                        return "collections can only be suppressed or kept";
                    }

                    switch (member.ValueKind)
                    {
                        case ValueKind.DateTime:
                        case ValueKind.DateTimeOffset:
                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.Month;
                            }

                            return resolved == Generalization.Year || resolved == Generalization.Month ? null : "dates generalize to a year or a month";
                        case ValueKind.String:
                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.IPv4Network;
                            }

                            return resolved == Generalization.IPv4Network ? null : "strings generalize to an IPv4 network";
                        default:
                            if (!IsBucketNumber(member.Type))
                            {
                                return "only dates, int, long, decimal and double numbers and IPv4 strings can be generalized";
                            }

                            if (to == Generalization.Auto)
                            {
                                resolved = Generalization.Bucket;
                            }

                            if (resolved != Generalization.Bucket)
                            {
                                return "numbers generalize to a bucket";
                            }

                            return bucketSize > 0 && !double.IsInfinity(bucketSize) ? null : "a number needs a positive BucketSize";
                    }

                default:
                    return "unknown strategy";
            }
        }

        private static bool IsLong(ITypeSymbol type) => UnwrapNullable(type).SpecialType == SpecialType.System_Int64;

        /// <summary>int, long, decimal or double, nullable or not: the types <c>Generalize.Bucket</c> accepts.</summary>
        public static bool IsBucketNumber(ITypeSymbol type)
        {
            switch (UnwrapNullable(type).SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Why the generated copy cannot assign <paramref name="symbol"/> from inside the type, or <c>null</c>.</summary>
        private static string? NotAssignableReason(PrivacyTypeModel model, ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol field:
                    return field.IsReadOnly ? "'" + field.Name + "' is a readonly field" : null;
                case IPropertySymbol property:
                    if (property.SetMethod is null)
                    {
                        return "'" + property.Name + "' is get-only";
                    }

                    if (property.SetMethod.IsInitOnly && !model.IsRecord)
                    {
                        return "'" + property.Name + "' is init-only";
                    }

                    return null;
                default:
                    return null;
            }
        }

        private void ReadRetentionStart(PrivacyTypeModel model)
        {
            var from = model.Retention?.From;
            if (string.IsNullOrEmpty(from))
            {
                return;
            }

            var depth = 0;
            for (INamedTypeSymbol? current = model.Type; current is not null && depth < MaxBaseDepth; current = current.BaseType, depth++)
            {
                foreach (var candidate in current.GetMembers(from!))
                {
                    if (MemberType(candidate) is { } type)
                    {
                        var kind = KindOf(type);
                        if (kind == ValueKind.DateTime || kind == ValueKind.DateTimeOffset)
                        {
                            model.RetentionStart = candidate;
                            model.RetentionStartKind = kind;
                            model.RetentionStartIsNullable = !ReferenceEquals(UnwrapNullable(type), type);
                        }

                        return;
                    }
                }
            }
        }
    }
}
