using PrivacyAnalyzers;

namespace SimWorks.Cloud.Leaky.Models;

/// <summary>A VAT invoice for a recharge (policy §3.4, "SMS notification of successful user invoicing").</summary>
[RetainFor(Basis = "Tax collection rules")] // PRIV102 (an error, lowered to a warning here): no period.
public partial class Invoice
{
    // PRIV101: a mask that keeps the last four digits does nothing on a number.
    [PersonalInfo(DataCategory.Financial.BankAccount), Mask(0, 4)]
    public long BankAccountNumber { get; set; }

    // PRIV105: the category key is misspelled.
    [PersonalInfo("user.contact.phonenumber")]
    public string ContactPhone { get; set; } = "";

    // PRIV106: a date cannot be pseudonymized.
    [PersonalInfo(DataCategory.Transaction.All), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public DateTime IssuedAt { get; set; }
}
