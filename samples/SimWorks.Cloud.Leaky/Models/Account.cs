using PrivacyAnalyzers;

namespace SimWorks.Cloud.Leaky.Models;

/// <summary>A registered user, annotated correctly: the source of most leaks in the services.</summary>
[RetainFor(Days = 21, From = nameof(CancelledAt), Basis = "Privacy policy §1.2(1), §5.6")]
public partial class Account
{
    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Account }), DataSubjectId]
    public Guid Id { get; set; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { Purpose.Account, Purpose.Notification })]
    public string Mobile { get; set; } = "";

    [PersonalInfo(DataCategory.Account.Username, Purposes = new[] { Purpose.Account })]
    public string Username { get; set; } = "";

    public DateTime? CancelledAt { get; set; }
}
