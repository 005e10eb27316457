using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;
using Xunit;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

public sealed class FidesManifestWriterTests
{
    // fideslang's FidesKey constraint.
    private static readonly Regex FidesKeyPattern = new("^[a-zA-Z0-9_.<>-]+$");

    // Unknown keys fail the read, so the manifest holds exactly the documented structure.
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    [Fact]
    public void SimWorksMapMatchesExpectedFile()
    {
        ExpectedFiles.Match("fides.yml", Write(ExampleMaps.SimWorks()));
    }

    [Fact]
    public void SimWorksManifestParsesBackToOneDatasetWithACollectionPerType()
    {
        var manifest = Read(Write(ExampleMaps.SimWorks()));

        var dataset = Assert.Single(manifest.Dataset);
        Assert.Equal("simworks_cloud", dataset.FidesKey);
        Assert.Equal("SimWorks.Cloud", dataset.Name);
        Assert.Equal(["Customer", "Order", "LoginRecord"], dataset.Collections.Select(collection => collection.Name));
        Assert.Equal(
            ["SimWorks.Cloud.Accounts.Customer", "SimWorks.Cloud.Billing.Order", "SimWorks.Cloud.Security.LoginRecord"],
            dataset.Collections.Select(collection => collection.Description));

        var customer = dataset.Collections[0];
        Assert.Equal(["Mobile", "Name", "IdCardNumber"], customer.Fields.Select(field => field.Name));
        Assert.Equal(["user.contact.phone_number"], customer.Fields[0].DataCategories);
        Assert.Equal("Purposes: account, notification. Masked as PhoneNumber. Anonymized by Pseudonymize.", customer.Fields[0].Description);
        Assert.StartsWith("Sensitive personal information.", customer.Fields[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldDescriptionsCarryTheRetentionThatApplies()
    {
        var dataset = Read(Write(ExampleMaps.SimWorks())).Dataset.Single();

        // Order's members inherit the type's [RetainFor]; LoginRecord.IpAddress has its own.
        var product = dataset.Collections.Single(collection => collection.Name == "Order").Fields.Single(field => field.Name == "Product");
        Assert.Equal("Purposes: payment. Retained 3 years from CompletedAt, then anonymized (E-Commerce Law Art. 31).", product.Description);
        var ipAddress = dataset.Collections.Single(collection => collection.Name == "LoginRecord").Fields.Single();
        Assert.EndsWith("Retained 6 months from SignedInAt, then deleted (Cybersecurity Law Art. 21).", ipAddress.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionCategoriesAreDeclaredUnderTheirFideslangParents()
    {
        var manifest = Read(Write(ExampleMaps.SimWorks()));

        Assert.Equal(
            ["user.behavior.purchase_history.amount", "user.behavior.purchase_history.order_number", "user.behavior.purchase_history.product"],
            manifest.DataCategory.Select(category => category.FidesKey));
        Assert.All(manifest.DataCategory, category =>
        {
            Assert.Equal("user.behavior.purchase_history", category.ParentKey);
            Assert.False(string.IsNullOrWhiteSpace(category.Name));
            Assert.Contains("PrivacyAnalyzers extension", category.Description, StringComparison.Ordinal);
        });
        Assert.Equal("Order Number", manifest.DataCategory[1].Name);
    }

    [Fact]
    public void EveryKeyIsAValidFidesKey()
    {
        var manifest = Read(Write(ExampleMaps.SimWorks()));

        Assert.All(manifest.Dataset, dataset => Assert.Matches("^[a-z0-9_]+$", dataset.FidesKey));
        var categoryKeys = manifest.DataCategory.Select(category => category.FidesKey)
            .Concat(manifest.DataCategory.Select(category => category.ParentKey).OfType<string>())
            .Concat(manifest.Dataset.SelectMany(dataset => dataset.Collections).SelectMany(collection => collection.Fields).SelectMany(field => field.DataCategories));
        Assert.All(categoryKeys, key => Assert.Matches(FidesKeyPattern, key));
    }

    [Fact]
    public void EveryDataCategoryConstantIsEitherFideslangOrADeclaredExtension()
    {
        // The constants of src/PrivacyAnalyzers/DataCategory.cs, each after a one-line summary saying whether it is an extension.
        var source = File.ReadAllText(Path.Combine(ExpectedFiles.RepositoryRoot, "src", "PrivacyAnalyzers", "DataCategory.cs"));
        var constants = Regex.Matches(source, @"///[ \t]*<summary>(?<summary>[^\n]*)</summary>\s*public const string \w+ = ""(?<key>[^""]+)"";")
            .Select(match => (Key: match.Groups["key"].Value, IsExtension: match.Groups["summary"].Value.Contains("PrivacyAnalyzers extension", StringComparison.Ordinal)))
            .ToList();
        Assert.True(constants.Count > 40, $"Only {constants.Count} constants read from DataCategory.cs");
        var map = MapWith(Type("Shop.Everything", "Shop", constants.Select((constant, index) => Member("M" + index, constant.Key)).ToArray()));

        var declared = Read(Write(map)).DataCategory;

        Assert.Equal(
            constants.Where(constant => constant.IsExtension).Select(constant => constant.Key).Order(StringComparer.Ordinal),
            declared.Select(category => category.FidesKey));
        Assert.All(declared, category => Assert.EndsWith("PrivacyAnalyzers extension of the fideslang taxonomy.", category.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectDefinedCategoriesAreDeclaredWithTheirUnknownAncestors()
    {
        var map = MapWith(
            Type("Shop.Loyalty.Member", "Shop", Member("Points", "user.loyalty.points"), Member("Email", "user.contact.email")));

        var manifest = Read(Write(map));

        Assert.Equal(["user.loyalty", "user.loyalty.points"], manifest.DataCategory.Select(category => category.FidesKey));
        Assert.Equal(["user", "user.loyalty"], manifest.DataCategory.Select(category => category.ParentKey));
        Assert.Equal(["Loyalty", "Points"], manifest.DataCategory.Select(category => category.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("user.contact.phone number")]
    [InlineData("user..name")]
    [InlineData("user.name.")]
    [InlineData("user.name\n")]
    [InlineData("用户.手机号")]
    public void MalformedCategoryKeysAreNamedInTheDescriptionInsteadOfTheCategories(string category)
    {
        var yaml = Write(MapWith(Type("Shop.Customer", "Shop", Member("Mobile", category), Member("Email", "user.contact.email"))));

        var manifest = Read(yaml);
        Assert.Empty(manifest.DataCategory);
        var fields = manifest.Dataset.Single().Collections.Single().Fields;
        Assert.Empty(fields[0].DataCategories);
        Assert.Equal($"Category \"{category}\" is not a valid Fides key.", fields[0].Description);
        Assert.Equal(["user.contact.email"], fields[1].DataCategories);
    }

    [Fact]
    public void FideslangCategoriesNeedNoDeclaration()
    {
        var map = MapWith(Type("Shop.Customer", "Shop", Member("Email", "user.contact.email"), Member("Birthday", "user.demographic.date_of_birth")));

        var yaml = Write(map);

        Assert.Empty(Read(yaml).DataCategory);
        Assert.StartsWith("data_category: []\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SimWorks.Cloud", "simworks_cloud")]
    [InlineData("My-App.Api", "my_app_api")]
    [InlineData("__Billing__.V2_", "billing_v2")]
    [InlineData("App2", "app2")]
    [InlineData("手机号", FidesManifestWriter.FallbackDatasetKey)]
    [InlineData("Café.Web", "caf_web")]
    [InlineData("", FidesManifestWriter.FallbackDatasetKey)]
    public void DatasetKeysAreLowercaseLettersDigitsAndUnderscores(string projectName, string expected)
    {
        Assert.Equal(expected, FidesManifestWriter.DatasetKey(projectName));
    }

    [Fact]
    public void ProjectsWhoseKeysCollideGetNumberedKeys()
    {
        var map = MapWith(
            Type("A.Customer", "Shop.Api", Member("Email", "user.contact.email")),
            Type("B.Customer", "Shop-Api", Member("Email", "user.contact.email")));

        var datasets = Read(Write(map)).Dataset;

        Assert.Equal(["shop_api", "shop_api_2"], datasets.Select(dataset => dataset.FidesKey));
        Assert.Equal(["Shop.Api", "Shop-Api"], datasets.Select(dataset => dataset.Name));
    }

    [Fact]
    public void TypesSharingAShortNameKeepTheirFullNames()
    {
        var map = MapWith(
            Type("Shop.Billing.Customer", "Shop", Member("Email", "user.contact.email")),
            Type("Shop.Crm.Customer", "Shop", Member("Phone", "user.contact.phone_number")),
            Type("Shop.Crm.Lead<TSource>", "Shop", Member("Name", "user.name")));

        var collections = Read(Write(map)).Dataset.Single().Collections;

        Assert.Equal(["Shop.Billing.Customer", "Shop.Crm.Customer", "Lead<TSource>"], collections.Select(collection => collection.Name));
    }

    [Fact]
    public void ProjectsWithoutAnnotatedTypesGetNoDataset()
    {
        var map = new DataMap(DataMap.CurrentSchemaVersion, "Shop.sln",
            [new ProjectEntry("Shop", "Shop/Shop.csproj", null), new ProjectEntry("Shop.Tests", "Tests/Shop.Tests.csproj", null)],
            null, [Type("Shop.Customer", "Shop", Member("Email", "user.contact.email"))], [], []);

        var dataset = Assert.Single(Read(Write(map)).Dataset);

        Assert.Equal("shop", dataset.FidesKey);
        Assert.Equal("Personal information declared in the code of Shop (Shop/Shop.csproj).", dataset.Description);
    }

    [Fact]
    public void EmptyMapWritesEmptyManifest()
    {
        var yaml = Write(new DataMap(DataMap.CurrentSchemaVersion, "Empty.sln", [], null, [], [], []));

        Assert.Equal("data_category: []\ndataset: []\n", yaml);
        var manifest = Read(yaml);
        Assert.Empty(manifest.DataCategory);
        Assert.Empty(manifest.Dataset);
    }

    [Theory]
    [InlineData("No")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("null")]
    [InlineData("1.5")]
    [InlineData("say \"hi\" it's")]
    [InlineData("a: b")]
    [InlineData("#hash")]
    [InlineData("- dash")]
    [InlineData("手机号")]
    [InlineData(" padded ")]
    [InlineData("emoji 😀")]
    [InlineData("tab\there")]
    [InlineData("two\nlines")]
    public void NamesNeedingQuotesRoundTrip(string name)
    {
        var map = MapWith(Type("Shop." + name, name, new DataMemberEntry(
            name, "string", "user.contact.phone_number", false, [name], name, null, null, false, new SourceLocation("A.cs", 1, 1))));

        var dataset = Read(Write(map)).Dataset.Single();

        Assert.Equal(name, dataset.Name);
        Assert.Equal("Shop." + name, dataset.Collections.Single().Description);
        var field = dataset.Collections.Single().Fields.Single();
        Assert.Equal(name, field.Name);
        Assert.Equal($"Purposes: {name}. Masked as {name}.", field.Description);
    }

    [Theory]
    [InlineData("No")]
    [InlineData("yes")]
    [InlineData("Off")]
    public void Yaml11BooleanWordsAreQuotedForFides(string name)
    {
        // Fides reads manifests with PyYAML, which reads a plain No as false.
        var yaml = Write(MapWith(Type("Shop.Customer", "Shop", Member(name, "user.name"))));

        Assert.Contains($"    - name: \"{name}\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersAreWrittenAsEscapes()
    {
        var yaml = Write(MapWith(Type("Shop.Customer", "Shop", new DataMemberEntry(
            "Mobile", "string", "user.contact.phone_number", false, ["two\nlines"], null, null, null, false, new SourceLocation("A.cs", 1, 1)))));

        Assert.Contains("      description: \"Purposes: two\\nlines.\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogatesBecomeReplacementCharacters()
    {
        var yaml = Write(MapWith(Type("Shop.Customer", "Shop", new DataMemberEntry(
            "Mobile", "string", "user.contact.phone_number", false, ["bad\uD800 and \uDC00 good 😀"], null, null, null, false, new SourceLocation("A.cs", 1, 1)))));

        var field = Read(yaml).Dataset.Single().Collections.Single().Fields.Single();
        Assert.Equal("Purposes: bad\uFFFD and \uFFFD good 😀.", field.Description);
    }

    [Fact]
    public void OutputUsesLineFeedsAndEndsWithNewline()
    {
        var yaml = Write(ExampleMaps.SimWorks());

        Assert.DoesNotContain('\r', yaml);
        Assert.EndsWith("\n", yaml, StringComparison.Ordinal);
        Assert.False(yaml.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.Equal(yaml, Write(ExampleMaps.SimWorks()));
    }

    private static string Write(DataMap map)
    {
        var writer = new StringWriter();
        FidesManifestWriter.Write(map, writer);
        return writer.ToString();
    }

    private static FidesManifest Read(string yaml) => Reader.Deserialize<FidesManifest>(yaml);

    private static DataMap MapWith(params DataTypeEntry[] types) =>
        new(DataMap.CurrentSchemaVersion, "Shop.sln", [], null, types, [], []);

    private static DataTypeEntry Type(string name, string project, params DataMemberEntry[] members) =>
        new(name, project, "class", null, null, members, new SourceLocation("A.cs", 1, 1));

    private static DataMemberEntry Member(string name, string category) =>
        new(name, "string", category, false, [], null, null, null, false, new SourceLocation("A.cs", 1, 1));

    // The structure docs/data-map.md documents for the Fides manifest.
    private sealed class FidesManifest
    {
        public List<FidesDataCategory> DataCategory { get; set; } = [];

        public List<FidesDataset> Dataset { get; set; } = [];
    }

    private sealed class FidesDataCategory
    {
        public string FidesKey { get; set; } = "";

        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public string? ParentKey { get; set; }
    }

    private sealed class FidesDataset
    {
        public string FidesKey { get; set; } = "";

        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public List<FidesCollection> Collections { get; set; } = [];
    }

    private sealed class FidesCollection
    {
        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public List<FidesField> Fields { get; set; } = [];
    }

    private sealed class FidesField
    {
        public string Name { get; set; } = "";

        public string? Description { get; set; }

        public List<string> DataCategories { get; set; } = [];
    }
}
