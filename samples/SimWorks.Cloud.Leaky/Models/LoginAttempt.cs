using PrivacyAnalyzers;

namespace SimWorks.Cloud.Leaky.Models;

/// <summary>
/// A login attempt as the security service sees it (policy §1.1(3)(a)). PRIV100: not partial, so it keeps the
/// compiler's ToString, which prints the mobile number and the IP address (PRIV005 where it is logged).
/// </summary>
[RetainFor(Months = 6, From = nameof(At), Basis = "Cybersecurity Law Art. 21")]
public record LoginAttempt(
    [property: PersonalInfo(DataCategory.Contact.PhoneNumber, Purposes = new[] { Purpose.Security })] string Mobile,
    [property: PersonalInfo(DataCategory.Device.IpAddress, Purposes = new[] { Purpose.Security })] string IpAddress,
    DateTime At);
