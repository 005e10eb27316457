using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>The generated text of representative shapes, compared with checked-in snapshots; each also compiles cleanly.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void ReadmeOrderRecord()
    {
        var outcome = GeneratorHarness.Run("""
            using System;
            using PrivacyAnalyzers;

            namespace Shop;

            [RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31")]
            public partial record Order(
                [property: PersonalInfo(DataCategory.Transaction.OrderNumber)] string OrderNumber,
                [property: PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)] string Mobile,
                DateTimeOffset CompletedAt);
            """).AssertCompilesCleanly();
        Snapshot.Verify(outcome);
    }

    [Fact]
    public void ClassesAndStructs() => Snapshot.Verify(GeneratorHarness.Run(TestModels.Classes).AssertCompilesCleanly());

    [Fact]
    public void Records() => Snapshot.Verify(GeneratorHarness.Run(TestModels.Records).AssertCompilesCleanly());

    [Fact]
    public void ConstructorCopies() => Snapshot.Verify(GeneratorHarness.Run(TestModels.ConstructorCopies).AssertCompilesCleanly());

    [Fact]
    public void RecordStructs() => Snapshot.Verify(GeneratorHarness.Run(TestModels.RecordStructs).AssertCompilesCleanly());

    [Fact]
    public void RequiredMembers() => Snapshot.Verify(GeneratorHarness.Run(TestModels.Latest).AssertCompilesCleanly());

    [Fact]
    public void ModelShapes() => Snapshot.Verify(GeneratorHarness.Run(TestModels.Shapes).AssertCompilesCleanly());
}
