namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>The interfaces generated types implement, so generic code can handle any annotated type.</summary>
public class InterfaceTests
{
    private static List<T> MaskAll<T>(IEnumerable<T> items) where T : IMaskable<T> => PrivacyCollections.MaskToList(items);

    [Fact]
    public void Generated_types_can_be_masked_and_anonymized_generically()
    {
        var customers = new[] { Samples.Customer(), Samples.Customer() };

        var masked = MaskAll(customers);
        var anonymized = PrivacyCollections.AnonymizeToList(customers, Samples.Key("k", 3));

        Assert.All(masked, customer => Assert.Equal("138****5678", customer.Mobile));
        Assert.All(anonymized, customer => Assert.Equal(string.Empty, customer.Name));
        Assert.Equal(Samples.Mobile, customers[0].Mobile);
    }

    [Fact]
    public void Derived_types_implement_the_interfaces_for_themselves()
    {
        var employees = new List<Employee> { new() { Name = "张三", WorkEmail = "zhang@corp.example" } };

        var masked = PrivacyCollections.MaskToList(employees);

        Assert.Equal("z***@corp.example", masked[0].WorkEmail);
        Assert.IsAssignableFrom<IMaskable<Person>>(employees[0]);
        Assert.IsAssignableFrom<IPersonalDataExport>(employees[0]);
    }

    [Fact]
    public void Structs_and_records_implement_the_interfaces()
    {
        Assert.IsAssignableFrom<IMaskable<GeoPoint>>(new GeoPoint());
        Assert.IsAssignableFrom<IAnonymizable<Visit>>(new Visit("1.2.3.4", null));
        Assert.IsAssignableFrom<IRetainedData>(new LoginRecord());
        Assert.IsAssignableFrom<IPersonalDataExport>(new Contact("a", null));
    }
}
