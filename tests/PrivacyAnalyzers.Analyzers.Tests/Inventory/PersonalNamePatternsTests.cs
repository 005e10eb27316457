using System.Collections.Immutable;
using System.Reflection;
using PrivacyAnalyzers.Analyzers.Inventory;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

public class PersonalNamePatternsTests
{
    [Fact]
    public void Every_row_suggests_a_key_the_runtime_declares_as_a_DataCategory_constant()
    {
        var constants = Constants(typeof(DataCategory)).ToHashSet(StringComparer.Ordinal);

        Assert.All(PersonalNamePatterns.Rows, row => Assert.Contains(row.Category, constants));
    }

    [Fact]
    public void Every_row_is_lower_case_words_and_appears_once()
    {
        Assert.All(PersonalNamePatterns.Rows, row => Assert.Matches("^[a-z0-9]+( [a-z0-9]+)*$", row.Words));
        Assert.Equal(PersonalNamePatterns.Rows.Length, PersonalNamePatterns.Rows.Select(row => row.Words).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("bank card number", "user.financial.bank_account")]
    [InlineData("home address city", "user.contact.address.city")]
    [InlineData("customer email address", "user.contact.email")]
    [InlineData("client ip address", "user.device.ip_address")]
    [InlineData("mobile phone number", "user.contact.phone_number")]
    [InlineData("national id", "user.government_id.national_identification_number")]
    public void The_longest_then_rightmost_match_wins(string words, string category)
    {
        Assert.Equal(category, PersonalNamePatterns.InferCategory(ImmutableArray.Create(words.Split(' '))));
    }

    [Theory]
    [InlineData("city id")]
    [InlineData("email template id")]
    [InlineData("hotel")]
    public void Metadata_and_partial_words_suggest_nothing(string words)
    {
        Assert.Null(PersonalNamePatterns.InferCategory(ImmutableArray.Create(words.Split(' '))));
    }

    private static IEnumerable<string> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Concat(type.GetNestedTypes().SelectMany(Constants));
}
