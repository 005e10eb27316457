namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Generated ToString (classes, structs) and PrintMembers (records) print masked values only.</summary>
public class PrintingTests
{
    [Fact]
    public void Class_ToString_masks_every_personal_member_and_keeps_the_compiler_format()
    {
        var text = Samples.Customer().ToString();

        Samples.AssertNoRawValue(text);
        Assert.StartsWith("Customer { Id = 7, Name = 张**, Mobile = 138****5678, Email = a###@example.com, ", text);
        Assert.EndsWith(" }", text);
        Assert.Contains("NationalId = 110***********1234", text);
        Assert.Contains("BankCard = ************7890", text);
        Assert.Contains("LastIp = 192.168.1.*", text);
        Assert.Contains("LastOrder = **********0001", text);
        Assert.Contains("Cookie = ab*****hij", text);
        Assert.Contains("Username = ***", text);
    }

    [Fact]
    public void Non_string_personal_members_print_redacted_unless_shown_as_is()
    {
        var text = Samples.Customer().ToString();

        Assert.Contains("BirthDate = ***", text);
        Assert.Contains("Age = ***", text);
        Assert.Contains("Score = ***", text);
        Assert.Contains("SubjectId = ***", text);
        Assert.Contains("Gender = ***", text);
        Assert.Contains("Verified = ***", text);
        Assert.DoesNotContain(Samples.SubjectId.ToString(), text);
        Assert.Contains("Balance = 99.5", text);
        Assert.Contains("Theme = dark", text);
    }

    [Fact]
    public void Nested_objects_print_through_their_own_redacting_ToString_and_collections_print_their_type()
    {
        var text = Samples.Customer().ToString();

        Assert.Contains("Home = Address { City = ***, Street = *** }", text);
        Assert.Contains("Addresses = System.Collections.Generic.List`1[PrivacyAnalyzers.Tests.Generated.Address]", text);
        Assert.Contains("Phones = ***", text);
        Assert.Contains("Searches = ***", text);
    }

    [Fact]
    public void Record_PrintMembers_is_used_by_the_compiler_ToString()
    {
        var contact = new Contact("张三", "13812345678") { Email = "bob@example.com", Visits = 3 };

        Assert.Equal("Contact { Name = 张*, Mobile = 138****5678, Email = b***@example.com, Visits = 3 }", contact.ToString());
    }

    [Fact]
    public void Derived_record_prints_base_members_masked_then_its_own()
    {
        var member = new Member("张三", "zhangsan88");

        Assert.Equal("Member { Name = 张*, Mobile = , Email = , Visits = 0, Handle = *** }", member.ToString());
    }

    [Fact]
    public void Derived_class_prints_base_members_masked_then_its_own()
    {
        Person person = new Employee { Name = "张三", WorkEmail = "zhang@corp.example", Title = "Engineer" };

        Assert.Equal("Employee { Name = 张*, WorkEmail = z***@corp.example, Title = Engineer }", person.ToString());
    }

    [Fact]
    public void Structs_and_record_structs_print_masked()
    {
        var point = new GeoPoint { Latitude = 30.2741, Longitude = 120.1551, Label = "home" };
        var visit = new Visit("10.0.0.42", point);

        Assert.Equal("GeoPoint { Latitude = ***, Longitude = ***, Label = home }", point.ToString());
        Assert.Equal("Visit { Ip = 10.0.0.*, Where = GeoPoint { Latitude = ***, Longitude = ***, Label = home } }", visit.ToString());
    }

    [Fact]
    public void Nested_and_generic_types_and_keyword_names_print_masked()
    {
        Assert.Equal("Inner { class = 张* }", new Outer.Inner { @class = "张三" }.ToString());
        Assert.Equal("Labelled { Label = ***, Value = 42 }", new Labelled<int> { Label = "diary", Value = 42 }.ToString());
    }

    [Fact]
    public void User_defined_ToString_is_kept()
    {
        Assert.Equal("CustomPrinted (user-defined)", new CustomPrinted { Name = "张三" }.ToString());
    }

    [Fact]
    public void Null_members_print_empty_like_the_compiler()
    {
        var text = new Customer().ToString();

        Assert.Contains("Email = , ", text);
        Assert.Contains("Home = , ", text);
    }

    public static TheoryData<string, object> PopulatedModels() => new()
    {
        { "customer", Samples.Customer() },
        { "address", new Address { City = Samples.City, Street = Samples.Street } },
        { "employee", new Employee { Name = Samples.Name, WorkEmail = Samples.Email, Title = "Engineer" } },
        { "team", new Team { Lead = new Employee { Name = Samples.Name, WorkEmail = Samples.Email }, Members = new[] { new Employee { Name = Samples.Name } } } },
        { "contact", new Contact(Samples.Name, Samples.Mobile) { Email = Samples.Email } },
        { "member", new Member(Samples.Name, Samples.Username) { Email = Samples.Email } },
        { "visit", new Visit(Samples.Ip, new GeoPoint { Latitude = 30.2741, Longitude = 120.1551 }) },
        { "order", new Order(Samples.Order, Samples.Mobile, DateTimeOffset.UnixEpoch) },
        { "login", new LoginRecord { Ip = Samples.Ip } },
        { "inner", new Outer.Inner { @class = Samples.Name } },
        { "credentials", new Credentials { Password = Samples.NationalId } },
    };

    [Theory]
    [MemberData(nameof(PopulatedModels))]
    public void Printing_never_shows_a_raw_personal_value(string name, object model)
    {
        var text = model.ToString()!;

        Assert.False(string.IsNullOrEmpty(text), name);
        Samples.AssertNoRawValue(text);
        Assert.DoesNotContain("30.2741", text);
    }
}
