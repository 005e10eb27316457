using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// Members whose role rules out a person's value whatever their name: static members (shared configuration and
    /// lookup tables), fields and properties of services and options types (their dependencies and settings) and of
    /// file-system entries (a <c>FullName</c> that is a path), and,
    /// unless <c>privacy_analyzers.PRIV007.include_tests = true</c>, test code: test methods and the methods of test
    /// classes (named <c>...Tests</c> or <c>...Test</c>) and every member of a project referencing a test framework.
    /// </summary>
    internal sealed class NonPersonalRoles
    {
        public const string IncludeTestsKey = "privacy_analyzers.PRIV007.include_tests";

        /// <summary>
        /// Last words of compound type names whose instances do work or carry settings rather than hold a person's
        /// data (<c>MailDeliveryService</c>, <c>SmtpSettings</c>). Words that also name people or data records
        /// (provider, manager, client alone, command, query) are left out.
        /// </summary>
        private static readonly ImmutableHashSet<string> ServiceTypeWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "service", "services", "controller", "handler", "repository", "factory", "client", "middleware",
            "validator", "hasher", "settings", "options", "configuration", "config", "startup", "extensions", "helper",
            "helpers", "job", "worker", "hub", "filter");

        /// <summary>Words of type names that describe file-system entries: their <c>FullName</c> is a path.</summary>
        private static readonly ImmutableHashSet<string> FileSystemTypeWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "file", "files", "directory", "directories", "folder", "folders", "drive");

        /// <summary>Attributes that make a method a test; their parameters are test data.</summary>
        private static readonly ImmutableHashSet<string> TestAttributeNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "FactAttribute", "TheoryAttribute", "TestAttribute", "TestCaseAttribute", "TestCaseSourceAttribute",
            "TestMethodAttribute", "DataTestMethodAttribute");

        /// <summary>Assemblies whose reference makes a project a test project.</summary>
        private static readonly ImmutableHashSet<string> TestFrameworkAssemblies = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core");

        private readonly bool _isTestProject;

        public NonPersonalRoles(Compilation compilation)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                _isTestProject |= TestFrameworkAssemblies.Contains(assembly.Name);
            }
        }

        /// <param name="member">The property, field or parameter.</param>
        /// <param name="includeTests">The tree's <see cref="IncludeTestsKey"/> option.</param>
        public bool RulesOut(ISymbol member, bool includeTests)
        {
            switch (member)
            {
                case IParameterSymbol { ContainingSymbol: IMethodSymbol method }:
                    return !includeTests && (_isTestProject || IsTest(method));
                case IFieldSymbol or IPropertySymbol:
                    return member.IsStatic
                        || (!includeTests && _isTestProject)
                        || (member.ContainingType is { } type && IsServiceType(type));
                default:
                    return false;
            }
        }

        private static bool IsServiceType(INamedTypeSymbol type)
        {
            var words = IdentifierWords.Split(type.Name);
            if (words.Length > 1 && ServiceTypeWords.Contains(words[words.Length - 1]))
            {
                return true;
            }

            foreach (var word in words)
            {
                if (FileSystemTypeWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTest(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                // An unresolved attribute (the test framework not referenced yet) is named as written: Fact, not FactAttribute.
                if (attribute.AttributeClass is { } attributeClass
                    && (TestAttributeNames.Contains(attributeClass.Name) || TestAttributeNames.Contains(attributeClass.Name + "Attribute")))
                {
                    return true;
                }
            }

            return method.ContainingType is { } type
                && (type.Name.EndsWith("Tests", StringComparison.Ordinal) || type.Name.EndsWith("Test", StringComparison.Ordinal));
        }
    }
}
