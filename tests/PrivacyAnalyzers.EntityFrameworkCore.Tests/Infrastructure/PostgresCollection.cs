namespace PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>One PostgreSQL server for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
