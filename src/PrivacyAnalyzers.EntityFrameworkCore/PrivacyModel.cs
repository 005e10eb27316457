using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PrivacyAnalyzers.EntityFrameworkCore
{
    /// <summary>
    /// The privacy view of an EF Core model: for each entity type, its generated retention and subject predicates, its
    /// personal members with their anonymization, and how a data subject's rows are found. Built once per model.
    /// </summary>
    internal sealed class PrivacyModel
    {
        private static readonly ConditionalWeakTable<IModel, PrivacyModel> Cache = new ConditionalWeakTable<IModel, PrivacyModel>();

        private PrivacyModel(IReadOnlyList<PrivacyEntity> entities) => Entities = entities;

        /// <summary>Entity types that hold personal information or have retention, dependents before their principals.</summary>
        public IReadOnlyList<PrivacyEntity> Entities { get; }

        public static PrivacyModel For(DbContext db) => Cache.GetValue(db.Model, Build);

        private static PrivacyModel Build(IModel model)
        {
            var entities = new List<PrivacyEntity>();
            foreach (var entityType in model.GetEntityTypes())
            {
                if (entityType.IsOwned() || entityType.HasSharedClrType || entityType.ClrType.IsAbstract)
                {
                    continue;
                }

                var entity = PrivacyEntity.Read(entityType);
                if (entity.Retention is not null || entity.Personal.Count != 0 || entity.Links.Count != 0)
                {
                    entities.Add(entity);
                }
            }

            // A dependent of a subject's root row (the entity whose key is its [DataSubjectId]) is reached through its foreign key.
            foreach (var root in entities.Where(entity => entity.IsSubjectRoot).ToList())
            {
                var rootKey = root.Links.First(link => link.IsDirect && link.Property.IsPrimaryKey()).Property;
                foreach (var foreignKey in root.EntityType.GetReferencingForeignKeys())
                {
                    if (foreignKey.Properties.Count != 1 || foreignKey.PrincipalKey.Properties.Count != 1
                        || foreignKey.PrincipalKey.Properties[0] != rootKey)
                    {
                        continue;
                    }

                    var dependent = entities.FirstOrDefault(entity => entity.EntityType == foreignKey.DeclaringEntityType);
                    if (dependent is not null && dependent.Links.All(link => link.Property != foreignKey.Properties[0]))
                    {
                        dependent.Links.Add(SubjectLink.Through(foreignKey));
                    }
                }
            }

            // Dependents first, so that deleting a principal never meets a row that still points at it.
            var ordered = entities.OrderBy(entity => entity.IsSubjectRoot ? 1 : 0).ThenBy(entity => entity.Name, StringComparer.Ordinal).ToList();
            return new PrivacyModel(ordered);
        }
    }

    /// <summary>One entity type's privacy features.</summary>
    internal sealed class PrivacyEntity
    {
        private EntityOperations? _operations;

        private PrivacyEntity(IEntityType entityType) => EntityType = entityType;

        public IEntityType EntityType { get; }

        public Type ClrType => EntityType.ClrType;

        /// <summary>The typed purge, erasure and export of this entity type.</summary>
        public EntityOperations Operations => _operations ??= EntityOperations.For(this);

        public string Name => EntityType.DisplayName();

        /// <summary>The generated <c>PrivacyRetention</c>, or <c>null</c>.</summary>
        public RetentionPolicy? Retention { get; private set; }

        /// <summary>The type's [RetainFor], for <see cref="RetainForAttribute.LegalMinimum"/> and <see cref="RetainForAttribute.Covers"/>.</summary>
        public RetainForAttribute? RetainFor { get; private set; }

        /// <summary>The generated <c>PrivacyExpiredAt(now)</c>, or <c>null</c> when the retention has no start member.</summary>
        public MethodInfo? ExpiredAt { get; private set; }

        /// <summary>The start member's property, for the end of kept rows' periods.</summary>
        public IProperty? Start { get; private set; }

        public List<MemberExpiry> MemberExpiries { get; } = new List<MemberExpiry>();

        public List<SubjectLink> Links { get; } = new List<SubjectLink>();

        /// <summary>Mapped personal members with their anonymization (key properties excluded: a key cannot change).</summary>
        public List<PersonalProperty> Personal { get; } = new List<PersonalProperty>();

        public bool IsSubjectRoot => Links.Any(link => link.IsDirect && link.Property.IsPrimaryKey() && EntityType.FindPrimaryKey()!.Properties.Count == 1);

        public bool IsLegalMinimum => RetainFor is { LegalMinimum: true } && ExpiredAt is not null;

        public bool AnonymizesOnExpiry => Retention?.OnExpiry == ExpiryAction.Anonymize;

        public static PrivacyEntity Read(IEntityType entityType)
        {
            var entity = new PrivacyEntity(entityType);
            var clr = entityType.ClrType;
            const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;
            entity.Retention = clr.GetProperty("PrivacyRetention", PublicStatic | BindingFlags.FlattenHierarchy)?.GetValue(null) as RetentionPolicy;
            entity.RetainFor = clr.GetCustomAttribute<RetainForAttribute>(inherit: true);
            entity.ExpiredAt = Predicate(clr, "PrivacyExpiredAt", typeof(DateTimeOffset));
            if (entity.ExpiredAt is not null && entity.Retention?.FromMember is { } from)
            {
                entity.Start = entityType.FindProperty(from);
            }

            foreach (var property in entityType.GetProperties())
            {
                if (property.PropertyInfo?.GetCustomAttribute<RetainForAttribute>(inherit: true) is { } memberRetention
                    && Predicate(clr, "Privacy" + property.Name + "ExpiredAt", typeof(DateTimeOffset)) is { } memberExpiredAt)
                {
                    entity.MemberExpiries.Add(new MemberExpiry(property, memberExpiredAt, memberRetention.Basis));
                }
            }

            foreach (var method in clr.GetMethods(PublicStatic))
            {
                const string Prefix = "PrivacyBelongsTo";
                if (method.Name.StartsWith(Prefix, StringComparison.Ordinal) && method.GetParameters().Length == 1
                    && method.ReturnType == typeof(Expression<>).MakeGenericType(typeof(Func<,>).MakeGenericType(clr, typeof(bool)))
                    && entityType.FindProperty(method.Name.Substring(Prefix.Length)) is { } subjectProperty)
                {
                    entity.Links.Add(SubjectLink.Direct(subjectProperty, method));
                }
            }

            var info = PersonalDataInventory.For(clr.Assembly).FirstOrDefault(type => type.Type == clr);
            if (info is not null)
            {
                foreach (var member in info.Members)
                {
                    if (entityType.FindProperty(member.Name) is { } property && !property.IsKey())
                    {
                        entity.Personal.Add(new PersonalProperty(property, member.Anonymization));
                    }
                }
            }

            return entity;
        }

        /// <summary>The personal members <see cref="RetainForAttribute.Covers"/> leaves out: anonymized at erasure while the legal minimum runs.</summary>
        public IReadOnlyList<PersonalProperty> Uncovered()
        {
            if (RetainFor?.Covers is not { } covers)
            {
                return Array.Empty<PersonalProperty>();
            }

            return Personal.Where(member => member.Strategy != AnonymizeStrategy.Keep && Array.IndexOf(covers, member.Property.Name) < 0).ToList();
        }

        private static MethodInfo? Predicate(Type clr, string name, Type parameter)
        {
            var method = clr.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, null, new[] { parameter }, null);
            return method is not null && method.ReturnType == typeof(Expression<>).MakeGenericType(typeof(Func<,>).MakeGenericType(clr, typeof(bool)))
                ? method
                : null;
        }
    }

    /// <summary>A member with its own, shorter [RetainFor]: cleared when its period ends.</summary>
    internal sealed record MemberExpiry(IProperty Property, MethodInfo ExpiredAt, string? Basis);

    /// <summary>A mapped personal member and how <c>Anonymize(key)</c> treats it.</summary>
    internal sealed record PersonalProperty(IProperty Property, AnonymizeStrategy Strategy)
    {
        /// <summary>Computed in .NET (pseudonyms need the key; generalizations follow the runtime's rules), not set by SQL.</summary>
        public bool IsComputed => Strategy == AnonymizeStrategy.Pseudonymize || Strategy == AnonymizeStrategy.Generalize;

        /// <summary>The value a suppressed member gets: <c>null</c> where allowed, <c>""</c> for a required string, the default otherwise.</summary>
        public object? SuppressedValue
            => Property.IsNullable ? null
                : Property.ClrType == typeof(string) ? string.Empty
                : Property.ClrType.IsValueType ? Activator.CreateInstance(Property.ClrType) : null;
    }

    /// <summary>How an entity type's rows are matched to a data subject.</summary>
    internal sealed class SubjectLink
    {
        private readonly MethodInfo? _generated;

        private SubjectLink(IProperty property, MethodInfo? generated, string description)
        {
            Property = property;
            _generated = generated;
            Description = description;
            IdType = generated?.GetParameters()[0].ParameterType ?? Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        }

        public IProperty Property { get; }

        /// <summary>A [DataSubjectId] member of the entity itself (rather than a foreign key to one).</summary>
        public bool IsDirect => _generated is not null;

        public string Description { get; }

        /// <summary>The type of subject id the link compares with.</summary>
        public Type IdType { get; }

        public static SubjectLink Direct(IProperty property, MethodInfo generated)
            => new SubjectLink(property, generated, "[DataSubjectId] " + property.Name);

        public static SubjectLink Through(IForeignKey foreignKey)
            => new SubjectLink(
                foreignKey.Properties[0],
                null,
                foreignKey.Properties[0].Name + " → " + foreignKey.PrincipalEntityType.DisplayName() + "." + foreignKey.PrincipalKey.Properties[0].Name);

        /// <summary>The rows of <paramref name="subjectId"/>: the generated predicate, or the foreign key compared with it.</summary>
        public Expression<Func<T, bool>> BelongsTo<T>(object subjectId)
            => _generated is not null
                ? (Expression<Func<T, bool>>)_generated.Invoke(null, new[] { subjectId })!
                : Predicates.Equals<T>(Property, subjectId);
    }
}
