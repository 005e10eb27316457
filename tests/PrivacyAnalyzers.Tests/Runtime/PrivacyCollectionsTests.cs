using System.Text;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class PrivacyCollectionsTests
{
    private static readonly PseudonymKey Key = new("v1", Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"));

    [Fact]
    public void MaskToList_masks_each_item_in_order_and_keeps_null_items()
    {
        var items = new List<Person?> { new("13812345678"), null, new("13900001111") };

        var masked = PrivacyCollections.MaskToList(items);

        Assert.NotSame(items, masked);
        Assert.Equal(new[] { "138****5678", null, "139****1111" }, masked.Select(p => p?.Mobile).ToArray());
        Assert.Equal("13812345678", items[0]!.Mobile);
    }

    [Fact]
    public void MaskToList_accepts_lazy_sequences()
    {
        var masked = PrivacyCollections.MaskToList(Enumerable.Range(0, 3).Select(i => new Person("1380000000" + i)));

        Assert.Equal(new[] { "138****0000", "138****0001", "138****0002" }, masked.Select(p => p.Mobile).ToArray());
    }

    [Fact]
    public void MaskToArray_masks_each_item_and_keeps_null_items()
    {
        var items = new[] { new Person("13812345678"), null };

        var masked = PrivacyCollections.MaskToArray(items);

        Assert.NotSame(items, masked);
        Assert.Equal("138****5678", masked[0]!.Mobile);
        Assert.Null(masked[1]);
    }

    [Fact]
    public void Value_types_are_masked_too()
    {
        var masked = PrivacyCollections.MaskToArray(new[] { new Badge(7), new Badge(9) });

        Assert.Equal(new[] { 0, 0 }, masked.Select(b => b.Number).ToArray());
    }

    [Fact]
    public void Null_collections_stay_null()
    {
        Assert.Null(PrivacyCollections.MaskToList<Person>(null));
        Assert.Null(PrivacyCollections.MaskToArray<Person>(null));
        Assert.Null(PrivacyCollections.AnonymizeToList<Person>(null, Key));
        Assert.Null(PrivacyCollections.AnonymizeToArray<Person>(null, Key));
        Assert.Null(PrivacyCollections.MaskStrings(null, MaskStyle.Full));
    }

    [Fact]
    public void AnonymizeToList_and_AnonymizeToArray_anonymize_each_item_with_the_key()
    {
        var items = new[] { new Person("13812345678"), null };
        var expected = Pseudonymization.Pseudonymize("13812345678", Key);

        var list = PrivacyCollections.AnonymizeToList(items, Key);
        var array = PrivacyCollections.AnonymizeToArray(items, Key);

        Assert.Equal(new[] { expected, null }, list.Select(p => p?.Mobile).ToArray());
        Assert.Equal(new[] { expected, null }, array.Select(p => p?.Mobile).ToArray());
    }

    [Fact]
    public void Anonymizing_requires_a_key()
    {
        Assert.Throws<ArgumentNullException>(() => PrivacyCollections.AnonymizeToList(new[] { new Person("1") }, null!));
        Assert.Throws<ArgumentNullException>(() => PrivacyCollections.AnonymizeToArray(new[] { new Person("1") }, null!));
        Assert.Throws<ArgumentNullException>(() => PrivacyCollections.AnonymizeToList<Person>(null, null!));
    }

    [Theory]
    [InlineData(MaskStyle.MobilePhone, "138****5678")]
    [InlineData(MaskStyle.Full, Masking.Redacted)]
    [InlineData(MaskStyle.None, "13812345678")]
    public void MaskStrings_masks_each_string_with_the_style(MaskStyle style, string expected)
    {
        var masked = PrivacyCollections.MaskStrings(new[] { "13812345678", null, string.Empty }, style);

        Assert.Equal(new[] { expected, null, string.Empty }, masked);
    }

    private sealed class Person : IMaskable<Person>, IAnonymizable<Person>
    {
        public Person(string? mobile) => Mobile = mobile;

        public string? Mobile { get; }

        public Person Mask() => new(Masking.MobilePhone(Mobile));

        public Person Anonymize(PseudonymKey key) => new(Pseudonymization.Pseudonymize(Mobile, key));
    }

    private readonly struct Badge : IMaskable<Badge>
    {
        public Badge(int number) => Number = number;

        public int Number { get; }

        public Badge Mask() => default;
    }
}
