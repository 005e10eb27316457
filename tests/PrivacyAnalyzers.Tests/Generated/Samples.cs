namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Populated models whose raw personal values the tests look for in generated output.</summary>
internal static class Samples
{
    public const string Name = "张三丰";
    public const string Mobile = "13812345678";
    public const string Email = "alice@example.com";
    public const string NationalId = "110101199003071234";
    public const string BankCard = "6222021234567890";
    public const string Ip = "192.168.1.23";
    public const string Order = "SO202311250001";
    public const string Cookie = "abcdefghij";
    public const string Username = "alice_w";
    public const string Street = "1 Secret Lane";
    public const string City = "Hangzhou";
    public static readonly Guid SubjectId = new("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static readonly DateTime BirthDate = new(1990, 3, 7, 0, 0, 0, DateTimeKind.Utc);

    public static readonly string[] RawValues = { Name, Mobile, Email, NationalId, BankCard, Ip, Order, Cookie, Username, Street, "13900001111", "how to hide", "1990" };

    public static Customer Customer() => new()
    {
        Id = 7,
        Name = Name,
        Mobile = Mobile,
        Email = Email,
        NationalId = NationalId,
        BankCard = BankCard,
        LastIp = Ip,
        LastOrder = Order,
        Cookie = Cookie,
        Username = Username,
        Theme = "dark",
        BirthDate = BirthDate,
        Age = 37,
        Score = 1234,
        SubjectId = SubjectId,
        Balance = 99.5m,
        Gender = Generated.Gender.Female,
        Verified = true,
        Home = new Address { City = City, Street = Street },
        Addresses = { new Address { City = City, Street = Street }, new Address { City = "Beijing", Street = "2 Hidden Road" } },
        Phones = { Mobile, "13900001111" },
        Searches = new[] { "how to hide", "cheap flights" },
    };

    public static PseudonymKey Key(string id, byte fill) => new(id, Enumerable.Repeat(fill, 32).ToArray());

    public static void AssertNoRawValue(string text)
    {
        foreach (var raw in RawValues)
        {
            Assert.DoesNotContain(raw, text);
        }
    }
}
