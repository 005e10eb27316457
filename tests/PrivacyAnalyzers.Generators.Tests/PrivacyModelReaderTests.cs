using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>The shared model the generator and the analyzers read: roles, effective masks and strategies, copy shapes.</summary>
public sealed class PrivacyModelReaderTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        namespace Shop;
        [PersonalInfo(DataCategory.Contact.Address)]
        public partial class Address { public string City { get; set; } = ""; private string? Secret { get; set; } }
        public partial class Customer
        {
            public int Id { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string Mobile { get; set; } = "";
            [PersonalInfo(DataCategory.Name.All), Mask(MaskStyle.Full)] public string Name { get; set; } = "";
            [PersonalInfo(DataCategory.Account.Username), Mask(2, 1)] public string Login { get; set; } = "";
            [PersonalInfo(DataCategory.Demographic.DateOfBirth), Mask(MaskStyle.Email)] public DateTime Born { get; set; }
            [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize)] public int Age { get; set; }
            [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 5)] public int? Score { get; set; }
            [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)] public string? Ip { get; set; }
            [PersonalInfo(DataCategory.UniqueId), Anonymize(AnonymizeStrategy.Pseudonymize)] public int Number { get; set; }
            [PersonalInfo(DataCategory.Behavior.LoginLog), Anonymize(AnonymizeStrategy.Generalize)] public DateTimeOffset? LastLogin { get; set; }
            public Address? Home { get; set; }
            public List<Address> Homes { get; set; } = new();
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string[] Phones { get; set; } = Array.Empty<string>();
            public static string Shared { get; set; } = "";
        }
        public partial class Frozen { [PersonalInfo(DataCategory.Name.All)] public readonly string Name = ""; }
        public sealed partial class Sealed { [PersonalInfo(DataCategory.Name.All)] public readonly string Name = ""; private int _visits; public int Visits { get => _visits; set => _visits = value; } public string Plan { get; } = ""; }
        public sealed partial class OwnCopy { [PersonalInfo(DataCategory.Name.All)] public string Name { get; } = ""; private OwnCopy(OwnCopy other, PseudonymKey? key) { } }
        public sealed unsafe partial class WithPointer { [PersonalInfo(DataCategory.Name.All)] public string Name { get; } = ""; private int* _cursor; }
        public partial class Computed { private string _name = ""; [PersonalInfo(DataCategory.Name.All)] public string Name => _name; }
        public sealed partial class Derived : Shown { [PersonalInfo(DataCategory.Name.All)] public string Name { get; } = ""; }
        public partial class Shown { [PersonalInfo(DataCategory.Transaction.Amount), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)] public decimal Amount { get; } }
        """;

    private static (PrivacyModelReader Reader, Compilation Compilation) Reader()
    {
        var compilation = GeneratorHarness.Compile(Source);
        return (new PrivacyModelReader(compilation, PrivacySymbols.TryCreate(compilation)!), compilation);
    }

    private static PrivacyTypeModel Model(string name)
    {
        var (reader, compilation) = Reader();
        return reader.Read(compilation.GetTypeByMetadataName("Shop." + name)!);
    }

    private static PrivacyMember Member(PrivacyTypeModel model, string name) => model.Members.Single(member => member.Name == name);

    [Fact]
    public void Roles_follow_attributes_and_member_types()
    {
        var customer = Model("Customer");

        Assert.Equal(MemberRole.Plain, Member(customer, "Id").Role);
        Assert.Equal(MemberRole.Personal, Member(customer, "Mobile").Role);
        Assert.Equal(MemberRole.Nested, Member(customer, "Home").Role);
        Assert.Equal(MemberRole.NestedCollection, Member(customer, "Homes").Role);
        Assert.Equal(CollectionKind.List, Member(customer, "Homes").Collection);
        Assert.Equal(CollectionKind.Array, Member(customer, "Phones").Collection);
        Assert.Equal(ValueKind.String, Member(customer, "Phones").ValueKind);
        Assert.DoesNotContain(customer.Members, member => member.Name == "Shared");
        Assert.True(Member(customer, "Home").Nested.CanMask);
    }

    [Fact]
    public void Type_level_category_applies_to_public_members_only()
    {
        var address = Model("Address");

        Assert.Equal("user.contact.address", Member(address, "City").Category);
        Assert.False(Member(address, "Secret").IsPersonal);
    }

    [Fact]
    public void Effective_masks_resolve_category_defaults_custom_counts_and_non_strings()
    {
        var customer = Model("Customer");

        Assert.Equal(CodeModel.MaskStyle.MobilePhone, Member(customer, "Mobile").MaskStyle);
        Assert.Equal(CodeModel.MaskStyle.Full, Member(customer, "Name").MaskStyle);
        Assert.Equal(CodeModel.MaskStyle.Custom, Member(customer, "Login").MaskStyle);
        Assert.Equal((2, 1), (Member(customer, "Login").KeepFirst, Member(customer, "Login").KeepLast));
        Assert.Equal(CodeModel.MaskStyle.Full, Member(customer, "Born").MaskStyle);
        Assert.Equal(CodeModel.MaskStyle.None, Member(customer, "Id").MaskStyle);
    }

    [Fact]
    public void Strategies_that_do_not_fit_fall_back_to_suppress_with_a_reason()
    {
        var customer = Model("Customer");

        Assert.Equal(CodeModel.AnonymizeStrategy.Suppress, Member(customer, "Mobile").Strategy);
        Assert.Null(Member(customer, "Mobile").StrategyMismatch);
        Assert.Equal(CodeModel.AnonymizeStrategy.Suppress, Member(customer, "Age").Strategy);
        Assert.Equal("a number needs a positive BucketSize", Member(customer, "Age").StrategyMismatch);
        Assert.Equal(CodeModel.AnonymizeStrategy.Generalize, Member(customer, "Score").Strategy);
        Assert.Equal(CodeModel.Generalization.Bucket, Member(customer, "Score").Generalization);
        Assert.Equal("strings generalize to an IPv4 network", Member(customer, "Ip").StrategyMismatch);
        Assert.Equal("pseudonyms are made for string, Guid and long values", Member(customer, "Number").StrategyMismatch);
        Assert.Equal(CodeModel.Generalization.Month, Member(customer, "LastLogin").Generalization);
        Assert.Equal(CodeModel.AnonymizeStrategy.Keep, Member(customer, "Id").Strategy);
    }

    [Fact]
    public void Copy_blockers_name_the_member_and_kept_members_need_no_assignment()
    {
        Assert.True(Model("Customer").CanCopy);
        var computed = Model("Computed");
        Assert.Equal("'Name' is get-only", computed.CopyBlocker);
        Assert.Equal("Name", computed.CopyBlockerMember!.Name);
        Assert.True(Model("Shown").CanCopy);
    }

    [Fact]
    public void Sealed_classes_copy_through_a_constructor_that_copies_every_field_and_auto_property()
    {
        var model = Model("Sealed");

        Assert.True(model.CanCopy);
        Assert.True(model.CopiesThroughConstructor);
        Assert.Equal(new[] { "Name", "_visits", "Plan" }, model.ConstructorCopiedMembers.Select(member => member.Name));
        Assert.False(Model("Customer").CopiesThroughConstructor);
    }

    [Fact]
    public void Classes_that_are_not_sealed_copy_readonly_members_through_a_protected_constructor()
    {
        var frozen = Model("Frozen");

        Assert.Null(frozen.CopyBlocker);
        Assert.True(frozen.CopiesThroughConstructor);
        Assert.False(frozen.CopyConstructorChainsBase);
    }

    [Fact]
    public void The_generated_copy_constructor_does_not_block_the_copy_when_analyzers_read_the_generated_code()
    {
        var output = GeneratorHarness.Run(GeneratorHarness.Compile(Source)).Output;
        var reader = new PrivacyModelReader(output, PrivacySymbols.TryCreate(output)!);

        var model = reader.Read(output.GetTypeByMetadataName("Shop.Sealed")!);

        Assert.Contains(model.Type.InstanceConstructors, constructor => constructor.Parameters.Length == 2);
        Assert.Null(model.CopyBlocker);
        Assert.True(model.CopiesThroughConstructor);
    }

    [Fact]
    public void Constructor_copy_blockers_are_named_and_left_out_when_a_constructor_would_not_help()
    {
        Assert.Equal("'Name' is get-only and 'OwnCopy' declares a constructor (OwnCopy, PseudonymKey) itself", Model("OwnCopy").CopyBlocker);
        Assert.Equal("'Name' is get-only and its base type 'Shown' holds state a generated constructor cannot copy", Model("Derived").CopyBlocker);
        Assert.Equal("'Name' is get-only and '_cursor' has a pointer type", Model("WithPointer").CopyBlocker);
        Assert.Equal("'Name' is get-only", Model("Computed").CopyBlocker);
    }
}
