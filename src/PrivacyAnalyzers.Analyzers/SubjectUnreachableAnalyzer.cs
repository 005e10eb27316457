using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV108: a <c>DbSet&lt;T&gt;</c> of an EF Core <c>DbContext</c> whose entity holds personal information but can be
    /// found by no data subject: no [DataSubjectId] member of its own, no reference navigation to an entity with one, and
    /// no navigation (collection or reference) from such an entity to it. The erasure and export of the EF Core package
    /// would miss its rows. Nothing is registered when EF Core is not referenced.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SubjectUnreachableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.SubjectUnreachable);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var dbContext = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
                var dbSet = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (dbContext is null || dbSet is null || symbols?.DataSubjectId is null)
                {
                    return;
                }

                start.RegisterSymbolAction(symbolContext => AnalyzeContext(symbolContext, dbContext, dbSet, symbols), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeContext(SymbolAnalysisContext context, INamedTypeSymbol dbContext, INamedTypeSymbol dbSet, PrivacySymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!SubjectReach.DerivesFrom(type, dbContext))
            {
                return;
            }

            var sets = SubjectReach.EntitySets(type, dbSet);
            var entities = sets.Select(set => set.Entity).ToList();
            foreach (var (property, entity) in sets)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (SubjectReach.FirstPersonalMember(entity, symbols) is not { } personal
                    || SubjectReach.Describe(entity, entities, symbols) is not null
                    || property.Locations.Length == 0)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.SubjectUnreachable,
                    property.Locations[0],
                    entity.ToDisplayString(DisplayFormats.TypeName),
                    type.ToDisplayString(DisplayFormats.TypeName),
                    personal));
            }
        }
    }
}
