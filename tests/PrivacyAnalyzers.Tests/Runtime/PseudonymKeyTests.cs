using System.Reflection;
using System.Text;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class PseudonymKeyTests
{
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");

    [Theory]
    [InlineData("a")]
    [InlineData("v1")]
    [InlineData("key-2024_01.prod")]
    [InlineData("ABCxyz019")]
    public void Accepts_key_ids_of_letters_digits_dash_underscore_and_dot(string keyId)
    {
        Assert.Equal(keyId, new PseudonymKey(keyId, Secret).KeyId);
    }

    [Fact]
    public void Accepts_a_key_id_of_the_maximum_length()
    {
        var keyId = new string('k', PseudonymKey.MaximumKeyIdLength);

        Assert.Equal(keyId, new PseudonymKey(keyId, Secret).KeyId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("colon:id")]
    [InlineData("a/b")]
    [InlineData("ключ")]
    [InlineData("密钥")]
    [InlineData("v1\n")]
    public void Rejects_invalid_key_ids(string keyId)
    {
        var error = Assert.Throws<ArgumentException>(() => new PseudonymKey(keyId, Secret));

        Assert.Equal("keyId", error.ParamName);
    }

    [Fact]
    public void Rejects_a_key_id_that_is_too_long()
    {
        var keyId = new string('k', PseudonymKey.MaximumKeyIdLength + 1);

        var error = Assert.Throws<ArgumentException>(() => new PseudonymKey(keyId, Secret));

        Assert.Equal("keyId", error.ParamName);
        Assert.Contains("64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Equal("keyId", Assert.Throws<ArgumentNullException>(() => new PseudonymKey(null!, Secret)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new PseudonymKey("v1", null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(PseudonymKey.MinimumKeyLength - 1)]
    public void Rejects_short_keys(int length)
    {
        var key = Enumerable.Repeat((byte)0x5a, length).ToArray();

        var error = Assert.Throws<ArgumentException>(() => new PseudonymKey("v1", key));

        Assert.Equal("key", error.ParamName);
        Assert.Contains("16 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_key_of_the_minimum_length()
    {
        var key = Enumerable.Repeat((byte)0x5a, PseudonymKey.MinimumKeyLength).ToArray();

        Assert.Equal("v1", new PseudonymKey("v1", key).KeyId);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void Rejects_all_zero_keys(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => new PseudonymKey("v1", new byte[length]));

        Assert.Equal("key", error.ParamName);
        Assert.Contains("zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_the_key()
    {
        var secret = (byte[])Secret.Clone();
        var key = new PseudonymKey("v1", secret);
        var before = Pseudonymization.Pseudonymize("13812345678", key);

        Array.Clear(secret);

        Assert.Equal(before, Pseudonymization.Pseudonymize("13812345678", key));
    }

    [Fact]
    public void FromBase64_decodes_the_secret()
    {
        var fromBase64 = PseudonymKey.FromBase64("v1", Convert.ToBase64String(Secret));

        Assert.Equal("v1", fromBase64.KeyId);
        Assert.Equal(
            Pseudonymization.Pseudonymize("13812345678", new PseudonymKey("v1", Secret)),
            Pseudonymization.Pseudonymize("13812345678", fromBase64));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("abc")]
    public void FromBase64_rejects_text_that_is_not_base64(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => PseudonymKey.FromBase64("v1", text));

        Assert.Equal("base64Key", error.ParamName);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void FromBase64_validates_the_decoded_key_and_the_key_id()
    {
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => PseudonymKey.FromBase64("v1", Convert.ToBase64String(new byte[8]))).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => PseudonymKey.FromBase64("v1", Convert.ToBase64String(new byte[32]))).ParamName);
        Assert.Equal("keyId", Assert.Throws<ArgumentException>(() => PseudonymKey.FromBase64("bad id", Convert.ToBase64String(Secret))).ParamName);
        Assert.Equal("base64Key", Assert.Throws<ArgumentNullException>(() => PseudonymKey.FromBase64("v1", null!)).ParamName);
    }

    [Fact]
    public void ToString_shows_only_the_key_id()
    {
        var text = new PseudonymKey("v1", Secret).ToString();

        Assert.Equal("PseudonymKey(v1)", text);
        Assert.DoesNotContain(Encoding.ASCII.GetString(Secret), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Secret), text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_public_member_exposes_key_bytes()
    {
        var members = typeof(PseudonymKey).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);

        foreach (var member in members)
        {
            var type = member switch
            {
                PropertyInfo property => property.PropertyType,
                FieldInfo field => field.FieldType,
                MethodInfo method => method.ReturnType,
                _ => null,
            };
            Assert.False(
                type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) || type == typeof(Memory<byte>),
                $"{member.Name} exposes bytes");
        }
    }
}
