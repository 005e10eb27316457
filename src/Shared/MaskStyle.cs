#if PRIVACY_RUNTIME
namespace PrivacyAnalyzers
#else
namespace PrivacyAnalyzers.CodeModel
#endif
{
    /// <summary>How a value is desensitized for display by the generated <c>Mask()</c> and <c>ToString()</c>.</summary>
    /// <remarks>Every style fails closed: a value too short to keep anything is masked entirely, never returned as is.</remarks>
    public enum MaskStyle
    {
        /// <summary>The default style of the member's category; <see cref="Full"/> when the category has none.</summary>
        Default = 0,

        /// <summary>Fully redacted: a fixed-width mask that does not reveal the length.</summary>
        Full = 1,

        /// <summary>Mobile phone: first 3 and last 4 digits kept, <c>138****5678</c>.</summary>
        MobilePhone = 2,

        /// <summary>E-mail: first character of the local part and the domain kept, fixed-width mask, <c>a***@example.com</c>.</summary>
        Email = 3,

        /// <summary>Person name: first character kept, one mask character per remaining character, <c>张*</c>.</summary>
        ChineseName = 4,

        /// <summary>National ID: at most the first 3 and last 4 characters kept.</summary>
        NationalId = 5,

        /// <summary>Bank card or account number: last 4 digits kept.</summary>
        BankCard = 6,

        /// <summary>IPv4 address: last octet hidden, <c>192.168.1.*</c>. Anything that is not IPv4 is fully redacted.</summary>
        IPv4 = 7,

        /// <summary>Order number: last 4 characters kept.</summary>
        OrderNumber = 8,

        /// <summary>Keep-first / keep-last form given by <c>[Mask(keepFirst, keepLast)]</c>.</summary>
        Custom = 9,

        /// <summary>Shown as is. For data whose display is itself the service (an order amount on the user's own bill).</summary>
        None = 10,
    }
}
