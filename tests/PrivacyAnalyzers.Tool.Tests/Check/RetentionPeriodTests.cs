using PrivacyAnalyzers.Tool.Check;
using Xunit;

namespace PrivacyAnalyzers.Tool.Tests.Check;

public sealed class RetentionPeriodTests
{
    [Theory]
    [InlineData("P3Y", 3, 0, 0)]
    [InlineData("P6M", 0, 6, 0)]
    [InlineData("P30D", 0, 0, 30)]
    [InlineData("P1Y6M15D", 1, 6, 15)]
    [InlineData("P0D", 0, 0, 0)]
    [InlineData("P2Y10D", 2, 0, 10)]
    public void ParsesIsoPeriodsOfYearsMonthsAndDays(string text, int years, int months, int days)
    {
        Assert.Equal(new RetentionPeriod(years, months, days), RetentionPeriod.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("3Y")]
    [InlineData("P-1Y")]
    [InlineData("P1W")]
    [InlineData("PT12H")]
    [InlineData("P1D2Y")]
    [InlineData("P1Y1Y")]
    [InlineData("p3y")]
    [InlineData(" P3Y")]
    [InlineData("P3Y\n")]
    [InlineData("P99999999999Y")]
    public void RejectsWhatIsNotAPeriodOfYearsMonthsAndDays(string? text)
    {
        Assert.Null(RetentionPeriod.Parse(text));
    }

    [Theory]
    // Equal periods, and periods at least as long in every part, are never shorter.
    [InlineData(3, 0, 0, 3, 0, 0, false)]
    [InlineData(3, 1, 0, 3, 0, 0, false)]
    [InlineData(0, 36, 0, 3, 0, 0, false)]
    [InlineData(1, 0, 0, 0, 12, 0, false)]
    // A year is 365 or 366 days: 365 days falls short in leap years, 366 never does.
    [InlineData(0, 0, 365, 1, 0, 0, true)]
    [InlineData(0, 0, 366, 1, 0, 0, false)]
    // Six months are 181 to 184 days.
    [InlineData(0, 0, 180, 0, 6, 0, true)]
    [InlineData(0, 0, 183, 0, 6, 0, true)]
    [InlineData(0, 0, 184, 0, 6, 0, false)]
    // A month is 28 to 31 days.
    [InlineData(0, 1, 0, 0, 0, 29, true)]
    [InlineData(0, 1, 0, 0, 0, 28, false)]
    [InlineData(0, 0, 31, 0, 1, 0, false)]
    // Three years are 1095 or 1096 days.
    [InlineData(0, 0, 1096, 3, 0, 0, false)]
    [InlineData(0, 0, 1095, 3, 0, 0, true)]
    [InlineData(2, 11, 30, 3, 0, 0, true)]
    [InlineData(2, 0, 0, 3, 0, 0, true)]
    // Years first, then months: from 29 February, 1 year 1 month ends a day before 13 months.
    [InlineData(1, 1, 0, 0, 13, 0, true)]
    [InlineData(0, 13, 0, 1, 1, 0, false)]
    // Longer than any date can express: kept for good.
    [InlineData(9000, 0, 0, 100, 0, 0, false)]
    [InlineData(100, 0, 0, 9000, 0, 0, true)]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, 0, 0, false)]
    // Negative parts (an invalid [RetainFor]) count as zero.
    [InlineData(-1, 0, 0, 0, 0, 1, true)]
    [InlineData(0, 0, 1, -5, 0, 0, false)]
    public void ComparesPeriodsForEveryStartDate(int years, int months, int days, int minYears, int minMonths, int minDays, bool shorter)
    {
        var period = new RetentionPeriod(years, months, days);
        var minimum = new RetentionPeriod(minYears, minMonths, minDays);

        Assert.Equal(shorter, period.IsShorterThan(minimum));
    }

    [Theory]
    [InlineData(3, 0, 0, "P3Y")]
    [InlineData(1, 6, 0, "P1Y6M")]
    [InlineData(0, 0, 180, "P180D")]
    [InlineData(0, 0, 0, "P0D")]
    public void WritesIso8601(int years, int months, int days, string expected)
    {
        Assert.Equal(expected, new RetentionPeriod(years, months, days).ToString());
    }
}
