using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Which types get code, and how often.</summary>
public sealed class GenerationTests
{
    [Fact]
    public void A_type_declared_in_several_files_is_generated_once_with_the_members_of_every_part()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(new[]
        {
            """
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class Customer
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";
            }
            public partial record Receipt { [PersonalInfo(DataCategory.Transaction.OrderNumber)] public string Number { get; init; } = ""; }
            """,
            """
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";
            }
            public partial record Receipt { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; init; } = ""; }
            """,
            """
            namespace Shop;
            public partial class Customer
            {
                public int Id { get; set; }
            }
            """,
        })).AssertCompilesCleanly();

        Assert.Equal(
            new[] { "PrivacyInventory.g.cs", "Shop.Customer.Privacy.g.cs", "Shop.Receipt.Privacy.g.cs" },
            outcome.Sources.Keys.OrderBy(key => key, StringComparer.Ordinal));
        var customer = outcome.Sources["Shop.Customer.Privacy.g.cs"];
        Assert.Contains("Masking.ChineseName(this.Name)", customer);
        Assert.Contains("Masking.MobilePhone(this.Mobile)", customer);
        Assert.Contains("Id = \"", customer);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(outcome.Sources["PrivacyInventory.g.cs"], "typeof\\(global::Shop.Customer\\)"));
    }

    [Fact]
    public void Types_that_cannot_hold_generated_code_are_listed_but_not_generated()
    {
        var outcome = GeneratorHarness.Run("""
            using PrivacyAnalyzers;
            namespace Shop;
            public class NotPartial { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
            public class Container { public partial class Nested { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; } }
            public static partial class Constants { [PersonalInfo(DataCategory.Name.All)] public static string Name = ""; }
            public partial class Plain { public int Count { get; set; } }
            """).AssertCompilesCleanly();

        Assert.Equal(new[] { "PrivacyInventory.g.cs" }, outcome.Sources.Keys);
        var inventory = outcome.Sources["PrivacyInventory.g.cs"];
        Assert.Contains("typeof(global::Shop.NotPartial)", inventory);
        Assert.Contains("typeof(global::Shop.Container.Nested)", inventory);
        Assert.DoesNotContain("Constants", inventory);
        Assert.DoesNotContain("Plain", inventory);
    }

    [Fact]
    public void A_compilation_without_annotated_types_gets_no_inventory()
    {
        var outcome = GeneratorHarness.Run("namespace Shop; public partial class Plain { public int Count { get; set; } }").AssertCompilesCleanly();

        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void Types_holding_personal_information_only_through_members_or_a_base_are_generated()
    {
        var outcome = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class Person { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
            public partial class Student : Person { public string School { get; set; } = ""; }
            public partial class Classroom { public List<Student> Students { get; set; } = new(); }
            public partial class Building { public Classroom? Room { get; set; } }
            public partial class Unrelated { public int Count { get; set; } }
            """).AssertCompilesCleanly();

        Assert.Equal(
            new[] { "PrivacyInventory.g.cs", "Shop.Building.Privacy.g.cs", "Shop.Classroom.Privacy.g.cs", "Shop.Person.Privacy.g.cs", "Shop.Student.Privacy.g.cs" },
            outcome.Sources.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.Contains("this.Room?.Mask()", outcome.Sources["Shop.Building.Privacy.g.cs"]);
    }

    [Fact]
    public void Types_marked_only_with_RetainFor_get_retention_members()
    {
        var outcome = GeneratorHarness.Run("""
            using System;
            using PrivacyAnalyzers;
            namespace Shop;
            [RetainFor(Months = 6, From = nameof(Created), Basis = "Accounting")]
            public partial class Ledger { public DateTime Created { get; set; } }
            """).AssertCompilesCleanly();

        var ledger = outcome.Sources["Shop.Ledger.Privacy.g.cs"];
        Assert.Contains("new global::PrivacyAnalyzers.RetentionPolicy(0, 6, 0, \"Accounting\", global::PrivacyAnalyzers.ExpiryAction.Delete, \"Created\")", ledger);
        Assert.Contains("return PrivacyRetention.ExpiryFrom(this.Created);", ledger);
    }

    [Fact]
    public void Invalid_retention_gets_no_retention_members()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(new[]
        {
            """
            using System;
            using PrivacyAnalyzers;
            namespace Shop;
            [RetainFor(From = nameof(Created))]
            public partial class NoPeriod { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; public DateTime Created { get; set; } }
            [RetainFor(Days = 3, From = nameof(Name))]
            public partial class NotADate { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
            """,
        })).AssertCompilesCleanly();

        Assert.DoesNotContain("PrivacyRetention", outcome.Sources["Shop.NoPeriod.Privacy.g.cs"]);
        Assert.Contains("PrivacyRetention", outcome.Sources["Shop.NotADate.Privacy.g.cs"]);
        Assert.DoesNotContain("GetRetentionExpiry", outcome.Sources["Shop.NotADate.Privacy.g.cs"]);
    }

    [Fact]
    public void Types_whose_names_differ_only_in_case_get_distinct_files()
    {
        var outcome = GeneratorHarness.Run("""
            using PrivacyAnalyzers;
            namespace Shop;
            public partial class contact { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
            public partial class Contact { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
            """).AssertGeneratedCodeIsClean();

        Assert.Equal(3, outcome.Sources.Count);
    }

    [Fact]
    public void The_generated_code_is_the_same_for_every_language_version_that_compiles_it()
    {
        var csharp8 = GeneratorHarness.Run(TestModels.Classes, LanguageVersion.CSharp8).Sources;
        var latest = GeneratorHarness.Run(TestModels.Classes).Sources;

        Assert.Equal(latest, csharp8);
    }

    [Fact]
    public void Members_the_user_declared_are_not_generated_again()
    {
        var outcome = GeneratorHarness.Run("""
            using System;
            using System.Text.Json;
            using PrivacyAnalyzers;
            namespace Shop;
            [RetainFor(Days = 1)]
            public partial class OwnMask
            {
                [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = "";
                public OwnMask Mask() => new OwnMask { Name = "hidden" };
            }
            public partial class OwnExport
            {
                [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = "";
                public void WritePersonalData(Utf8JsonWriter writer) { }
            }
            public partial class DerivedFromOwnExport : OwnExport
            {
                [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = "";
            }
            [RetainFor(Days = 1)]
            public partial class OwnRetention
            {
                [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = "";
                public static RetentionPolicy PrivacyRetention => new RetentionPolicy(0, 0, 2, null, ExpiryAction.Delete, null);
            }
            """).AssertCompilesCleanly();

        var ownMask = outcome.Sources["Shop.OwnMask.Privacy.g.cs"];
        Assert.DoesNotContain("Mask()", ownMask);
        Assert.DoesNotContain("Anonymize(", ownMask);
        Assert.Contains("WritePersonalData(", ownMask);
        Assert.Contains("PrivacyRetention", ownMask);
        Assert.DoesNotContain("WritePersonalData", outcome.Sources["Shop.OwnExport.Privacy.g.cs"]);
        Assert.DoesNotContain("WritePersonalData", outcome.Sources["Shop.DerivedFromOwnExport.Privacy.g.cs"]);
        Assert.Contains("Mask()", outcome.Sources["Shop.OwnExport.Privacy.g.cs"]);
        Assert.DoesNotContain("PrivacyRetention", outcome.Sources["Shop.OwnRetention.Privacy.g.cs"]);
    }

    [Fact]
    public void A_type_holding_annotated_objects_in_its_second_part_only_is_generated()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(new[]
        {
            "namespace Shop; public partial class Basket { public int Count { get; set; } }",
            "using PrivacyAnalyzers; namespace Shop; public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = \"\"; }",
            "namespace Shop; public partial class Basket { public Address? Delivery { get; set; } }",
        })).AssertCompilesCleanly();

        Assert.Contains("this.Delivery?.Mask()", outcome.Sources["Shop.Basket.Privacy.g.cs"]);
    }

    [Fact]
    public void Types_generated_in_a_referenced_assembly_are_extended_and_nested()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Compile(
            new[]
            {
                """
                using PrivacyAnalyzers;
                namespace Library;
                public partial class Person { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
                public partial class Address { [PersonalInfo(DataCategory.Contact.Street)] public string Street { get; set; } = ""; }
                public class NotGenerated { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
                """,
            },
            assemblyName: "Library")).AssertCompilesCleanly();
        using var image = new MemoryStream();
        Assert.True(library.Output.Emit(image).Success);
        var libraryReference = Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());

        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(
            new[]
            {
                """
                using System.Collections.Generic;
                using PrivacyAnalyzers;
                namespace App;
                public partial class Employee : Library.Person { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = ""; }
                public partial class Holder
                {
                    public Library.Address? Home { get; set; }
                    public List<Library.Address> Homes { get; set; } = new();
                    public Library.NotGenerated? Other { get; set; }
                }
                """,
            },
            additionalReferences: new[] { libraryReference })).AssertCompilesCleanly();

        var employee = outcome.Sources["App.Employee.Privacy.g.cs"];
        Assert.Contains("protected override object PrivacyMaskCore()", employee);
        Assert.Contains("protected override bool PrintPrivacyMembers(", employee);
        Assert.Contains("protected override void WritePersonalDataMembers(", employee);
        var holder = outcome.Sources["App.Holder.Privacy.g.cs"];
        Assert.Contains("copy.Home = this.Home?.Mask();", holder);
        Assert.Contains("PrivacyCollections.MaskToList(this.Homes)", holder);
        Assert.Contains("copy.Other = null;", holder);
        Assert.Contains("builder.Append(\"***\");", holder);
    }
}
