using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// Methods whose result no longer carries the personal information passed to them: the generated <c>Mask()</c> and
    /// <c>Anonymize(key)</c> (on types implementing <c>IMaskable&lt;T&gt;</c> / <c>IAnonymizable&lt;T&gt;</c>), the runtime's
    /// <c>Masking</c>, <c>Pseudonymization</c> and <c>Generalize</c> helpers and the masking/anonymizing
    /// <c>PrivacyCollections</c> helpers, Microsoft's <c>Redactor.Redact</c>, and methods marked <c>[Sanitizer]</c>.
    /// Unkeyed hashes are deliberately absent. Thread-safe; answers are cached per method.
    /// </summary>
    public sealed class Sanitizers
    {
        private readonly INamedTypeSymbol? _masking;
        private readonly INamedTypeSymbol? _pseudonymization;
        private readonly INamedTypeSymbol? _generalize;
        private readonly INamedTypeSymbol? _collections;
        private readonly INamedTypeSymbol? _maskable;
        private readonly INamedTypeSymbol? _anonymizable;
        private readonly INamedTypeSymbol? _redactor;
        private readonly INamedTypeSymbol? _sanitizerAttribute;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _known = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        public Sanitizers(Compilation compilation)
        {
            _masking = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Masking");
            _pseudonymization = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Pseudonymization");
            _generalize = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Generalize");
            _collections = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PrivacyCollections");
            _maskable = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IMaskable`1");
            _anonymizable = compilation.GetTypeByMetadataName("PrivacyAnalyzers.IAnonymizable`1");
            _redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
            _sanitizerAttribute = compilation.GetTypeByMetadataName("PrivacyAnalyzers.SanitizerAttribute");
        }

        /// <summary>True when <paramref name="method"/> sanitizes, built in or listed in <paramref name="additional"/> (original definitions).</summary>
        public bool IsSanitizer(IMethodSymbol method, ImmutableHashSet<ISymbol> additional)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (!additional.IsEmpty && additional.Contains(definition))
            {
                return true;
            }

            if (_known.TryGetValue(definition, out var known))
            {
                return known;
            }

            var sanitizes = Classify(definition);
            _known.TryAdd(definition, sanitizes);
            return sanitizes;
        }

        private bool Classify(IMethodSymbol method)
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return false;
            }

            if (Is(type, _masking) || Is(type, _pseudonymization) || Is(type, _generalize))
            {
                return true;
            }

            if (Is(type, _collections))
            {
                return method.Name.StartsWith("Mask", System.StringComparison.Ordinal) || method.Name.StartsWith("Anonymize", System.StringComparison.Ordinal);
            }

            if (method.Name == "Redact" && DerivesFrom(type, _redactor))
            {
                return true;
            }

            if ((method.Name == "Mask" && method.Parameters.Length == 0 && Implements(type, _maskable))
                || (method.Name == "Anonymize" && method.Parameters.Length == 1 && Implements(type, _anonymizable)))
            {
                return true;
            }

            return _sanitizerAttribute is not null && PrivacySymbols.Find(method, _sanitizerAttribute) is not null;
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? expected)
        {
            if (expected is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, expected))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol? generic)
        {
            if (generic is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type, generic))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, generic))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
