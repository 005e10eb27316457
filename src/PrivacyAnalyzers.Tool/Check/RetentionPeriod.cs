using System;
using System.Globalization;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Check;

/// <summary>A retention period of years, months and days, as [RetainFor] and the policy's ISO 8601 "minimum" give it.</summary>
public readonly record struct RetentionPeriod(int Years, int Months, int Days)
{
    // Longer than any representable expiry: such a period keeps data for good (the runtime cannot even date it).
    private const long ForeverInDays = 3_000_000;

    private static readonly Regex IsoPeriod = new(
        @"^P(?:(?<years>[0-9]+)Y)?(?:(?<months>[0-9]+)M)?(?:(?<days>[0-9]+)D)?\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static RetentionPeriod Of(RetentionEntry retention) => new(retention.Years, retention.Months, retention.Days);

    /// <summary>Reads an ISO 8601 period of years, months and days ("P3Y", "P6M", "P1Y6M15D"); null when it is not one.</summary>
    public static RetentionPeriod? Parse(string? text)
    {
        var match = text is null ? null : IsoPeriod.Match(text);
        if (match is null || !match.Success || text == "P")
        {
            return null;
        }

        return int.TryParse(Group(match, "years"), NumberStyles.None, CultureInfo.InvariantCulture, out var years)
            && int.TryParse(Group(match, "months"), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            && int.TryParse(Group(match, "days"), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                ? new RetentionPeriod(years, months, days)
                : null;

        static string Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value : "0";
    }

    /// <summary>
    /// True when, for some start date, this period ends before <paramref name="minimum"/> does. Periods are applied
    /// as the runtime applies [RetainFor]: years, then months (clamped to the month's last day), then days. Adding
    /// up days (years*365 + months*30 + days) is wrong at the edges: 365 days is shorter than a year in a leap year,
    /// 180 days shorter than six months. Instead:
    /// - a period at least as long in each of years, months and days is never shorter (each step is monotonic);
    /// - otherwise both are applied to every day of one 400-year Gregorian cycle, after which the calendar repeats,
    ///   so the answer is exact for every start date;
    /// - a period too long for any date (thousands of years) is kept for good, longer than any finite one.
    /// </summary>
    public bool IsShorterThan(RetentionPeriod minimum)
    {
        var period = NonNegative();
        minimum = minimum.NonNegative();
        if (period.Years >= minimum.Years && period.Months >= minimum.Months && period.Days >= minimum.Days)
        {
            return false;
        }

        if (period.IsForever || minimum.IsForever)
        {
            return !period.IsForever;
        }

        var cycleStart = new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var cycleEnd = cycleStart.AddYears(400);
        for (var start = cycleStart; start < cycleEnd; start = start.AddDays(1))
        {
            if (period.EndFrom(start) < minimum.EndFrom(start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The period as ISO 8601, e.g. "P3Y", "P1Y6M"; "P0D" when empty.</summary>
    public override string ToString()
    {
        var text = "P"
            + (Years != 0 ? Years.ToString(CultureInfo.InvariantCulture) + "Y" : "")
            + (Months != 0 ? Months.ToString(CultureInfo.InvariantCulture) + "M" : "")
            + (Days != 0 ? Days.ToString(CultureInfo.InvariantCulture) + "D" : "");
        return text == "P" ? "P0D" : text;
    }

    private bool IsForever => (long)Years * 366 + (long)Months * 31 + Days > ForeverInDays;

    // [RetainFor] periods are positive (PRIV102 reports others); a negative part never lengthens retention.
    private RetentionPeriod NonNegative() => new(Math.Max(0, Years), Math.Max(0, Months), Math.Max(0, Days));

    private DateTime EndFrom(DateTime start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);
}
