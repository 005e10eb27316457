using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class MaskingTests
{
    [Theory]
    [InlineData('\uD83D')]
    [InlineData('\uDE00')]
    [InlineData('\0')]
    [InlineData('\n')]
    public void A_surrogate_or_control_mask_character_falls_back_to_an_asterisk(char maskChar)
    {
        Assert.Equal("138****5678", Masking.MobilePhone("13812345678", maskChar));
        Assert.Equal("ab**ef", Masking.Keep("abcdef", 2, 2, maskChar));
    }

    public static TheoryData<MaskStyle> AllStyles()
    {
        var data = new TheoryData<MaskStyle>();
        foreach (var style in Enum.GetValues<MaskStyle>())
        {
            data.Add(style);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void Null_stays_null_and_empty_stays_empty_for_every_style(MaskStyle style)
    {
        Assert.Null(Masking.Mask(null, style));
        Assert.Equal(string.Empty, Masking.Mask(string.Empty, style));
    }

    [Fact]
    public void Null_stays_null_and_empty_stays_empty_for_every_primitive()
    {
        Func<string?, string?>[] primitives =
        {
            v => Masking.Keep(v, 1, 1),
            v => Masking.MobilePhone(v),
            v => Masking.Email(v),
            v => Masking.ChineseName(v),
            v => Masking.NationalId(v),
            v => Masking.BankCard(v),
            v => Masking.IPv4(v),
            v => Masking.OrderNumber(v),
            Masking.Full,
        };

        foreach (var mask in primitives)
        {
            Assert.Null(mask(null));
            Assert.Equal(string.Empty, mask(string.Empty));
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("1234567")]
    [InlineData("张")]
    [InlineData("😀")]
    [InlineData("x@y")]
    [InlineData("@")]
    [InlineData("1.2.3.4")]
    [InlineData("13812345678")]
    [InlineData("alice@example.com")]
    public void Every_style_but_None_changes_the_value(string value)
    {
        foreach (var style in Enum.GetValues<MaskStyle>())
        {
            if (style != MaskStyle.None)
            {
                Assert.NotEqual(value, Masking.Mask(value, style));
            }
        }
    }

    [Theory]
    [InlineData("abcdef", 1, 1, '*', "a****f")]
    [InlineData("abcdef", 2, 2, '#', "ab##ef")]
    [InlineData("abcdef", 0, 2, '*', "****ef")]
    [InlineData("abcdef", 2, 0, '*', "ab****")]
    [InlineData("abcd", 0, 0, '*', "****")]
    [InlineData("abcdef", 3, 2, '*', "abc*ef")]
    [InlineData("欧阳娜娜", 1, 1, '*', "欧**娜")]
    [InlineData("😀😁😂😃😄", 1, 1, '*', "😀***😄")]
    [InlineData("e\u0301abc", 1, 1, '*', "e\u0301**c")]
    [InlineData("ab\u0301cd", 1, 1, '*', "a**d")]
    public void Keep_keeps_text_elements_and_masks_each_hidden_one_with_one_char(string value, int first, int last, char maskChar, string expected)
    {
        var masked = Masking.Keep(value, first, last, maskChar);

        Assert.Equal(expected, masked);
        AssertWellFormed(masked);
    }

    [Theory]
    [InlineData("abc", 1, 2)]
    [InlineData("abc", 3, 0)]
    [InlineData("abc", 0, 3)]
    [InlineData("ab", 1, 1)]
    [InlineData("a", 0, 1)]
    [InlineData("abc", 5, 5)]
    [InlineData("abc", int.MaxValue, int.MaxValue)]
    [InlineData("abcdef", -1, 2)]
    [InlineData("abcdef", 2, -1)]
    [InlineData("😀😁", 1, 1)]
    public void Keep_fails_closed_when_nothing_would_stay_hidden_or_counts_are_negative(string value, int first, int last)
    {
        Assert.Equal(Masking.Redacted, Masking.Keep(value, first, last));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("１３８１２３４５６７８", "１３８****５６７８")]
    [InlineData("+86 13812345678", "+86********5678")]
    [InlineData("12345678", "123*5678")]
    [InlineData("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "𝟏𝟑𝟖****𝟓𝟔𝟕𝟖")]
    [InlineData("1234567", Masking.Redacted)]
    [InlineData("138", Masking.Redacted)]
    public void MobilePhone_keeps_first_three_and_last_four(string value, string expected)
    {
        var masked = Masking.MobilePhone(value);

        Assert.Equal(expected, masked);
        AssertWellFormed(masked);
    }

    [Fact]
    public void MobilePhone_uses_the_mask_char()
    {
        Assert.Equal("138####5678", Masking.MobilePhone("13812345678", '#'));
    }

    [Theory]
    [InlineData("alice@example.com", "a***@example.com")]
    [InlineData("al@example.com", "a***@example.com")]
    [InlineData("a@example.com", "***@example.com")]
    [InlineData("a@b@example.com", "a***@example.com")]
    [InlineData("bob@@example.com", "b***@example.com")]
    [InlineData("张三@例子.中国", "张***@例子.中国")]
    [InlineData("😀x@example.com", "😀***@example.com")]
    [InlineData("alice", Masking.Redacted)]
    [InlineData("@example.com", Masking.Redacted)]
    [InlineData("alice@", Masking.Redacted)]
    [InlineData("alice@example.com@", Masking.Redacted)]
    [InlineData("@", Masking.Redacted)]
    public void Email_keeps_the_first_local_element_and_the_domain_behind_a_fixed_width_mask(string value, string expected)
    {
        var masked = Masking.Email(value);

        Assert.Equal(expected, masked);
        AssertWellFormed(masked);
    }

    [Fact]
    public void Email_mask_does_not_reveal_the_local_part_length()
    {
        Assert.Equal(Masking.Email("ab@example.com"), Masking.Email("abcdefghijklmnop@example.com"));
        Assert.Equal("a###@example.com", Masking.Email("alice@example.com", '#'));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("Alice", "A****")]
    [InlineData("𠀀𠀁𠀂", "𠀀**")]
    [InlineData("👨‍👩‍👧x", "👨‍👩‍👧*")]
    [InlineData("张", Masking.Redacted)]
    [InlineData("😀", Masking.Redacted)]
    public void ChineseName_keeps_the_first_element_and_masks_each_other(string value, string expected)
    {
        var masked = Masking.ChineseName(value);

        Assert.Equal(expected, masked);
        AssertWellFormed(masked);
    }

    [Theory]
    [InlineData("110101199003071234", "110***********1234")]
    [InlineData("11010119900307123X", "110***********123X")]
    [InlineData("110101900307123", "110********7123")]
    [InlineData("12345678901234", "123*******1234")]
    [InlineData("1234567890123", "123*******123")]
    [InlineData("E12345678", "E1*****78")]
    [InlineData("1234", "1**4")]
    [InlineData("123", Masking.Redacted)]
    [InlineData("1", Masking.Redacted)]
    public void NationalId_keeps_at_most_three_and_four_and_never_more_than_it_hides(string value, string expected)
    {
        Assert.Equal(expected, Masking.NationalId(value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(18)]
    [InlineData(40)]
    public void NationalId_shows_no_more_elements_than_it_hides(int length)
    {
        var value = new string('9', length);

        var masked = Masking.NationalId(value);

        if (masked != Masking.Redacted)
        {
            var shown = masked.Count(c => c == '9');
            var hidden = masked.Count(c => c == '*');
            Assert.Equal(length, shown + hidden);
            Assert.True(shown <= hidden, $"{shown} shown, {hidden} hidden");
            Assert.True(shown <= 7);
        }
    }

    [Theory]
    [InlineData("6222021234567890", "************7890")]
    [InlineData("6222 0212 3456 7890", "***************7890")]
    [InlineData("12345678", "****5678")]
    [InlineData("１２３４５６７８", "****５６７８")]
    [InlineData("1234567", Masking.Redacted)]
    [InlineData("7890", Masking.Redacted)]
    public void BankCard_keeps_the_last_four_of_eight_or_more(string value, string expected)
    {
        Assert.Equal(expected, Masking.BankCard(value));
    }

    [Theory]
    [InlineData("SO202311250001", "**********0001")]
    [InlineData("12345678", "****5678")]
    [InlineData("订单号码一二三四", "****一二三四")]
    [InlineData("SO1", Masking.Redacted)]
    [InlineData("1234567", Masking.Redacted)]
    public void OrderNumber_keeps_the_last_four_of_eight_or_more(string value, string expected)
    {
        Assert.Equal(expected, Masking.OrderNumber(value));
    }

    [Theory]
    [InlineData("192.168.1.23", "192.168.1.*")]
    [InlineData("0.0.0.0", "0.0.0.*")]
    [InlineData("255.255.255.255", "255.255.255.*")]
    [InlineData("10.0.200.7", "10.0.200.*")]
    public void IPv4_hides_the_last_octet(string value, string expected)
    {
        Assert.Equal(expected, Masking.IPv4(value));
    }

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.256")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.04")]
    [InlineData("1..3.4")]
    [InlineData("1.2.3.")]
    [InlineData("1.2.3.4.")]
    [InlineData("a.b.c.d")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("1.2.3.4/24")]
    [InlineData("１.２.３.４")]
    [InlineData("1.2.3.-1")]
    [InlineData("+1.2.3.4")]
    [InlineData("1.2.3.1234")]
    [InlineData("localhost")]
    public void IPv4_redacts_anything_that_is_not_strict_dotted_decimal(string value)
    {
        Assert.Equal(Masking.Redacted, Masking.IPv4(value));
    }

    [Fact]
    public void IPv4_uses_the_mask_char()
    {
        Assert.Equal("192.168.1.#", Masking.IPv4("192.168.1.23", '#'));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("a very long secret value that must not show its length")]
    [InlineData("张三")]
    public void Full_is_fixed_width(string value)
    {
        Assert.Equal(Masking.Redacted, Masking.Full(value));
    }

    [Theory]
    [InlineData(MaskStyle.None, "13812345678")]
    [InlineData(MaskStyle.Default, Masking.Redacted)]
    [InlineData(MaskStyle.Full, Masking.Redacted)]
    [InlineData(MaskStyle.Custom, Masking.Redacted)]
    [InlineData(MaskStyle.MobilePhone, "138****5678")]
    [InlineData(MaskStyle.Email, Masking.Redacted)]
    [InlineData(MaskStyle.ChineseName, "1**********")]
    [InlineData(MaskStyle.NationalId, "13******678")]
    [InlineData(MaskStyle.BankCard, "*******5678")]
    [InlineData(MaskStyle.IPv4, Masking.Redacted)]
    [InlineData(MaskStyle.OrderNumber, "*******5678")]
    [InlineData((MaskStyle)999, Masking.Redacted)]
    public void Mask_dispatches_on_the_style(MaskStyle style, string expected)
    {
        Assert.Equal(expected, Masking.Mask("13812345678", style));
    }

    [Theory]
    [InlineData("user.contact.phone_number", "13812345678", "138****5678")]
    [InlineData("user.contact.phone_number.mobile", "13812345678", "138****5678")]
    [InlineData("user.contact.email", "alice@example.com", "a***@example.com")]
    [InlineData("user.name", "张三", "张*")]
    [InlineData("user.government_id.national_identification_number", "110101199003071234", "110***********1234")]
    [InlineData("user.financial.bank_account", "6222021234567890", "************7890")]
    [InlineData("user.device.ip_address", "192.168.1.23", "192.168.1.*")]
    [InlineData("user.behavior.purchase_history.order_number", "SO202311250001", "**********0001")]
    [InlineData("user.contact.address", "北京市海淀区", Masking.Redacted)]
    [InlineData("user.contact.phone_numberx", "13812345678", Masking.Redacted)]
    [InlineData("", "13812345678", Masking.Redacted)]
    public void MaskForCategory_uses_the_category_default_style(string category, string value, string expected)
    {
        Assert.Equal(expected, Masking.MaskForCategory(value, category));
    }

    [Fact]
    public void MaskForCategory_redacts_for_a_null_category()
    {
        Assert.Equal(Masking.Redacted, Masking.MaskForCategory("13812345678", null!));
    }

    [Theory]
    [InlineData("😀😁😂😃😄😅😆😇😈😉😊")]
    [InlineData("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖")]
    [InlineData("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉")]
    [InlineData("a😀b😁c😂d😃e😄f")]
    [InlineData("😀@😁😂.com")]
    [InlineData("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧")]
    [InlineData("🇨🇳🇺🇸🇯🇵🇫🇷🇩🇪🇬🇧🇮🇹🇪🇸")]
    public void No_style_produces_a_lone_surrogate(string value)
    {
        foreach (var style in Enum.GetValues<MaskStyle>())
        {
            AssertWellFormed(Masking.Mask(value, style));
        }

        for (var first = 0; first < 6; first++)
        {
            for (var last = 0; last < 6; last++)
            {
                AssertWellFormed(Masking.Keep(value, first, last));
            }
        }
    }

    [Fact]
    public void Flags_count_as_one_element_each()
    {
        Assert.Equal("🇨🇳**🇯🇵", Masking.Keep("🇨🇳🇺🇸🇫🇷🇯🇵", 1, 1));
    }

    [Fact]
    public void Masking_allocates_only_the_result_string()
    {
        const int Calls = 1000;
        var values = new[] { "13812345678", "alice@example.com", "110101199003071234", "192.168.1.23", "欧阳娜娜" };
        Func<string, string>[] masks =
        {
            v => Masking.MobilePhone(v),
            v => Masking.Email(v),
            v => Masking.NationalId(v),
            v => Masking.IPv4(v),
            v => Masking.ChineseName(v),
        };

        for (var i = 0; i < values.Length; i++)
        {
            var mask = masks[i];
            var value = values[i];
            var resultSize = (long)(24 + (2 * mask(value).Length) + 7) & ~7L;

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < Calls; call++)
            {
                mask(value);
            }

            var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
            Assert.True(perCall <= resultSize, $"{value}: {perCall} bytes per call, the result takes {resultSize}");
        }
    }

    private static void AssertWellFormed(string? text)
    {
        Assert.NotNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), $"Lone high surrogate at {i} in \"{text}\"");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), $"Lone low surrogate at {i} in \"{text}\"");
            }
        }
    }
}
