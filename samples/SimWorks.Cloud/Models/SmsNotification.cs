using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

/// <summary>
/// An SMS sent by the entrusted SMS service provider (policy §3.5: the mobile phone number is the only information
/// entrusted), e.g. the notification of successful invoicing (policy §3.4).
/// Kept six months from sending, as the network logs of the delivery it records (policy §4), then deleted.
/// </summary>
[RetainFor(Months = 6, From = nameof(SentAt), Basis = "Cybersecurity Law Art. 21", OnExpiry = ExpiryAction.Delete)]
public partial class SmsNotification
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Notification })]
    public Guid AccountId { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { Purpose.Notification })]
    public required string Mobile { get; set; }

    /// <summary>The provider's template code; holds no personal information.</summary>
    public required string Template { get; set; }

    public DateTime SentAt { get; set; }
}
