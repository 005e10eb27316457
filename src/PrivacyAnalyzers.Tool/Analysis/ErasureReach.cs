using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>For every entity of the compilation's EF Core DbContexts: how erasure and export find its data subject (PRIV108's reading).</summary>
internal static class ErasureReach
{
    public const string NotReached = "not reached (PRIV108)";

    public static Dictionary<INamedTypeSymbol, string> Of(Compilation compilation, PrivacySymbols symbols)
    {
        var reach = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        var dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
        var dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
        if (dbContext is null || dbSet is null)
        {
            return reach;
        }

        foreach (var context in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(type => SubjectReach.DerivesFrom(type, dbContext)))
        {
            var entities = SubjectReach.EntitySets(context, dbSet).Select(set => set.Entity).ToList();
            foreach (var entity in entities)
            {
                reach[entity] = SubjectReach.Describe(entity, entities, symbols) ?? NotReached;
            }
        }

        return reach;
    }
}
