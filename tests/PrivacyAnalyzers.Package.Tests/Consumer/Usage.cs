using System.Globalization;
using PrivacyAnalyzers;

namespace Consumer
{
    /// <summary>Calls every kind of generated member, so that both target frameworks compile against them.</summary>
    public static class Usage
    {
        public static string Describe(Order order, Customer customer, PseudonymKey key)
        {
            var expiry = order.GetRetentionExpiry();
            var anonymousCustomer = customer.Anonymize(key);
            return "Order.ToString: " + order + "\n"
                + "Order.Mask: " + order.Mask().Mobile + "\n"
                + "Order.Anonymize: " + order.Anonymize(key).Mobile + "\n"
                + "Order.Export: " + PersonalDataJson.Serialize(order) + "\n"
                + "Order.Expiry: " + (expiry.HasValue ? expiry.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none") + "\n"
                + "Order.Retention: " + Order.PrivacyRetention.Basis + "\n"
                + "Customer.ToString: " + customer + "\n"
                + "Customer.Mask: " + customer.Mask().Email + "\n"
                + "Customer.Anonymize: " + anonymousCustomer.Email + " " + anonymousCustomer.LastIp + " " + anonymousCustomer.Name.Length + "\n"
                + "Customer.Export: " + PersonalDataJson.Serialize(customer);
        }
    }
}
