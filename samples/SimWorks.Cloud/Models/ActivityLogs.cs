using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

/// <summary>A login, recorded for login security (policy §1.1(3)(a)); a network log kept at least six months (policy §4).</summary>
[RetainFor(Months = 6, From = nameof(LoggedInAt), Basis = "Cybersecurity Law Art. 21", LegalMinimum = true, Covers = new[] { nameof(IpAddress), nameof(LoggedInAt) })]
public partial class LoginLog
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Security })]
    public Guid? AccountId { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress, Purposes = new[] { Purpose.Security }), Anonymize(AnonymizeStrategy.Generalize)]
    public required string IpAddress { get; set; }

    [PersonalInfo(DataCategory.Behavior.LoginLog, Purposes = new[] { Purpose.Security }), Mask(MaskStyle.None)]
    public DateTime LoggedInAt { get; set; }
}

/// <summary>A download, recorded so that downloaded materials can be found again (policy §1.1(3)(b)); kept six months.</summary>
[RetainFor(Months = 6, From = nameof(DownloadedAt), Basis = "Cybersecurity Law Art. 21", LegalMinimum = true, Covers = new[] { nameof(IpAddress), nameof(Material), nameof(DownloadedAt) })]
public partial class DownloadLog
{
    public long Id { get; set; }

    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Downloads })]
    public Guid? AccountId { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress, Purposes = new[] { Purpose.Downloads }), Anonymize(AnonymizeStrategy.Generalize)]
    public required string IpAddress { get; set; }

    [PersonalInfo(DataCategory.Behavior.DownloadLog, Purposes = new[] { Purpose.Downloads }), Mask(MaskStyle.None)]
    public required string Material { get; set; }

    [PersonalInfo(DataCategory.Behavior.DownloadLog, Purposes = new[] { Purpose.Downloads }), Mask(MaskStyle.None)]
    public DateTime DownloadedAt { get; set; }
}
