using System.Text.Json;
using PrivacyAnalyzers;
using SimWorks.Cloud.Models;

namespace SimWorks.Cloud.Partners;

/// <summary>
/// The data-statistics partners of policy §3.1(1) and §3.1(5). privacy.json approves no personal information for
/// them, so only anonymized events may be published (PRIV002 reports anything else).
/// </summary>
[ThirdParty("Advertising partners")]
public interface IAnalyticsPartners
{
    void Publish(LoginAnalyticsEvent analyticsEvent);
}

/// <summary>Stands in for the partners' API: prints what they would receive.</summary>
public sealed class ConsoleAnalyticsPartners : IAnalyticsPartners
{
    public void Publish(LoginAnalyticsEvent analyticsEvent) =>
        Console.WriteLine($"Sent to analytics: {JsonSerializer.Serialize(analyticsEvent)}");
}
