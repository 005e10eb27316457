using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers
{
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
