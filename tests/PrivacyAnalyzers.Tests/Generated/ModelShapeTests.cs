namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>
/// Generated members of required/init models that are not sealed, of inheritance chains, generic, nested and
/// field-backed types; the constructors the types had stay.
/// </summary>
public class ModelShapeTests
{
    private static readonly PseudonymKey Key = Samples.Key("key-a", 1);

    [Fact]
    public void Required_init_model_keeps_its_object_initializer_and_gets_mask_and_anonymize()
    {
        var account = new Account { Id = 7, Phone = "13812345678", Plan = "gold" };

        var masked = account.Mask();
        var anonymized = account.Anonymize(Key);

        Assert.Equal(typeof(Account), masked.GetType());
        Assert.Equal(7, masked.Id);
        Assert.Equal("138****5678", masked.Phone);
        Assert.Equal("gold", masked.Plan);
        Assert.Equal(Pseudonymization.Pseudonymize("13812345678", Key), anonymized.Phone);
        Assert.Equal("13812345678", account.Phone);
        Assert.Equal("Account { Id = 7, Phone = 138****5678, Plan = gold }", account.ToString());
    }

    [Fact]
    public void Required_init_model_exports_its_personal_members()
    {
        var json = PersonalDataJson.Serialize(new Account { Id = 7, Phone = "13812345678" });

        Assert.Contains("\"Phone\"", json, StringComparison.Ordinal);
        Assert.Contains("13812345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Plan\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_model_masks_base_and_own_members_through_a_base_reference()
    {
        Account account = new PremiumAccount { Id = 1, Phone = "13812345678", Email = "alice@example.com", Level = 3 };

        var masked = account.Mask();

        var premium = Assert.IsType<PremiumAccount>(masked);
        Assert.Equal("138****5678", premium.Phone);
        Assert.Equal("a***@example.com", premium.Email);
        Assert.Equal(3, premium.Level);
        Assert.Equal(1, premium.Id);
        Assert.Equal(string.Empty, ((PremiumAccount)account.Anonymize(Key)).Email);
    }

    [Fact]
    public void Type_that_only_inherits_gets_a_masked_copy_of_its_base_type()
    {
        var legacy = new LegacyAccount { Id = 2, Phone = "13812345678", Region = "east" };

        var masked = legacy.Mask();

        // Fails closed: the base's copy constructor copies what the base declares, every personal member masked.
        Assert.Equal(typeof(Account), masked.GetType());
        Assert.Equal("138****5678", masked.Phone);
        Assert.Equal(2, masked.Id);
        Assert.StartsWith("Account { Id = 2, Phone = 138****5678", legacy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sealed_required_model_keeps_its_parameterless_constructor()
    {
        var masked = new SealedAccount { Id = 1, Holder = "张三丰" }.Mask();

        Assert.Equal("张**", masked.Holder);
        Assert.Equal(1, masked.Id);
    }

    [Fact]
    public void Abstract_base_with_init_members_is_copied_by_its_derived_type()
    {
        Party party = new Individual { Name = "张三丰", NationalId = "110101199003077777" };

        var masked = Assert.IsType<Individual>(party.Mask());
        var anonymized = Assert.IsType<Individual>(party.Anonymize(Key));

        Assert.Equal("张**", masked.Name);
        Assert.Equal("110***********7777", masked.NationalId);
        Assert.Equal(string.Empty, anonymized.Name);
        Assert.Null(anonymized.NationalId);
    }

    [Fact]
    public void Generic_model_with_constraints_is_masked()
    {
        var tagged = new Tagged<int> { Owner = "alice@example.com", Value = 42 };

        var masked = tagged.Mask();

        Assert.Equal("a***@example.com", masked.Owner);
        Assert.Equal(42, masked.Value);
        Assert.Equal("Tagged { Owner = a***@example.com, Value = 42 }", tagged.ToString());
    }

    [Fact]
    public void Nested_init_model_is_masked()
    {
        var masked = new Directory.Listing { Phone = "13812345678" }.Mask();

        Assert.Equal("138****5678", masked.Phone);
        Assert.Null(new Directory.Listing().Mask().Phone);
    }

    [Fact]
    public void Field_backed_init_property_is_masked_through_its_accessor()
    {
        var original = new FieldBacked { Phone = "13812345678", Visits = 4 };

        var masked = original.Mask();

        Assert.Equal("138****5678", masked.Phone);
        Assert.Equal(4, masked.Visits);
        Assert.Equal("13812345678", original.Phone);
    }

    [Fact]
    public void Model_with_its_own_constructor_keeps_it_and_gets_no_parameterless_one()
    {
        var masked = new WithConstructor("alice@example.com").Mask();

        Assert.Equal("a***@example.com", masked.Email);
        Assert.DoesNotContain(typeof(WithConstructor).GetConstructors(), constructor => constructor.GetParameters().Length == 0);
    }

    [Fact]
    public void Type_that_only_inherits_from_a_cloned_base_keeps_its_type_and_members()
    {
        Shipment shipment = new LocalShipment { Address = "1 Nanjing Road", Zone = 4 };

        var masked = Assert.IsType<LocalShipment>(shipment.Mask());

        Assert.Equal("***", masked.Address);
        Assert.Equal(4, masked.Zone);
        Assert.Equal("1 Nanjing Road", shipment.Address);
    }

    [Fact]
    public void Required_init_record_and_record_struct_are_masked_with_with()
    {
        var member = new ClubMember { Email = "alice@example.com", Nickname = "al" };
        var reading = new MeterReading { Ip = "192.168.1.23", Value = 5 };

        Assert.Equal("a***@example.com", member.Mask().Email);
        Assert.Equal("al", member.Mask().Nickname);
        Assert.Equal(string.Empty, member.Anonymize(Key).Email);
        Assert.Equal("192.168.1.*", reading.Mask().Ip);
        Assert.Equal(5, reading.Mask().Value);
        Assert.Equal("ClubMember { Email = a***@example.com, Nickname = al }", member.ToString());
    }

    [Fact]
    public void Positional_record_with_members_of_its_own_masks_both()
    {
        var visit = new GuestVisit("13812345678") { Guest = "张三丰", Nights = 2 };

        var masked = visit.Mask();

        Assert.Equal("138****5678", masked.Phone);
        Assert.Equal("张**", masked.Guest);
        Assert.Equal(2, masked.Nights);
        Assert.Equal("GuestVisit { Phone = 138****5678, Guest = 张**, Nights = 2 }", visit.ToString());
    }

    [Fact]
    public void Nullable_references_stay_null_and_non_nullable_ones_become_empty()
    {
        var family = new Family { Head = "张三丰", Phone = "13812345678" };

        var anonymized = family.Anonymize(Key);
        var masked = family.Mask();

        Assert.Equal(string.Empty, anonymized.Head);
        Assert.Null(anonymized.Partner);
        Assert.Equal(string.Empty, anonymized.Phone);
        Assert.Null(masked.Partner);
        Assert.Equal("张**", masked.Head);
    }
}
