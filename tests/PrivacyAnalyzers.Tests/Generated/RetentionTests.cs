namespace PrivacyAnalyzers.Tests.Generated;

/// <summary>Generated PrivacyRetention and GetRetentionExpiry.</summary>
public class RetentionTests
{
    [Fact]
    public void Policy_carries_period_basis_action_and_start_member()
    {
        Assert.Equal(3, Order.PrivacyRetention.Years);
        Assert.Equal(0, Order.PrivacyRetention.Months);
        Assert.Equal("E-Commerce Law Art. 31", Order.PrivacyRetention.Basis);
        Assert.Equal(ExpiryAction.Delete, Order.PrivacyRetention.OnExpiry);
        Assert.Equal("CompletedAt", Order.PrivacyRetention.FromMember);

        Assert.Equal(30, LoginRecord.PrivacyRetention.Days);
        Assert.Equal(ExpiryAction.Anonymize, LoginRecord.PrivacyRetention.OnExpiry);
        Assert.Equal("Cybersecurity Law Art. 21", LoginRecord.PrivacyRetention.Basis);
    }

    [Fact]
    public void Expiry_is_the_start_plus_the_period()
    {
        var completed = new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.FromHours(8));
        var order = new Order("SO1", "13812345678", completed);

        Assert.Equal(completed.AddYears(3), order.GetRetentionExpiry());
        Assert.Equal(Order.PrivacyRetention.ExpiryFrom(completed), order.GetRetentionExpiry());
    }

    [Fact]
    public void Expiry_from_a_nullable_date_is_null_until_it_has_a_value()
    {
        var record = new LoginRecord { Ip = "10.0.0.1" };
        Assert.Null(record.GetRetentionExpiry());

        record.LoggedInAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero), record.GetRetentionExpiry());
    }

    [Fact]
    public void Retained_types_implement_IRetainedData()
    {
        IRetainedData data = new Order("SO1", "1", DateTimeOffset.UnixEpoch);

        Assert.Equal(DateTimeOffset.UnixEpoch.AddYears(3), data.GetRetentionExpiry());
    }
}
