namespace PrivacyAnalyzers.CodeModel.Tests;

/// <summary>Collection shapes as the copy and the export see them.</summary>
public sealed class CollectionShapeTests
{
    private static readonly ModelCompilation Models = ModelCompilation.Of("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using PrivacyAnalyzers;
        namespace Shop;
        public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
        public partial class Book
        {
            public List<Address> List { get; set; } = new();
            public Address[] Array { get; set; } = System.Array.Empty<Address>();
            public ISet<Address> Set { get; set; } = new HashSet<Address>();
            public Dictionary<string, Address> ByName { get; set; } = new();
            public Address[][] Jagged { get; set; } = System.Array.Empty<Address[]>();
            public ImmutableArray<Address> Frozen { get; set; }
        }
        """);

    [Theory]
    [InlineData("List", CollectionKind.List, true)]
    [InlineData("Array", CollectionKind.Array, true)]
    [InlineData("Set", CollectionKind.SetInterface, true)]
    [InlineData("ByName", CollectionKind.Dictionary, false)]
    [InlineData("Jagged", CollectionKind.Array, false)]
    [InlineData("Frozen", CollectionKind.ImmutableArray, false)]
    public void Collections_of_annotated_objects_are_classified_and_only_rebuildable_shapes_are_rebuilt(string member, CollectionKind kind, bool rebuilt)
    {
        var model = Models.Model("Shop.Book").Members.Single(candidate => candidate.Name == member);

        Assert.Equal(MemberRole.NestedCollection, model.Role);
        Assert.Equal(kind, model.Collection);
        Assert.Equal(rebuilt, model.CanRebuildCollection);
        Assert.Equal("Address", model.ItemType!.Name);
    }
}
