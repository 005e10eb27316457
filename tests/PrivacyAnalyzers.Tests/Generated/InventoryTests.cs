namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>The generated inventory of this assembly, as <see cref="PersonalDataInventory.For"/> finds it.</summary>
public class InventoryTests
{
    private static IReadOnlyList<PersonalDataTypeInfo> Inventory => PersonalDataInventory.For(typeof(InventoryTests).Assembly);

    private static PersonalDataTypeInfo Entry(Type type)
        => Assert.Single(Inventory, info => info.Type == type);

    [Fact]
    public void The_lookup_returns_the_generated_class_registered_for_the_assembly()
    {
        // The class is named after the assembly (PrivacyAnalyzers.Tests), so that assemblies sharing internals do not clash.
        Assert.Same(global::PrivacyAnalyzers.Generated.PrivacyAnalyzers_Tests.PrivacyInventory.Types, Inventory);
        Assert.Same(Inventory, PersonalDataInventory.For(typeof(Customer).Assembly));
    }

    [Fact]
    public void Lists_every_annotated_type_including_those_that_are_not_partial()
    {
        var types = Inventory.Select(info => info.Type).ToList();

        Assert.Contains(typeof(Customer), types);
        Assert.Contains(typeof(Address), types);
        Assert.Contains(typeof(Employee), types);
        Assert.Contains(typeof(Team), types);
        Assert.Contains(typeof(Contact), types);
        Assert.Contains(typeof(Order), types);
        Assert.Contains(typeof(GeoPoint), types);
        Assert.Contains(typeof(Visit), types);
        Assert.Contains(typeof(Outer.Inner), types);
        Assert.Contains(typeof(Labelled<>), types);
        Assert.Contains(typeof(NotPartialHolder), types);
        Assert.Contains(typeof(Credentials), types);
        Assert.DoesNotContain(typeof(InventoryTests), types);
        Assert.Equal(types.Count, types.Distinct().Count());
    }

    [Fact]
    public void Members_carry_category_sensitivity_effective_mask_anonymization_and_subject_id()
    {
        var customer = Entry(typeof(Customer));

        var name = Assert.Single(customer.Members, m => m.Name == "Name");
        Assert.Equal("user.name", name.Category);
        Assert.Equal(MaskStyle.ChineseName, name.Mask);
        Assert.Equal(AnonymizeStrategy.Suppress, name.Anonymization);
        Assert.False(name.Sensitive);

        var nationalId = Assert.Single(customer.Members, m => m.Name == "NationalId");
        Assert.True(nationalId.Sensitive);
        Assert.Equal(MaskStyle.NationalId, nationalId.Mask);

        var subject = Assert.Single(customer.Members, m => m.Name == "SubjectId");
        Assert.True(subject.IsDataSubjectId);
        Assert.Equal(AnonymizeStrategy.Pseudonymize, subject.Anonymization);
        Assert.Equal(MaskStyle.Full, subject.Mask);

        var searches = Assert.Single(customer.Members, m => m.Name == "Searches");
        Assert.Equal(new[] { "recommendation", "search" }, searches.Purposes);
        Assert.DoesNotContain(customer.Members, m => m.Name == "Id");
    }

    [Fact]
    public void Inherited_members_type_level_category_and_retention_are_listed()
    {
        var employee = Entry(typeof(Employee));
        Assert.Equal(new[] { "WorkEmail", "Name" }, employee.Members.Select(m => m.Name).ToArray());

        var address = Entry(typeof(Address));
        Assert.Equal("user.contact.address", address.Category);
        Assert.Equal(new[] { "City", "Street" }, address.Members.Select(m => m.Name).ToArray());

        var order = Entry(typeof(Order));
        Assert.NotNull(order.Retention);
        Assert.Equal(3, order.Retention!.Years);
        Assert.Null(Entry(typeof(Customer)).Retention);

        var password = Assert.Single(Entry(typeof(Credentials)).Members);
        Assert.True(password.Sensitive);
        Assert.Equal(90, password.Retention!.Days);
    }
}
