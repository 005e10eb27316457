using System.Reflection;

namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>
/// Mask() and Anonymize(key) of sealed classes and structs with init-only, get-only and readonly personal members:
/// a copy made by a generated constructor, every other member (private ones included) equal to the original.
/// </summary>
public class ConstructorCopyTests
{
    private static readonly PseudonymKey Key = Samples.Key("key-a", 1);

    // The backing fields of the members Mask() and Anonymize() change on Subscriber.
    private static readonly string[] ChangedFields = { "<Name>k__BackingField", "<Mobile>k__BackingField", "_nationalId", "<Home>k__BackingField" };

    private static Subscriber NewSubscriber()
    {
        var subscriber = new Subscriber("13812345678", "110101199003077777", 3, "vip")
        {
            Name = "张三丰",
            Home = new Address { City = "Shanghai", Street = "1 Nanjing Road" },
            Plan = "gold",
        };
        subscriber.Renewed += (_, _) => { };
        return subscriber;
    }

    [Fact]
    public void Mask_of_a_sealed_class_masks_init_only_get_only_and_readonly_members()
    {
        var original = NewSubscriber();

        var masked = original.Mask();

        Assert.NotSame(original, masked);
        Assert.Equal(Masking.ChineseName("张三丰"), masked.Name);
        Assert.Equal(Masking.MobilePhone("13812345678"), masked.Mobile);
        Assert.Equal(Masking.NationalId("110101199003077777"), masked.NationalId);
        Assert.NotEqual("13812345678", masked.Mobile);
        Assert.NotSame(original.Home, masked.Home);
        Assert.Equal(original.Home!.Mask().Street, masked.Home!.Street);
        AssertOtherStateEqual(original, masked);
        AssertUnchanged(original);
    }

    [Fact]
    public void Anonymize_of_a_sealed_class_anonymizes_init_only_get_only_and_readonly_members()
    {
        var original = NewSubscriber();

        var anonymized = original.Anonymize(Key);

        Assert.Equal(string.Empty, anonymized.Name);
        Assert.Equal(Pseudonymization.Pseudonymize("13812345678", Key), anonymized.Mobile);
        Assert.Null(anonymized.NationalId);
        Assert.Null(anonymized.Home!.Street);
        AssertOtherStateEqual(original, anonymized);
        AssertUnchanged(original);
        Assert.Throws<ArgumentNullException>(() => original.Anonymize(null!));
    }

    [Fact]
    public void The_copy_is_independent_of_the_original()
    {
        var original = NewSubscriber();
        var masked = original.Mask();

        masked.Annotate("changed");
        masked.Plan = "free";

        Assert.Equal("vip/s3cret", original.Describe());
        Assert.Equal("gold", original.Plan);
    }

    [Fact]
    public void Readonly_struct_is_masked_and_anonymized_into_a_copy()
    {
        var issued = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var original = new StaffBadge("李小龙", 42, issued);

        var masked = original.Mask();
        var anonymized = original.Anonymize(Key);

        Assert.Equal(Masking.ChineseName("李小龙"), masked.Holder);
        Assert.Equal(string.Empty, anonymized.Holder);
        Assert.Equal((42, issued), (masked.Number, masked.Issued));
        Assert.Equal((42, issued), (anonymized.Number, anonymized.Issued));
        Assert.Equal("李小龙", original.Holder);
    }

    [Fact]
    public void Struct_with_init_only_personal_property_is_masked_and_anonymized_into_a_copy()
    {
        var at = new DateTime(2024, 5, 1, 8, 30, 0, DateTimeKind.Utc);
        var original = new DeviceVisit("192.168.1.77", at);

        var masked = original.Mask();
        var anonymized = original.Anonymize(Key);

        Assert.Equal(Masking.IPv4("192.168.1.77"), masked.Ip);
        Assert.NotEqual("192.168.1.77", masked.Ip);
        Assert.Equal("192.168.1.0/24", anonymized.Ip);
        Assert.Equal(at, masked.At);
        Assert.Equal(at, anonymized.At);
        Assert.Equal("192.168.1.77", original.Ip);
    }

    private static void AssertOtherStateEqual(Subscriber original, Subscriber copy)
    {
        var fields = typeof(Subscriber).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.Contains(fields, field => field.Name == "_note");
        Assert.Contains(fields, field => field.Name == "<Secret>k__BackingField");
        Assert.Contains(fields, field => field.Name == "Renewed");
        foreach (var field in fields.Where(field => !ChangedFields.Contains(field.Name)))
        {
            Assert.Equal(field.GetValue(original), field.GetValue(copy));
        }

        Assert.Equal(1, copy.RenewedHandlers);
        Assert.Equal(3, copy.Version);
        Assert.Equal("vip/s3cret", copy.Describe());
        Assert.Equal("gold", copy.Plan);
    }

    private static void AssertUnchanged(Subscriber original)
    {
        Assert.Equal("张三丰", original.Name);
        Assert.Equal("13812345678", original.Mobile);
        Assert.Equal("110101199003077777", original.NationalId);
        Assert.Equal("1 Nanjing Road", original.Home!.Street);
    }
}
