using PrivacyAnalyzers;

namespace SimWorks.Cloud.Models;

public enum PaymentStatus
{
    Pending,
    Paid,
    Refunded,
}

/// <summary>
/// A recharge or purchase paid through WeChat Pay or Alipay (policy §1.2(3)). Transaction records are kept at least
/// three years from completion (policy §4); after that they stay only as de-identified figures for statistics.
/// </summary>
[RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31", OnExpiry = ExpiryAction.Anonymize, LegalMinimum = true, Covers = new[] { nameof(OrderNumber), nameof(Product), nameof(Amount), nameof(Status), nameof(CompletedAt) })]
public partial class Order
{
    public long Id { get; set; }

    /// <summary>The owner; anonymization unlinks the order from the person.</summary>
    [PersonalInfo(DataCategory.UniqueId, Purposes = new[] { Purpose.Payment })]
    public Guid? AccountId { get; set; }

    [PersonalInfo(DataCategory.Transaction.OrderNumber, Purposes = new[] { Purpose.Payment }), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public required string OrderNumber { get; set; }

    [PersonalInfo(DataCategory.Transaction.Product, Purposes = new[] { Purpose.Payment }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public required string Product { get; set; }

    /// <summary>Shown as is: the amount on the user's own bill is the service (policy §5.1(2)).</summary>
    [PersonalInfo(DataCategory.Transaction.Amount, Purposes = new[] { Purpose.Payment }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 100)]
    public decimal Amount { get; set; }

    [PersonalInfo(DataCategory.Transaction.PaymentStatus, Purposes = new[] { Purpose.Payment }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public PaymentStatus Status { get; set; }

    /// <summary>The payment agency the order number and amount are shared with (policy §1.2(3), §3.4).</summary>
    public required string PaymentChannel { get; set; }

    /// <summary>When the transaction completed; <c>null</c> while it is pending, so retention has not started.</summary>
    [PersonalInfo(DataCategory.Transaction.All, Purposes = new[] { Purpose.Payment }), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
    public DateTime? CompletedAt { get; set; }
}
