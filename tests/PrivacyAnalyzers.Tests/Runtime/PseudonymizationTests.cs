using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class PseudonymizationTests
{
    // 32 ASCII bytes; the pinned vectors below were computed with `openssl dgst -sha256 -mac HMAC -macopt key:<this>`.
    private const string PinnedSecret = "0123456789abcdef0123456789abcdef";

    private static readonly PseudonymKey PinnedKey = new("v1", Encoding.ASCII.GetBytes(PinnedSecret));

    [Fact]
    public void String_pseudonym_matches_RFC_4231_test_case_1()
    {
        // RFC 4231 §4.2: key = 0x0b × 20, data = "Hi There",
        // HMAC-SHA256 = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7.
        var key = new PseudonymKey("rfc4231", Enumerable.Repeat((byte)0x0b, 20).ToArray());

        Assert.Equal("rfc4231:sDRMYdjbOFNcqK_OrwvxK4gdwgDJgz2nJuk3bC4yz_c", Pseudonymization.Pseudonymize("Hi There", key));
    }

    [Theory]
    [InlineData("张三", "v1:rRxguSwuWw0_SnjqbVRmnTYSzEjr_u-7Pb5dI0OHuxc")]
    [InlineData("13812345678", "v1:ZHJ8en4QfooCQEA9FNPwAylgMJr9ZOtBnyDlKglGxwo")]
    [InlineData("alice@example.com", "v1:hBJA0qW2ZUs64h_ESZ23t4Zwd83WfD4WzvH5hD4n0fo")]
    [InlineData("", "v1:eWzTB4rxRjZ1PSaztVVUIv9Vo-Jhz4R7SOlTcbm9CqI")]
    public void String_pseudonyms_match_vectors_computed_with_openssl(string value, string expected)
    {
        Assert.Equal(expected, Pseudonymization.Pseudonymize(value, PinnedKey));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("13812345678")]
    [InlineData("欧阳娜娜")]
    [InlineData("😀 surrogate pairs 𠀀")]
    [InlineData("+/=?&<>\"'")]
    public void String_pseudonym_is_the_key_id_and_the_unpadded_base64url_HMAC_of_the_UTF8_bytes(string value)
    {
        var expected = "v1:" + Base64Url(HMACSHA256.HashData(Encoding.ASCII.GetBytes(PinnedSecret), Encoding.UTF8.GetBytes(value)));

        Assert.Equal(expected, Pseudonymization.Pseudonymize(value, PinnedKey));
    }

    [Fact]
    public void Long_strings_hash_the_same_way()
    {
        var value = string.Concat(Enumerable.Repeat("张三李四王五😀", 200));
        var expected = "v1:" + Base64Url(HMACSHA256.HashData(Encoding.ASCII.GetBytes(PinnedSecret), Encoding.UTF8.GetBytes(value)));

        Assert.Equal(expected, Pseudonymization.Pseudonymize(value, PinnedKey));
    }

    [Fact]
    public void String_pseudonym_has_a_fixed_shape()
    {
        var pseudonym = Pseudonymization.Pseudonymize("13812345678", PinnedKey);

        Assert.StartsWith("v1:", pseudonym, StringComparison.Ordinal);
        var encoded = pseudonym.Substring(3);
        Assert.Equal(43, encoded.Length);
        Assert.All(encoded, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_', $"'{c}' is not base64url"));
    }

    [Fact]
    public void Pseudonyms_are_deterministic_per_key_and_differ_across_keys()
    {
        var sameSecretAgain = new PseudonymKey("v1", Encoding.ASCII.GetBytes(PinnedSecret));
        var otherSecret = new PseudonymKey("v1", Encoding.ASCII.GetBytes("fedcba9876543210fedcba9876543210"));

        Assert.Equal(Pseudonymization.Pseudonymize("13812345678", PinnedKey), Pseudonymization.Pseudonymize("13812345678", sameSecretAgain));
        Assert.NotEqual(Pseudonymization.Pseudonymize("13812345678", PinnedKey), Pseudonymization.Pseudonymize("13812345678", otherSecret));
        Assert.NotEqual(Pseudonymization.Pseudonymize("13812345678", PinnedKey), Pseudonymization.Pseudonymize("13812345679", PinnedKey));

        var guid = Guid.NewGuid();
        Assert.Equal(Pseudonymization.Pseudonymize(guid, PinnedKey), Pseudonymization.Pseudonymize(guid, sameSecretAgain));
        Assert.NotEqual(Pseudonymization.Pseudonymize(guid, PinnedKey), Pseudonymization.Pseudonymize(guid, otherSecret));
        Assert.Equal(Pseudonymization.Pseudonymize(42L, PinnedKey), Pseudonymization.Pseudonymize(42L, sameSecretAgain));
        Assert.NotEqual(Pseudonymization.Pseudonymize(42L, PinnedKey), Pseudonymization.Pseudonymize(42L, otherSecret));
    }

    [Fact]
    public void Key_id_is_the_prefix()
    {
        var rotated = new PseudonymKey("v2", Encoding.ASCII.GetBytes(PinnedSecret));

        Assert.StartsWith("v2:", Pseudonymization.Pseudonymize("13812345678", rotated), StringComparison.Ordinal);
        Assert.NotEqual(Pseudonymization.Pseudonymize("13812345678", PinnedKey), Pseudonymization.Pseudonymize("13812345678", rotated));
    }

    [Fact]
    public void Guid_pseudonym_matches_a_vector_computed_with_openssl()
    {
        // HMAC over the bytes of Guid.ToByteArray(), first 16 bytes, version 8 and RFC 4122 variant set.
        var pseudonym = Pseudonymization.Pseudonymize(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), PinnedKey);

        Assert.Equal(Guid.Parse("a97c91b0-7106-8224-a384-d871e5d9a7de"), pseudonym);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void Guid_pseudonym_is_a_version_8_RFC_4122_guid_from_the_HMAC(string value)
    {
        var guid = Guid.Parse(value);

        var pseudonym = Pseudonymization.Pseudonymize(guid, PinnedKey);

        var hash = HMACSHA256.HashData(Encoding.ASCII.GetBytes(PinnedSecret), guid.ToByteArray());
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        Assert.Equal(new Guid(hash.AsSpan(0, 16)), pseudonym);
        Assert.Equal(8, pseudonym.Version);
        Assert.Contains(pseudonym.ToString()[19], "89ab");
    }

    [Theory]
    [InlineData(42L, 567550881533045631L)]
    [InlineData(-1L, 6616265201797133153L)]
    [InlineData(0L, 356441444796697230L)]
    public void Long_pseudonym_matches_vectors_computed_with_openssl(long value, long expected)
    {
        Assert.Equal(expected, Pseudonymization.Pseudonymize(value, PinnedKey));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(13812345678L)]
    public void Long_pseudonym_is_the_first_eight_HMAC_bytes_little_endian_without_the_sign(long value)
    {
        var input = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(input, value);
        var hash = HMACSHA256.HashData(Encoding.ASCII.GetBytes(PinnedSecret), input);

        var pseudonym = Pseudonymization.Pseudonymize(value, PinnedKey);

        Assert.Equal(BinaryPrimitives.ReadInt64LittleEndian(hash) & long.MaxValue, pseudonym);
        Assert.True(pseudonym >= 0);
    }

    [Fact]
    public void Nullable_forms_keep_null_and_pseudonymize_values()
    {
        var guid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        Assert.Null(Pseudonymization.Pseudonymize((string?)null, PinnedKey));
        Assert.Null(Pseudonymization.Pseudonymize((Guid?)null, PinnedKey));
        Assert.Null(Pseudonymization.Pseudonymize((long?)null, PinnedKey));
        Assert.Equal(Pseudonymization.Pseudonymize(guid, PinnedKey), Pseudonymization.Pseudonymize((Guid?)guid, PinnedKey));
        Assert.Equal(Pseudonymization.Pseudonymize(42L, PinnedKey), Pseudonymization.Pseudonymize((long?)42L, PinnedKey));
    }

    [Fact]
    public void A_null_key_is_rejected_even_for_null_values()
    {
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize("x", null!));
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize((string?)null, null!));
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize(Guid.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize((Guid?)null, null!));
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize(1L, null!));
        Assert.Throws<ArgumentNullException>(() => Pseudonymization.Pseudonymize((long?)null, null!));
    }

    [Fact]
    public void String_pseudonym_allocates_only_the_result_and_value_pseudonyms_nothing()
    {
        const int Calls = 200;
        var resultSize = (24 + (2 * Pseudonymization.Pseudonymize("13812345678", PinnedKey).Length) + 7) & ~7L;
        Pseudonymization.Pseudonymize(Guid.Empty, PinnedKey);
        Pseudonymization.Pseudonymize(1L, PinnedKey);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var call = 0; call < Calls; call++)
        {
            Pseudonymization.Pseudonymize("13812345678", PinnedKey);
        }

        var stringPerCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var call = 0; call < Calls; call++)
        {
            Pseudonymization.Pseudonymize(Guid.Empty, PinnedKey);
            Pseudonymization.Pseudonymize((long)call, PinnedKey);
        }

        var valuePerCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;

        Assert.True(stringPerCall <= resultSize, $"{stringPerCall} bytes per call, the result takes {resultSize}");
        Assert.Equal(0, valuePerCall);
    }

    private static string Base64Url(byte[] bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
