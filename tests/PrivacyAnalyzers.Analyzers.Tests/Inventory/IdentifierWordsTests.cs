using PrivacyAnalyzers.Analyzers.Inventory;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

public class IdentifierWordsTests
{
    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("user_mobile", "user mobile")]
    [InlineData("MobileNo", "mobile no")]
    [InlineData("customerEmail", "customer email")]
    [InlineData("AddressLine2", "address line 2")]
    [InlineData("_email", "email")]
    [InlineData("HTTPServer2FA", "http server 2 fa")]
    [InlineData("__", "")]
    public void Identifiers_split_into_lower_case_words(string identifier, string words)
    {
        Assert.Equal(words, string.Join(" ", IdentifierWords.Split(identifier)));
    }
}
