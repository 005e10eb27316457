namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Generated Anonymize(key): a de-identified copy, deterministic per key.</summary>
public class AnonymizeTests
{
    private static readonly PseudonymKey KeyA = Samples.Key("key-a", 1);
    private static readonly PseudonymKey KeyB = Samples.Key("key-b", 2);

    [Fact]
    public void Pseudonyms_are_deterministic_for_a_key_and_differ_across_keys()
    {
        var customer = Samples.Customer();

        var first = customer.Anonymize(KeyA);
        var again = customer.Anonymize(KeyA);
        var other = customer.Anonymize(KeyB);

        Assert.Equal(first.Mobile, again.Mobile);
        Assert.Equal(first.SubjectId, again.SubjectId);
        Assert.NotEqual(first.Mobile, other.Mobile);
        Assert.NotEqual(first.SubjectId, other.SubjectId);
        Assert.StartsWith("key-a:", first.Mobile);
        Assert.StartsWith("key-b:", other.Mobile);
        Assert.Equal(Pseudonymization.Pseudonymize(Samples.Mobile, KeyA), first.Mobile);
        Assert.Equal(Pseudonymization.Pseudonymize(Samples.SubjectId, KeyA), first.SubjectId);
        Assert.NotEqual(Samples.SubjectId, first.SubjectId);
    }

    [Fact]
    public void Personal_members_without_a_strategy_are_suppressed()
    {
        var anonymized = Samples.Customer().Anonymize(KeyA);

        Assert.Equal(string.Empty, anonymized.Name);     // non-nullable string
        Assert.Null(anonymized.Email);                   // nullable string
        Assert.Null(anonymized.NationalId);
        Assert.Null(anonymized.Gender);                  // nullable value type
        Assert.False(anonymized.Verified);               // value type
        Assert.Null(anonymized.Searches);
    }

    [Fact]
    public void Generalized_members_are_coarsened()
    {
        var anonymized = Samples.Customer().Anonymize(KeyA);

        Assert.Equal(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc), anonymized.BirthDate);
        Assert.Equal(30, anonymized.Age);
        Assert.Equal(1200, anonymized.Score);
        Assert.Equal("192.168.1.0/24", anonymized.LastIp);
    }

    [Fact]
    public void Kept_and_plain_members_are_unchanged()
    {
        var anonymized = Samples.Customer().Anonymize(KeyA);

        Assert.Equal(99.5m, anonymized.Balance);
        Assert.Equal("dark", anonymized.Theme);
        Assert.Equal(7, anonymized.Id);
    }

    [Fact]
    public void Nested_objects_and_collections_are_anonymized_and_the_original_is_unchanged()
    {
        var original = Samples.Customer();
        var anonymized = original.Anonymize(KeyA);

        Assert.Null(anonymized.Home!.Street);
        Assert.Equal(string.Empty, anonymized.Home.City);
        Assert.All(anonymized.Addresses, address => Assert.Null(address.Street));
        Assert.Equal(Samples.Street, original.Home!.Street);
        Assert.Equal(Samples.Mobile, original.Mobile);
        Assert.Equal(Samples.BirthDate, original.BirthDate);
    }

    [Fact]
    public void A_null_key_throws()
    {
        Assert.Throws<ArgumentNullException>("key", () => Samples.Customer().Anonymize(null!));
        Assert.Throws<ArgumentNullException>("key", () => new Contact("a", "b").Anonymize(null!));
        Assert.Throws<ArgumentNullException>("key", () => new GeoPoint().Anonymize(null!));
        Assert.Throws<ArgumentNullException>("key", () => ((Person)new Employee()).Anonymize(null!));
    }

    [Fact]
    public void Records_and_derived_types_anonymize_through_a_base_reference()
    {
        Contact contact = new Member("张三", "zhangsan88") { Email = "bob@example.com" };
        Person person = new Employee { Name = "张三", WorkEmail = "zhang@corp.example", Title = "Engineer" };

        var member = Assert.IsType<Member>(contact.Anonymize(KeyA));
        var employee = Assert.IsType<Employee>(person.Anonymize(KeyA));

        Assert.Equal(string.Empty, member.Name);
        Assert.Equal(string.Empty, member.Handle);
        Assert.Equal(string.Empty, employee.Name);
        Assert.Equal(string.Empty, employee.WorkEmail);
        Assert.Equal("Engineer", employee.Title);
    }

    [Fact]
    public void Record_pseudonymizes_its_positional_members()
    {
        var order = new Order("SO202311250001", "13812345678", DateTimeOffset.UnixEpoch);

        var anonymized = order.Anonymize(KeyA);

        Assert.Equal(string.Empty, anonymized.OrderNumber);
        Assert.Equal(Pseudonymization.Pseudonymize("13812345678", KeyA), anonymized.Mobile);
        Assert.Equal(DateTimeOffset.UnixEpoch, anonymized.CompletedAt);
    }

    [Fact]
    public void Struct_numbers_are_bucketed()
    {
        var point = new GeoPoint { Latitude = 30.2741, Longitude = 120.1551 }.Anonymize(KeyA);

        Assert.Equal(30.2, point.Latitude, 6);
        Assert.Equal(0, point.Longitude);
    }
}
