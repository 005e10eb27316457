using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class RetentionPolicyTests
{
    [Theory]
    [InlineData(-1, 0, 0, "years")]
    [InlineData(0, -1, 0, "months")]
    [InlineData(0, 0, -1, "days")]
    [InlineData(-1, 1, 1, "years")]
    [InlineData(0, 0, 0, "days")]
    public void Constructor_rejects_negative_or_all_zero_counts(int years, int months, int days, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPolicy(years, months, days, null, ExpiryAction.Delete, null));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var policy = new RetentionPolicy(3, 2, 1, "E-Commerce Law Art. 31", ExpiryAction.Anonymize, "CompletedAt");

        Assert.Equal(3, policy.Years);
        Assert.Equal(2, policy.Months);
        Assert.Equal(1, policy.Days);
        Assert.Equal("E-Commerce Law Art. 31", policy.Basis);
        Assert.Equal(ExpiryAction.Anonymize, policy.OnExpiry);
        Assert.Equal("CompletedAt", policy.FromMember);
    }

    [Theory]
    [InlineData("2024-02-29", 1, 0, 0, "2025-02-28")]
    [InlineData("2024-02-29", 4, 0, 0, "2028-02-29")]
    [InlineData("2024-01-31", 0, 1, 0, "2024-02-29")]
    [InlineData("2023-01-31", 0, 1, 0, "2023-02-28")]
    [InlineData("2023-08-31", 0, 1, 0, "2023-09-30")]
    [InlineData("2023-12-31", 0, 0, 1, "2024-01-01")]
    [InlineData("2023-01-30", 0, 1, 2, "2023-03-02")]
    [InlineData("2023-02-28", 1, 0, 1, "2024-02-29")]
    [InlineData("2023-11-25", 3, 0, 0, "2026-11-25")]
    [InlineData("2023-03-31", 0, 6, 0, "2023-09-30")]
    [InlineData("2023-01-01", 0, 0, 180, "2023-06-30")]
    public void ExpiryFrom_adds_years_then_months_then_days(string start, int years, int months, int days, string expected)
    {
        var policy = new RetentionPolicy(years, months, days, null, ExpiryAction.Delete, null);
        var offset = TimeSpan.FromHours(8);
        var startAt = new DateTimeOffset(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddHours(9.5), offset);

        var expiry = policy.ExpiryFrom(startAt);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).AddHours(9.5), offset), expiry);
        Assert.Equal(offset, expiry.Offset);
    }

    [Fact]
    public void ExpiryFrom_takes_an_unspecified_DateTime_as_UTC()
    {
        var policy = new RetentionPolicy(1, 0, 0, null, ExpiryAction.Delete, null);

        var expiry = policy.ExpiryFrom(new DateTime(2024, 2, 29, 10, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 10, 0, 0, TimeSpan.Zero), expiry);
        Assert.Equal(TimeSpan.Zero, expiry.Offset);
    }

    [Fact]
    public void ExpiryFrom_keeps_UTC_and_local_DateTime_instants()
    {
        var policy = new RetentionPolicy(0, 0, 10, null, ExpiryAction.Delete, null);
        var utc = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var local = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Local);

        Assert.Equal(new DateTimeOffset(2024, 3, 11, 10, 0, 0, TimeSpan.Zero), policy.ExpiryFrom(utc));
        Assert.Equal(new DateTimeOffset(local).AddDays(10), policy.ExpiryFrom(local));
    }

    [Fact]
    public void ExpiryFrom_clamps_past_the_end_of_time()
    {
        var policy = new RetentionPolicy(10, 0, 0, null, ExpiryAction.Delete, null);

        Assert.Equal(DateTimeOffset.MaxValue, policy.ExpiryFrom(new DateTimeOffset(9995, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2025-03-31", 0, 1, 0, "2025-02-28")]
    [InlineData("2025-02-28", 1, 0, 0, "2024-02-28")]
    [InlineData("2024-02-29", 1, 0, 0, "2023-02-28")]
    [InlineData("2025-05-03", 1, 2, 3, "2024-02-28")]
    [InlineData("2026-11-25", 3, 0, 0, "2023-11-25")]
    [InlineData("2024-01-01", 0, 0, 1, "2023-12-31")]
    public void Cutoff_subtracts_days_then_months_then_years(string now, int years, int months, int days, string expected)
    {
        var policy = new RetentionPolicy(years, months, days, null, ExpiryAction.Delete, null);
        var nowAt = new DateTimeOffset(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero), policy.Cutoff(nowAt));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, 2, 3)]
    [InlineData(0, 0, 30)]
    [InlineData(0, 13, 1)]
    public void Every_start_before_the_cutoff_has_expired(int years, int months, int days)
    {
        var policy = new RetentionPolicy(years, months, days, null, ExpiryAction.Delete, null);
        var now = new DateTimeOffset(2023, 1, 1, 12, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 3 * 366; day++, now = now.AddDays(1))
        {
            var cutoff = policy.Cutoff(now);

            Assert.True(policy.ExpiryFrom(cutoff) <= now, $"{policy} cut off at {cutoff:O} for {now:O}");
            Assert.True(policy.ExpiryFrom(cutoff.AddDays(-1)) <= now);
        }
    }

    [Fact]
    public void Cutoff_clamps_before_the_start_of_time()
    {
        var policy = new RetentionPolicy(5, 0, 0, null, ExpiryAction.Delete, null);

        Assert.Equal(DateTimeOffset.MinValue, policy.Cutoff(new DateTimeOffset(3, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void CutoffUtc_returns_a_UTC_DateTime()
    {
        var policy = new RetentionPolicy(0, 6, 0, null, ExpiryAction.Delete, null);

        var fromUtc = policy.CutoffUtc(new DateTime(2024, 8, 31, 8, 0, 0, DateTimeKind.Utc));
        var fromUnspecified = policy.CutoffUtc(new DateTime(2024, 8, 31, 8, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTime(2024, 2, 29, 8, 0, 0, DateTimeKind.Utc), fromUtc);
        Assert.Equal(DateTimeKind.Utc, fromUtc.Kind);
        Assert.Equal(fromUtc, fromUnspecified);
        Assert.Equal(DateTimeKind.Utc, fromUnspecified.Kind);
    }

    [Theory]
    [InlineData(3, 0, 0, "3 years")]
    [InlineData(1, 0, 0, "1 year")]
    [InlineData(0, 6, 0, "6 months")]
    [InlineData(0, 1, 0, "1 month")]
    [InlineData(0, 0, 1, "1 day")]
    [InlineData(0, 0, 30, "30 days")]
    [InlineData(1, 2, 3, "1 year 2 months 3 days")]
    [InlineData(1, 0, 1, "1 year 1 day")]
    public void ToString_reads_as_a_period(int years, int months, int days, string expected)
    {
        Assert.Equal(expected, new RetentionPolicy(years, months, days, null, ExpiryAction.Delete, null).ToString());
    }
}
