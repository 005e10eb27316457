using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Privacy attributes written on a positional record parameter without the <c>property:</c> target.</summary>
public sealed class PositionalRecordTests
{
    private const string Source = """
        using System;
        using PrivacyAnalyzers;
        namespace Models.Positional;
        public partial record Customer(
            int Id,
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile,
            [PersonalInfo(DataCategory.Name.All), Mask(MaskStyle.Full)] string Name,
            [PersonalInfo(DataCategory.UniqueId), DataSubjectId] Guid SubjectId);
        public partial record struct Visit([PersonalInfo(DataCategory.Device.IpAddress)] string? Ip);
        public partial record Declared([PersonalInfo(DataCategory.Name.All)] string Name)
        {
            // A property the user declares with the parameter's name is not the parameter's: its own attributes count.
            public string Name { get; init; } = Name;
        }
        public record NotPartial([PersonalInfo(DataCategory.Name.All)] string Name);
        """;

    private static (PrivacyModelReader Reader, Compilation Compilation) Reader()
    {
        var compilation = GeneratorHarness.Compile(Source);
        return (new PrivacyModelReader(compilation, PrivacySymbols.TryCreate(compilation)!), compilation);
    }

    [Fact]
    public void PositionalRecordParameters() => Snapshot.Verify(GeneratorHarness.Run(Source).AssertCompilesCleanly());

    [Fact]
    public void Attributes_on_a_positional_parameter_apply_to_the_synthesized_property()
    {
        var (reader, compilation) = Reader();
        var customer = reader.Read(compilation.GetTypeByMetadataName("Models.Positional.Customer")!);

        var mobile = customer.Members.Single(member => member.Name == "Mobile");
        Assert.Equal(MemberRole.Personal, mobile.Role);
        Assert.Equal("user.contact.phone_number", mobile.Category);
        Assert.Equal(CodeModel.MaskStyle.MobilePhone, mobile.MaskStyle);
        Assert.Equal(CodeModel.MaskStyle.Full, customer.Members.Single(member => member.Name == "Name").MaskStyle);
        Assert.True(customer.Members.Single(member => member.Name == "SubjectId").IsDataSubjectId);
        Assert.Equal(MemberRole.Plain, customer.Members.Single(member => member.Name == "Id").Role);
        Assert.True(reader.HoldsPersonalInfo(compilation.GetTypeByMetadataName("Models.Positional.Visit")!));
    }

    [Fact]
    public void A_user_declared_property_with_the_parameter_name_does_not_take_the_parameter_attributes()
    {
        var (reader, compilation) = Reader();
        var declared = compilation.GetTypeByMetadataName("Models.Positional.Declared")!;
        var property = declared.GetMembers("Name").OfType<IPropertySymbol>().Single();

        Assert.Null(PrivacyAttributes.PositionalParameter(property));
        Assert.Null(PrivacyAttributes.FindOnMember(property, compilation.GetTypeByMetadataName(AttributeNames.PersonalInfo)));
        Assert.False(reader.HoldsPersonalInfo(declared));
    }

    [Fact]
    public void FindOnMember_returns_the_attribute_of_the_parameter_or_of_the_member_itself()
    {
        var (_, compilation) = Reader();
        var personalInfo = compilation.GetTypeByMetadataName(AttributeNames.PersonalInfo);
        var customer = compilation.GetTypeByMetadataName("Models.Positional.Customer")!;
        var mobile = customer.GetMembers("Mobile").Single();

        var found = PrivacyAttributes.FindOnMember(mobile, personalInfo);

        Assert.NotNull(found);
        Assert.Equal("Mobile", PrivacyAttributes.PositionalParameter(mobile)!.Name);
        Assert.Null(PrivacyAttributes.FindOnMember(customer.GetMembers("Id").Single(), personalInfo));
        Assert.Null(PrivacyAttributes.FindOnMember(mobile, null));
    }

    [Fact]
    public void Types_with_attributes_on_positional_parameters_are_generated_and_listed()
    {
        var outcome = GeneratorHarness.Run(Source).AssertCompilesCleanly();

        Assert.Equal(
            new[] { "Models.Positional.Customer.Privacy.g.cs", "Models.Positional.Visit.Privacy.g.cs", "PrivacyInventory.g.cs" },
            outcome.Sources.Keys.OrderBy(key => key, StringComparer.Ordinal));
        var customer = outcome.Sources["Models.Positional.Customer.Privacy.g.cs"];
        Assert.Contains("builder.Append(global::PrivacyAnalyzers.Masking.MobilePhone(this.Mobile));", customer);
        Assert.Contains("Mobile = global::PrivacyAnalyzers.Masking.MobilePhone(this.Mobile),", customer);
        Assert.Contains("WriteString(writer, " + ExportText.Field(customer, "Mobile") + ", " + ExportText.Field(customer, "user.contact.phone_number") + ", this.Mobile);", customer);
        Assert.Contains("typeof(global::Models.Positional.NotPartial)", outcome.Sources["PrivacyInventory.g.cs"]);
        Assert.Contains("new global::PrivacyAnalyzers.PersonalDataMemberInfo(\"SubjectId\", \"user.unique_id\", false, global::PrivacyAnalyzers.MaskStyle.Full, global::PrivacyAnalyzers.AnonymizeStrategy.Suppress, null, true,", outcome.Sources["PrivacyInventory.g.cs"]);
    }
}
