using PrivacyAnalyzers;

namespace SimWorks.Cloud.Leaky.Models;

/// <summary>A recharge paid through WeChat Pay or Alipay.</summary>
[RetainFor(Years = 3, From = "CompletedOn", Basis = "E-Commerce Law Art. 31")] // PRIV103 (an error, lowered to a warning here): no such member.
public partial class Order
{
    [PersonalInfo(DataCategory.Transaction.OrderNumber, Purposes = new[] { Purpose.Payment })]
    public string OrderNumber { get; set; } = "";

    [PersonalInfo(DataCategory.Transaction.Amount, Purposes = new[] { Purpose.Payment }), Mask(MaskStyle.None)]
    public decimal Amount { get; set; }

    public DateTime? CompletedAt { get; set; }
}
