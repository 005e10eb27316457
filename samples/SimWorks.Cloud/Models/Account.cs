using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

/// <summary>A registered user (policy §1.2(1): registration and login with a mobile phone number).</summary>
/// <remarks>
/// When the account is cancelled its data is deleted (policy §1.2(1)); the cancellation itself completes within fifteen
/// working days of the request (policy §5.6), so 21 calendar days after <see cref="CancelledAt"/> nothing is left.
/// Orders outlive the account in anonymized form under their own retention period.
/// </remarks>
[RetainFor(Days = 21, From = nameof(CancelledAt), Basis = "Privacy policy §1.2(1), §5.6", OnExpiry = ExpiryAction.Delete)]
public partial class Account
{
    /// <summary>The key for access, copy and deletion requests (policy §5).</summary>
    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Account }), DataSubjectId, Anonymize(AnonymizeStrategy.Pseudonymize)]
    public Guid Id { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { Purpose.Account, Purpose.Notification })]
    public required string Mobile { get; set; }

    [PersonalInfo(DataCategory.Account.Username, Purposes = new[] { Purpose.Account }), Mask(keepFirst: 2, keepLast: 0)]
    public required string Username { get; set; }

    [PersonalInfo(DataCategory.Account.All, Purposes = new[] { Purpose.Account }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
    public DateTime RegisteredAt { get; set; }

    /// <summary>When the user cancelled the account; <c>null</c> while it is in use, so retention has not started.</summary>
    public DateTime? CancelledAt { get; set; }

    public List<Order> Orders { get; set; } = new();

    public List<DeviceInfo> Devices { get; set; } = new();

    public List<LoginLog> LoginLogs { get; set; } = new();

    public List<DownloadLog> DownloadLogs { get; set; } = new();

    public List<SmsNotification> SmsNotifications { get; set; } = new();
}
