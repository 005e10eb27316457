using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Tests.Runtime;

public class GeneralizeTests
{
    [Theory]
    [InlineData(Generalization.Year, 1)]
    [InlineData(Generalization.Month, 7)]
    [InlineData(Generalization.Auto, 7)]
    public void Date_goes_to_the_start_of_the_year_or_month_keeping_the_kind(Generalization to, int expectedMonth)
    {
        foreach (var kind in new[] { DateTimeKind.Utc, DateTimeKind.Local, DateTimeKind.Unspecified })
        {
            var value = new DateTime(2023, 7, 15, 13, 45, 10, 123, kind);

            var generalized = Generalize.Date(value, to);

            Assert.Equal(new DateTime(2023, expectedMonth, 1, 0, 0, 0, kind), generalized);
            Assert.Equal(kind, generalized.Kind);
        }
    }

    [Theory]
    [InlineData(Generalization.Year, 1)]
    [InlineData(Generalization.Month, 2)]
    [InlineData(Generalization.Auto, 2)]
    public void DateTimeOffset_goes_to_the_start_of_the_year_or_month_keeping_the_offset(Generalization to, int expectedMonth)
    {
        var offset = TimeSpan.FromHours(8);
        var value = new DateTimeOffset(2024, 2, 29, 23, 59, 59, offset);

        var generalized = Generalize.Date(value, to);

        Assert.Equal(new DateTimeOffset(2024, expectedMonth, 1, 0, 0, 0, offset), generalized);
        Assert.Equal(offset, generalized.Offset);
    }

    [Fact]
    public void Nullable_dates_keep_null()
    {
        Assert.Null(Generalize.Date((DateTime?)null, Generalization.Year));
        Assert.Null(Generalize.Date((DateTimeOffset?)null, Generalization.Month));
        Assert.Equal(new DateTime(2023, 1, 1), Generalize.Date((DateTime?)new DateTime(2023, 5, 6), Generalization.Year));
        Assert.Equal(
            new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Generalize.Date((DateTimeOffset?)new DateTimeOffset(2023, 5, 6, 1, 2, 3, TimeSpan.Zero), Generalization.Month));
    }

    [Theory]
    [InlineData(Generalization.Bucket)]
    [InlineData(Generalization.IPv4Network)]
    [InlineData((Generalization)99)]
    public void Date_rejects_generalizations_that_are_not_for_dates(Generalization to)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Date(new DateTime(2023, 5, 6), to));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Date(DateTimeOffset.UnixEpoch, to));
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(9, 10, 0)]
    [InlineData(10, 10, 10)]
    [InlineData(37, 5, 35)]
    [InlineData(-1, 10, -10)]
    [InlineData(-10, 10, -10)]
    [InlineData(-11, 10, -20)]
    [InlineData(7, 1, 7)]
    [InlineData(7, 2.5, 5)]
    [InlineData(-1, 2.5, -3)]
    [InlineData(int.MaxValue, 10, 2147483640)]
    [InlineData(int.MinValue, 10, int.MinValue)]
    [InlineData(int.MinValue, 1e12, int.MinValue)]
    [InlineData(5, 1e12, 0)]
    public void Int_bucket_is_the_floored_lower_bound(int value, double size, int expected)
    {
        Assert.Equal(expected, Generalize.Bucket(value, size));
        Assert.Equal(expected, Generalize.Bucket((int?)value, size));
    }

    [Theory]
    [InlineData(0L, 10, 0L)]
    [InlineData(-1L, 10, -10L)]
    [InlineData(123456789012L, 1000, 123456789000L)]
    [InlineData(-123456789012L, 1000, -123456790000L)]
    [InlineData(long.MaxValue, 10, 9223372036854775800L)]
    [InlineData(long.MinValue, 10, long.MinValue)]
    [InlineData(long.MinValue, 2, long.MinValue)]
    [InlineData(5L, 1e19, 0L)]
    [InlineData(-5L, 1e19, long.MinValue)]
    [InlineData(7L, 2.5, 5L)]
    public void Long_bucket_is_the_floored_lower_bound(long value, double size, long expected)
    {
        Assert.Equal(expected, Generalize.Bucket(value, size));
        Assert.Equal(expected, Generalize.Bucket((long?)value, size));
    }

    [Theory]
    [InlineData("12.34", 0.1, "12.3")]
    [InlineData("0.3", 0.1, "0.3")]
    [InlineData("-0.05", 0.1, "-0.1")]
    [InlineData("1234.5678", 100, "1200")]
    [InlineData("-1", 10, "-10")]
    [InlineData("-10", 10, "-10")]
    [InlineData("99.99", 0.25, "99.75")]
    [InlineData("79228162514264337593543950335", 10, "79228162514264337593543950330")]
    [InlineData("-79228162514264337593543950335", 10, "-79228162514264337593543950335")]
    [InlineData("5", 1e30, "0")]
    [InlineData("-5", 1e30, "-79228162514264337593543950335")]
    public void Decimal_bucket_is_exact(string value, double size, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var expectedNumber = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expectedNumber, Generalize.Bucket(number, size));
        Assert.Equal(expectedNumber, Generalize.Bucket((decimal?)number, size));
    }

    [Fact]
    public void Decimal_bucket_rejects_sizes_below_decimal_precision()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket(1m, 1e-30));
    }

    [Theory]
    [InlineData(-1, 10, -10)]
    [InlineData(12.5, 5, 10)]
    [InlineData(0.75, 0.25, 0.75)]
    [InlineData(-0.1, 0.25, -0.25)]
    public void Double_bucket_is_the_floored_lower_bound(double value, double size, double expected)
    {
        Assert.Equal(expected, Generalize.Bucket(value, size), 10);
        Assert.Equal(expected, Generalize.Bucket((double?)value, size)!.Value, 10);
    }

    [Fact]
    public void Double_bucket_keeps_NaN_and_infinities()
    {
        Assert.True(double.IsNaN(Generalize.Bucket(double.NaN, 10)));
        Assert.Equal(double.PositiveInfinity, Generalize.Bucket(double.PositiveInfinity, 10));
        Assert.Equal(double.NegativeInfinity, Generalize.Bucket(double.NegativeInfinity, 10));
    }

    [Fact]
    public void Nullable_buckets_keep_null()
    {
        Assert.Null(Generalize.Bucket((int?)null, 10));
        Assert.Null(Generalize.Bucket((long?)null, 10));
        Assert.Null(Generalize.Bucket((decimal?)null, 10));
        Assert.Null(Generalize.Bucket((double?)null, 10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Bucket_rejects_sizes_that_are_not_positive_and_finite(double size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket(1, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket(1L, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket(1m, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket(1.0, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket((int?)null, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket((long?)null, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket((decimal?)null, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generalize.Bucket((double?)null, size));
    }

    [Theory]
    [InlineData("192.168.1.23", "192.168.1.0/24")]
    [InlineData("10.0.0.255", "10.0.0.0/24")]
    [InlineData("0.0.0.0", "0.0.0.0/24")]
    [InlineData("255.255.255.255", "255.255.255.0/24")]
    public void IPv4Network_keeps_the_24_bit_network(string value, string expected)
    {
        Assert.Equal(expected, Generalize.IPv4Network(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("256.1.1.1")]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("::1")]
    [InlineData("192.168.1.0/24")]
    [InlineData("example.com")]
    public void IPv4Network_redacts_anything_else(string value)
    {
        Assert.Equal(Masking.Redacted, Generalize.IPv4Network(value));
    }

    [Fact]
    public void IPv4Network_keeps_null()
    {
        Assert.Null(Generalize.IPv4Network(null));
    }
}
