namespace PrivacyAnalyzers.CodeModel.Tests;

/// <summary>How Mask() and Anonymize() copy a type, and why they cannot.</summary>
public sealed class CopyPlanTests
{
    private static readonly ModelCompilation Models = ModelCompilation.Of("""
        using System.Diagnostics.CodeAnalysis;
        using PrivacyAnalyzers;
        namespace Shop;
        public partial class Account
        {
            public required int Id { get; init; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public required string Phone { get; init; }
        }
        public partial class Premium : Account { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = ""; }
        public partial class Settable { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
        public partial class InitOnSettable : Settable { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; init; } = ""; }
        public partial class Primary(string name) { [PersonalInfo(DataCategory.Name.All)] public string Name { get; } = name; }
        public partial class Constructed
        {
            [SetsRequiredMembers] public Constructed(string name) => Name = name;
            [PersonalInfo(DataCategory.Name.All)] public required string Name { get; init; }
        }
        """);

    [Fact]
    public void Required_init_class_that_is_not_sealed_copies_through_a_constructor_and_keeps_its_implicit_one()
    {
        var account = Models.Model("Shop.Account");

        Assert.Null(account.CopyBlocker);
        Assert.True(account.CopiesThroughConstructor);
        Assert.True(account.CopyConstructorSetsRequiredMembers);
        Assert.True(account.RestoresImplicitConstructor);
        Assert.False(account.CopyConstructorChainsBase);
        Assert.Equal(new[] { "Id", "Phone" }, account.ConstructorCopiedMembers.Select(member => member.Name));
    }

    [Fact]
    public void Derived_class_of_a_constructor_copied_base_chains_to_it_even_with_settable_members()
    {
        var premium = Models.Model("Shop.Premium");

        Assert.Null(premium.CopyBlocker);
        Assert.True(premium.CopiesThroughConstructor);
        Assert.True(premium.CopyConstructorChainsBase);
        Assert.True(premium.CopyConstructorSetsRequiredMembers);
        Assert.Equal(new[] { "Email" }, premium.ConstructorCopiedMembers.Select(member => member.Name));
    }

    [Fact]
    public void Settable_classes_keep_MemberwiseClone_and_their_init_only_derived_types_are_blocked_by_name()
    {
        Assert.False(Models.Model("Shop.Settable").CopiesThroughConstructor);
        var derived = Models.Model("Shop.InitOnSettable");

        Assert.Equal("'Email' is init-only and its base type 'Settable' holds state a generated constructor cannot copy", derived.CopyBlocker);
        Assert.Equal("Email", derived.CopyBlockerMember!.Name);
    }

    [Fact]
    public void Primary_constructor_blocks_a_constructor_copy_and_a_declared_constructor_is_not_restored()
    {
        Assert.Equal("'Name' is get-only and 'Primary' has a primary constructor", Models.Model("Shop.Primary").CopyBlocker);
        var constructed = Models.Model("Shop.Constructed");
        Assert.True(constructed.CopiesThroughConstructor);
        Assert.False(constructed.RestoresImplicitConstructor);
    }
}
