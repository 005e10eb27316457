using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV107: privacy attribute arguments out of range: negative keep counts in [Mask], a missing or non-positive
    /// BucketSize where a number is bucketed, an empty [PersonalInfo] category, an empty [ThirdParty] recipient.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AttributeArgumentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.InvalidAttributeArgument);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext => AttributedSymbols.ForEachSite(symbolContext.Symbol, (symbolContext, symbols), static (site, s) => AnalyzeSite(site, s.symbolContext, s.symbols)),
                    AttributedSymbols.Kinds);
            });
        }

        private static void AnalyzeSite(AttributeSite site, SymbolAnalysisContext context, PrivacySymbols symbols)
        {
            foreach (var attribute in site.Attributes)
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.PersonalInfo))
                {
                    CheckNotEmpty(context, site, attribute, "[PersonalInfo]", "the category is empty; use a key such as DataCategory.Contact.Email");
                }
                else if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.ThirdParty))
                {
                    CheckNotEmpty(context, site, attribute, "[ThirdParty]", "the recipient is empty; name the recipient as the privacy policy does");
                }
                else if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.Mask))
                {
                    CheckKeepCounts(context, site, attribute);
                }
                else if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.Anonymize))
                {
                    CheckBucketSize(context, site, attribute);
                }
            }
        }

        private static void CheckNotEmpty(SymbolAnalysisContext context, AttributeSite site, AttributeData attribute, string attributeName, string problem)
        {
            // A missing or unbound argument is a compiler error already; only a constant that is empty is ours.
            if (attribute.ConstructorArguments.Length != 1
                || (attribute.ConstructorArguments[0].Kind != TypedConstantKind.Primitive && !attribute.ConstructorArguments[0].IsNull))
            {
                return;
            }

            var value = attribute.ConstructorArguments[0].Value as string;
            if (value is not null && value.Trim().Length > 0)
            {
                return;
            }

            Report(context, AttributeLocations.OfConstructorArgument(attribute, 0, site.Symbol, context.CancellationToken), attributeName, site, problem);
        }

        private static void CheckKeepCounts(SymbolAnalysisContext context, AttributeSite site, AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 2)
            {
                return;
            }

            for (var index = 0; index < 2; index++)
            {
                if (arguments[index].Value is int count && count < 0)
                {
                    var name = attribute.AttributeConstructor?.Parameters[index].Name ?? (index == 0 ? "keepFirst" : "keepLast");
                    Report(
                        context,
                        AttributeLocations.OfConstructorArgument(attribute, index, site.Symbol, context.CancellationToken),
                        "[Mask]",
                        site,
                        name + " is " + count.ToString(CultureInfo.InvariantCulture) + "; the number of characters kept cannot be negative");
                }
            }
        }

        private static void CheckBucketSize(SymbolAnalysisContext context, AttributeSite site, AttributeData attribute)
        {
            if (site.ValueType is null || !PrivacyModelReader.IsBucketNumber(site.ValueType))
            {
                return;
            }

            var anonymize = AttributeReaders.ReadAnonymize(attribute);
            if (anonymize.Strategy != AnonymizeStrategy.Generalize
                || (anonymize.To != Generalization.Auto && anonymize.To != Generalization.Bucket)
                || (anonymize.BucketSize > 0 && !double.IsInfinity(anonymize.BucketSize)))
            {
                return;
            }

            var written = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "BucketSize")
                {
                    if (named.Value.Kind == TypedConstantKind.Error)
                    {
                        // A value that does not bind is the compiler's error, not an out-of-range width.
                        return;
                    }

                    written = true;
                }
            }

            var problem = written
                ? "BucketSize is " + anonymize.BucketSize.ToString(CultureInfo.InvariantCulture) + "; a bucket needs a positive, finite width"
                : "a number is generalized to a bucket; set BucketSize to a positive width";
            Report(context, AttributeLocations.OfNamedArgument(attribute, "BucketSize", site.Symbol, context.CancellationToken), "[Anonymize]", site, problem);
        }

        private static void Report(SymbolAnalysisContext context, Location location, string attributeName, AttributeSite site, string problem)
        {
            var message = attributeName + " on '" + site.Symbol.Name + "': " + problem;
            context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.InvalidAttributeArgument, location, message));
        }
    }
}
