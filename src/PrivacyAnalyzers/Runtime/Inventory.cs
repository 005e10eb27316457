using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers
{
    /// <summary>Finds the privacy inventory the generator wrote into an assembly.</summary>
    public static class PersonalDataInventory
    {
        private static readonly ConditionalWeakTable<Assembly, IReadOnlyList<PersonalDataTypeInfo>> ByAssembly =
            new ConditionalWeakTable<Assembly, IReadOnlyList<PersonalDataTypeInfo>>();

        /// <summary>
        /// Every type of <paramref name="assembly"/> that holds personal information, ordered by full name; empty when
        /// the assembly has none (or was not compiled with the generator).
        /// </summary>
        /// <param name="assembly">The assembly, such as <c>typeof(Customer).Assembly</c>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is <c>null</c>.</exception>
        /// <exception cref="InvalidOperationException">
        /// The assembly's <see cref="PersonalDataInventoryAttribute"/> names a type without a public static <c>Types</c> list.
        /// </exception>
        public static IReadOnlyList<PersonalDataTypeInfo> For(Assembly assembly)
        {
            if (assembly is null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            return ByAssembly.GetValue(assembly, Read);
        }

        private static IReadOnlyList<PersonalDataTypeInfo> Read(Assembly assembly)
        {
            var registration = assembly.GetCustomAttribute<PersonalDataInventoryAttribute>();
            if (registration is null)
            {
                return Array.Empty<PersonalDataTypeInfo>();
            }

            var property = registration.InventoryType?.GetProperty("Types", BindingFlags.Public | BindingFlags.Static);
            if (property?.GetValue(null) is IReadOnlyList<PersonalDataTypeInfo> types)
            {
                return types;
            }

            throw new InvalidOperationException(
                "The inventory of assembly '" + assembly.GetName().Name + "', " + registration.InventoryType?.FullName
                + ", has no public static Types property returning IReadOnlyList<PersonalDataTypeInfo>.");
        }
    }

    /// <summary>One annotated type in an assembly's generated privacy inventory.</summary>
    public sealed class PersonalDataTypeInfo
    {
        /// <summary>Creates the entry.</summary>
        public PersonalDataTypeInfo(Type type, IReadOnlyList<PersonalDataMemberInfo> members, RetentionPolicy? retention, string? category)
        {
            Type = type;
            Members = members;
            Retention = retention;
            Category = category;
        }

        /// <summary>The annotated type.</summary>
        public Type Type { get; }

        /// <summary>Its personal members, inherited ones included.</summary>
        public IReadOnlyList<PersonalDataMemberInfo> Members { get; }

        /// <summary>The type-level retention, if declared.</summary>
        public RetentionPolicy? Retention { get; }

        /// <summary>The type-level category when the whole type is personal information.</summary>
        public string? Category { get; }
    }

    /// <summary>One personal member in the inventory.</summary>
    public sealed class PersonalDataMemberInfo
    {
        /// <summary>Creates the entry.</summary>
        public PersonalDataMemberInfo(
            string name,
            string category,
            bool sensitive,
            MaskStyle mask,
            AnonymizeStrategy anonymization,
            RetentionPolicy? retention,
            bool isDataSubjectId,
            IReadOnlyList<string> purposes)
        {
            Name = name;
            Category = category;
            Sensitive = sensitive;
            Mask = mask;
            Anonymization = anonymization;
            Retention = retention;
            IsDataSubjectId = isDataSubjectId;
            Purposes = purposes;
        }

        /// <summary>The member name.</summary>
        public string Name { get; }

        /// <summary>The category key.</summary>
        public string Category { get; }

        /// <summary>Sensitive personal information (flagged, or by category).</summary>
        public bool Sensitive { get; }

        /// <summary>The effective display mask (the category default resolved).</summary>
        public MaskStyle Mask { get; }

        /// <summary>The anonymization strategy.</summary>
        public AnonymizeStrategy Anonymization { get; }

        /// <summary>The member-level retention, if declared.</summary>
        public RetentionPolicy? Retention { get; }

        /// <summary>Whether the member identifies the data subject.</summary>
        public bool IsDataSubjectId { get; }

        /// <summary>The purposes declared on the member.</summary>
        public IReadOnlyList<string> Purposes { get; }
    }
}
