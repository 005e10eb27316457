namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Generated Mask(): a masked copy for display; the original is unchanged.</summary>
public class MaskTests
{
    [Fact]
    public void Every_style_and_category_default_is_applied()
    {
        var masked = Samples.Customer().Mask();

        Assert.Equal("张**", masked.Name);                       // category default: name
        Assert.Equal("138****5678", masked.Mobile);              // category default: phone
        Assert.Equal("a###@example.com", masked.Email);          // [Mask(Email, MaskChar = '#')]
        Assert.Equal("110***********1234", masked.NationalId);   // category default: national id
        Assert.Equal("************7890", masked.BankCard);        // category default: bank account
        Assert.Equal("192.168.1.*", masked.LastIp);              // category default: IP
        Assert.Equal("**********0001", masked.LastOrder);        // category default: order number
        Assert.Equal("ab*****hij", masked.Cookie);               // [Mask(2, 3)]
        Assert.Equal(Masking.Redacted, masked.Username);         // [Mask(Full)]
        Assert.Equal("dark", masked.Theme);                      // [Mask(None)]
    }

    [Fact]
    public void Non_string_personal_members_are_reset_unless_shown_as_is()
    {
        var masked = Samples.Customer().Mask();

        Assert.Equal(default, masked.BirthDate);
        Assert.Equal(0, masked.Age);
        Assert.Null(masked.Score);
        Assert.Equal(Guid.Empty, masked.SubjectId);
        Assert.Null(masked.Gender);
        Assert.False(masked.Verified);
        Assert.Equal(99.5m, masked.Balance);
        Assert.Equal(7, masked.Id);
    }

    [Fact]
    public void Nested_objects_and_collections_are_masked_copies()
    {
        var original = Samples.Customer();
        var masked = original.Mask();

        Assert.NotSame(original.Home, masked.Home);
        Assert.Equal(Masking.Redacted, masked.Home!.Street);
        Assert.Equal(Masking.Redacted, masked.Home.City);
        Assert.NotSame(original.Addresses, masked.Addresses);
        Assert.All(masked.Addresses, address => Assert.Equal(Masking.Redacted, address.Street));
        Assert.Equal(new[] { "138****5678", "139****1111" }, masked.Phones);
        Assert.Equal(new[] { Masking.Redacted, Masking.Redacted }, masked.Searches);
    }

    [Fact]
    public void The_original_is_unchanged()
    {
        var original = Samples.Customer();
        _ = original.Mask();

        Assert.Equal(Samples.Name, original.Name);
        Assert.Equal(Samples.Mobile, original.Mobile);
        Assert.Equal(Samples.Street, original.Home!.Street);
        Assert.Equal(Samples.Street, original.Addresses[0].Street);
        Assert.Equal(Samples.Mobile, original.Phones[0]);
        Assert.Equal("how to hide", original.Searches![0]);
        Assert.Equal(Samples.SubjectId, original.SubjectId);
    }

    [Fact]
    public void Null_members_stay_null()
    {
        var masked = new Customer { Name = "", Home = null, Searches = null }.Mask();

        Assert.Equal("", masked.Name);
        Assert.Null(masked.Email);
        Assert.Null(masked.Home);
        Assert.Null(masked.Searches);
    }

    [Fact]
    public void Records_are_masked_with_with_and_keep_plain_members()
    {
        var contact = new Contact("张三", "13812345678") { Email = "bob@example.com", Visits = 3 };
        var masked = contact.Mask();

        Assert.Equal(new Contact("张*", "138****5678") { Email = "b***@example.com", Visits = 3 }, masked);
        Assert.Equal("张三", contact.Name);
    }

    [Fact]
    public void Derived_type_masks_its_own_members_when_called_through_a_base_reference()
    {
        Person person = new Employee { Name = "张三", WorkEmail = "zhang@corp.example", Title = "Engineer" };

        var masked = person.Mask();

        var employee = Assert.IsType<Employee>(masked);
        Assert.Equal("张*", employee.Name);
        Assert.Equal("z***@corp.example", employee.WorkEmail);
        Assert.Equal("Engineer", employee.Title);
    }

    [Fact]
    public void Derived_record_masks_base_and_own_members_through_a_base_reference()
    {
        Contact contact = new Member("张三", "zhangsan88") { Email = "bob@example.com" };

        var masked = Assert.IsType<Member>(contact.Mask());

        Assert.Equal("张*", masked.Name);
        Assert.Equal("b***@example.com", masked.Email);
        Assert.Equal(Masking.Redacted, masked.Handle);
    }

    [Fact]
    public void Types_holding_annotated_types_only_through_members_are_masked()
    {
        var team = new Team
        {
            Title = "Core",
            Lead = new Employee { Name = "李四", WorkEmail = "li@corp.example" },
            Members = new[] { new Employee { Name = "王五", WorkEmail = "wang@corp.example" } },
            Alumni = new[] { new Employee { Name = "赵六", WorkEmail = "zhao@corp.example" } },
        };

        var masked = team.Mask();

        Assert.Equal("Core", masked.Title);
        var lead = Assert.IsType<Employee>(masked.Lead);
        Assert.Equal("李*", lead.Name);
        Assert.Equal("l***@corp.example", lead.WorkEmail);
        Assert.Equal("王*", masked.Members[0].Name);
        Assert.Equal("赵*", masked.Alumni![0].Name);
        Assert.Equal("王五", team.Members[0].Name);
    }

    [Fact]
    public void Structs_and_record_structs_are_masked_copies()
    {
        var point = new GeoPoint { Latitude = 30.2741, Longitude = 120.1551, Label = "home" };
        var visit = new Visit("10.0.0.42", point);

        var maskedPoint = point.Mask();
        var maskedVisit = visit.Mask();

        Assert.Equal(0, maskedPoint.Latitude);
        Assert.Equal(0, maskedPoint.Longitude);
        Assert.Equal("home", maskedPoint.Label);
        Assert.Equal(30.2741, point.Latitude);
        Assert.Equal("10.0.0.*", maskedVisit.Ip);
        Assert.Equal(0, maskedVisit.Where!.Value.Latitude);
    }

    [Fact]
    public void Keyword_named_and_generic_members_are_masked()
    {
        Assert.Equal("张*", new Outer.Inner { @class = "张三" }.Mask().@class);
        var labelled = new Labelled<string> { Label = "diary", Value = "kept" }.Mask();
        Assert.Equal(Masking.Redacted, labelled.Label);
        Assert.Equal("kept", labelled.Value);
    }

    [Fact]
    public void Collections_of_structs_and_of_nullable_structs_are_masked()
    {
        var trip = new Trip
        {
            Stops = { new GeoPoint { Latitude = 1.5, Label = "a" }, null },
            Path = new[] { new GeoPoint { Longitude = 2.5, Label = "b" } },
        };

        var masked = trip.Mask();

        Assert.Equal(0, masked.Stops[0]!.Value.Latitude);
        Assert.Equal("a", masked.Stops[0]!.Value.Label);
        Assert.Null(masked.Stops[1]);
        Assert.Equal(0, masked.Path[0].Longitude);
        Assert.Equal(1.5, trip.Stops[0]!.Value.Latitude);
    }
}
