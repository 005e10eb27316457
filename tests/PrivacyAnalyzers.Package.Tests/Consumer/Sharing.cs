using PrivacyAnalyzers;

namespace Consumer
{
    // The recipient as privacy.json declares it: order number, product and amount for payment.
    [ThirdParty("WeChat Pay")]
    public interface IWeChatPay
    {
        void Pay(string orderNumber);

        void Remind(string mobile);
    }

    // A recipient privacy.json does not declare (PRIV205).
    [ThirdParty("Acme Ads")]
    public interface IAcmeAds
    {
        void Track(string orderNumber);
    }

    public static class Sharing
    {
        public static void Checkout(Order order, IWeChatPay weChatPay)
        {
            // Approved for WeChat Pay.
            weChatPay.Pay(order.OrderNumber);

            // The mobile number is not approved for WeChat Pay (PRIV002).
            weChatPay.Remind(order.Mobile);
        }
    }
}
