using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

/// <summary>
/// One login as seen by usage analysis (policy §2(2)). Only its <c>Anonymize(key)</c> copy leaves the account system:
/// de-identified data the recipient cannot re-identify (policy §3.5, last paragraph).
/// The event itself is derived from a login log and kept no longer than the log (policy §4).
/// </summary>
[RetainFor(Months = 6, From = nameof(LoggedInAt), Basis = "Cybersecurity Law Art. 21", OnExpiry = ExpiryAction.Delete)]
public sealed partial record LoginAnalyticsEvent(
    [property: PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Analytics })]
    [property: Anonymize(AnonymizeStrategy.Pseudonymize)]
    Guid AccountId,
    [property: PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { Purpose.Analytics })]
    string Mobile,
    [property: PersonalInfo(DataCategory.Device.IpAddress, Purposes = new[] { Purpose.Analytics })]
    [property: Anonymize(AnonymizeStrategy.Generalize)]
    string IpAddress,
    [property: PersonalInfo(DataCategory.Behavior.LoginLog, Purposes = new[] { Purpose.Analytics })]
    [property: Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
    DateTime LoggedInAt,
    [property: PersonalInfo(DataCategory.Device.Model, Purposes = new[] { Purpose.Analytics })]
    [property: Anonymize(AnonymizeStrategy.Keep)]
    string DeviceModel,
    // A spending statistic derived from the orders for analysis, not the transaction record the E-Commerce Law keeps.
    [property: PersonalInfo(DataCategory.Behavior.All, Purposes = new[] { Purpose.Analytics })]
    [property: Anonymize(AnonymizeStrategy.Generalize, BucketSize = 100)]
    decimal TotalSpent);
