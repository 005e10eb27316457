using PrivacyAnalyzers;
using SimWorks.Cloud.Leaky.Models;

namespace SimWorks.Cloud.Leaky.Services;

/// <summary>Resource recommendations (policy §2(3)).</summary>
public sealed class Recommendations
{
    [Purpose(Purpose.Recommendation)]
    public string CarrierSegment(Account account) =>
        // PRIV008: the mobile number was collected for the account and notifications, not for recommendations.
        account.Mobile.StartsWith("139", StringComparison.Ordinal) ? "China Mobile" : "other carriers";

    // PRIV206: 'marketing' is not a purpose of the policy.
    [Purpose("marketing")]
    public bool IsReachable(Account account) => account.CancelledAt is null;
}
