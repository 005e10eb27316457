using System;

namespace PrivacyAnalyzers
{
    /// <summary>Declares a project-specific category key so that it is not reported as unknown.</summary>
    /// <example><code>[assembly: DataCategoryDefinition("user.loyalty.points", Description = "Loyalty points balance")]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DataCategoryDefinitionAttribute : Attribute
    {
        /// <param name="category">The dotted key, under <c>user</c>.</param>
        public DataCategoryDefinitionAttribute(string category)
        {
            Category = category;
        }

        /// <summary>The dotted key.</summary>
        public string Category { get; }

        /// <summary>What the category holds.</summary>
        public string? Description { get; set; }
    }
}
