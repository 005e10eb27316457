using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Members holding annotated items in any collection shape: never skipped, exported, and either rebuilt or reported.</summary>
public sealed class CollectionShapeTests
{
    private const string SetModels = """
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        namespace Models.Sets;
        public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
        public partial struct GeoPoint { [PersonalInfo(DataCategory.Location.Precise)] public double Latitude { get; set; } }
        public partial class Household
        {
            public HashSet<Address> Homes { get; set; } = new();
            public ISet<Address>? Former { get; set; }
            public HashSet<Address?> Maybe { get; set; } = new();
            public ISet<GeoPoint?> Points { get; set; } = new HashSet<GeoPoint?>();
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public HashSet<string> Phones { get; set; } = new();
            [PersonalInfo(DataCategory.Contact.Email)] public ISet<string?>? Emails { get; set; }
            [PersonalInfo(DataCategory.Device.IpAddress)] public IReadOnlySet<string> Ips { get; set; } = new HashSet<string>();
        }
        """;

    private const string UnsupportedModels = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using PrivacyAnalyzers;
        namespace Models.Unsupported;
        public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
        public partial struct GeoPoint { [PersonalInfo(DataCategory.Location.Precise)] public double Latitude { get; set; } }
        public sealed class AddressBook : IEnumerable<Address>
        {
            public List<Address> Items { get; } = new();
            public IEnumerator<Address> GetEnumerator() => Items.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            public override string ToString() => string.Join(", ", Items);
        }
        public partial class Archive
        {
            public Dictionary<string, Address> ByName { get; set; } = new();
            public IReadOnlyDictionary<int, GeoPoint?>? Points { get; set; }
            public ImmutableArray<Address> Frozen { get; set; }
            public ImmutableArray<Address>? MaybeFrozen { get; set; }
            public Address[][] Jagged { get; set; } = Array.Empty<Address[]>();
            public Address[,] Grid { get; set; } = new Address[0, 0];
            public Queue<Address>? Waiting { get; set; }
            public AddressBook Book { get; set; } = new();
            public Dictionary<string, List<Address?>?> Grouped { get; set; } = new();
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public Queue<string> Phones { get; set; } = new();
            [PersonalInfo(DataCategory.Contact.Email)] public List<List<string>> EmailGroups { get; set; } = new();
            [PersonalInfo(DataCategory.Demographic.DateOfBirth)] public Dictionary<Guid, DateTime> Birthdays { get; set; } = new();
        }
        """;

    private static PrivacyTypeModel Model(string source, string typeName)
    {
        var compilation = GeneratorHarness.Compile(source);
        var reader = new PrivacyModelReader(compilation, PrivacySymbols.TryCreate(compilation)!);
        return reader.Read(compilation.GetTypeByMetadataName(typeName)!);
    }

    private static PrivacyMember Member(PrivacyTypeModel model, string name) => model.Members.Single(member => member.Name == name);

    [Fact]
    public void CollectionSets() => Snapshot.Verify(GeneratorHarness.Run(SetModels).AssertCompilesCleanly());

    [Fact]
    public void CollectionsNotRebuilt() => Snapshot.Verify(GeneratorHarness.Run(UnsupportedModels).AssertCompilesCleanly());

    [Fact]
    public void Every_collection_of_annotated_items_is_read_as_one()
    {
        var archive = Model(UnsupportedModels, "Models.Unsupported.Archive");

        foreach (var (name, kind) in new[]
        {
            ("ByName", CollectionKind.Dictionary),
            ("Points", CollectionKind.Dictionary),
            ("Frozen", CollectionKind.ImmutableArray),
            ("MaybeFrozen", CollectionKind.ImmutableArray),
            ("Jagged", CollectionKind.Array),
            ("Grid", CollectionKind.MultidimensionalArray),
            ("Waiting", CollectionKind.Enumerable),
            ("Book", CollectionKind.Enumerable),
            ("Grouped", CollectionKind.Dictionary),
        })
        {
            var member = Member(archive, name);
            Assert.True(member.Role == MemberRole.NestedCollection, name + " is " + member.Role);
            Assert.Equal(kind, member.Collection);
            Assert.False(member.CanRebuildCollection);
        }

        Assert.Equal("Address", Member(archive, "Jagged").ItemType!.Name);
        Assert.True(Member(archive, "Jagged").HasCollectionElements);
        Assert.Equal("Address", Member(archive, "Grouped").ItemType!.Name);
        Assert.Equal(MemberRole.Personal, Member(archive, "EmailGroups").Role);
        Assert.Equal(ValueKind.String, Member(archive, "EmailGroups").ValueKind);
        Assert.Equal(ValueKind.DateTime, Member(archive, "Birthdays").ValueKind);
    }

    [Fact]
    public void Sets_are_rebuilt_and_other_shapes_block_the_copy_with_the_member_named()
    {
        var household = Model(SetModels, "Models.Sets.Household");
        Assert.True(household.CanCopy);
        Assert.Equal(CollectionKind.HashSet, Member(household, "Homes").Collection);
        Assert.Equal(CollectionKind.SetInterface, Member(household, "Former").Collection);
        Assert.Equal(CollectionKind.SetInterface, Member(household, "Ips").Collection);

        var archive = Model(UnsupportedModels, "Models.Unsupported.Archive");
        Assert.False(archive.CanCopy);
        Assert.Equal("ByName", archive.CopyBlockerMember!.Name);
        Assert.StartsWith("'ByName' has type Dictionary<string, Address>; only arrays, List<T>, HashSet<T>", archive.CopyBlocker);
    }

    [Fact]
    public void Personal_value_collections_are_reset_whatever_their_shape_and_strings_are_masked_in_rebuilt_shapes_only()
    {
        var outcome = GeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class Visits
            {
                [PersonalInfo(DataCategory.Demographic.DateOfBirth)] public Queue<DateTime>? Dates { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber), Mask(MaskStyle.None)] public Queue<string>? Shown { get; set; }
            }
            public partial class Calls
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public Queue<string>? Numbers { get; set; }
            }
            """).AssertCompilesCleanly();

        var visits = outcome.Sources["Shop.Visits.Privacy.g.cs"];
        Assert.Contains("copy.Dates = null;", visits);
        Assert.Contains("copy.Shown = null;", visits);
        Assert.Contains("WriteStrings(writer, " + ExportText.Field(visits, "Dates"), visits);
        Assert.DoesNotContain("Mask()", outcome.Sources["Shop.Calls.Privacy.g.cs"]);
        var calls = outcome.Sources["Shop.Calls.Privacy.g.cs"];
        Assert.Contains("WriteStrings(writer, " + ExportText.Field(calls, "Numbers") + ", " + ExportText.Field(calls, "user.contact.phone_number") + ", ((global::System.Collections.Generic.IEnumerable<string>?)this.Numbers));", calls);
    }

    [Fact]
    public void A_type_holding_annotated_items_only_in_a_dictionary_is_generated()
    {
        var outcome = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
            public partial class Directory { public Dictionary<string, Address> Entries { get; set; } = new(); }
            """).AssertCompilesCleanly();

        Assert.Contains("Shop.Directory.Privacy.g.cs", outcome.Sources.Keys);
        var directory = outcome.Sources["Shop.Directory.Privacy.g.cs"];
        Assert.Contains("WriteArray(writer, " + ExportText.Field(directory, "Entries"), directory);
    }

    private const string OldestLanguage = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        namespace Models.Oldest
        {
            public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
            public partial struct GeoPoint { [PersonalInfo(DataCategory.Location.Precise)] public double Latitude { get; set; } }
            public partial class Holder
            {
                public HashSet<Address> Homes { get; set; } = new HashSet<Address>();
                public ISet<GeoPoint?>? Points { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public ISet<string>? Phones { get; set; }
            }
            public partial class Exported
            {
                public Dictionary<string, GeoPoint?>? ByName { get; set; }
                public Address[][] Jagged { get; set; } = new Address[0][];
                public Address[,]? Grid { get; set; }
                public Queue<Address?> Waiting { get; set; } = new Queue<Address?>();
                public List<HashSet<GeoPoint>>? Groups { get; set; }
                [PersonalInfo(DataCategory.Demographic.DateOfBirth)] public Dictionary<int, DateTime?> Dates { get; set; } = new Dictionary<int, DateTime?>();
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp8, TargetFramework.NetStandard20)]
    [InlineData(LanguageVersion.CSharp8, TargetFramework.Net80)]
    [InlineData(LanguageVersion.Latest, TargetFramework.NetStandard20)]
    public void Collection_code_compiles_from_the_oldest_language_version_for_every_target(LanguageVersion version, TargetFramework target)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { OldestLanguage }, version, target)).AssertCompilesCleanly();

        Assert.Contains("new global::System.Collections.Generic.HashSet<global::Models.Oldest.GeoPoint?>(", outcome.Sources["Models.Oldest.Holder.Privacy.g.cs"]);
        var exported = outcome.Sources["Models.Oldest.Exported.Privacy.g.cs"];
        Assert.Contains("WriteArray(writer, " + ExportText.Field(exported, "Groups"), exported);
    }
}
