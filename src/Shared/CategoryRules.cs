using System;

#if PRIVACY_RUNTIME
namespace PrivacyAnalyzers
#else
namespace PrivacyAnalyzers.CodeModel
#endif
{
    /// <summary>Facts about data category keys that the runtime, the generator and the analyzers must agree on.</summary>
#if PRIVACY_RUNTIME
    internal
#else
    public
#endif
    static class CategoryRules
    {
        // Roots whose data is sensitive personal information whatever the attribute says.
        private static readonly string[] SensitiveRoots =
        {
            "user.government_id",
            "user.financial",
            "user.location.precise",
            "user.biometric",
            "user.childrens",
            "user.health_and_medical",
            "user.authorization",
        };

        /// <summary>True when <paramref name="parent"/> is <paramref name="category"/> or one of its ancestors.</summary>
        public static bool Covers(string parent, string category)
        {
            if (parent.Length == 0 || category.Length < parent.Length)
            {
                return false;
            }

            return category.StartsWith(parent, StringComparison.Ordinal)
                && (category.Length == parent.Length || category[parent.Length] == '.');
        }

        /// <summary>True for categories that are sensitive personal information by nature.</summary>
        public static bool IsInherentlySensitive(string category)
        {
            foreach (var root in SensitiveRoots)
            {
                if (Covers(root, category))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The display mask used when a member has no <c>[Mask]</c>.</summary>
        public static MaskStyle DefaultMaskStyle(string category)
        {
            if (Covers("user.contact.phone_number", category)) return MaskStyle.MobilePhone;
            if (Covers("user.contact.email", category)) return MaskStyle.Email;
            if (Covers("user.name", category)) return MaskStyle.ChineseName;
            if (Covers("user.government_id", category)) return MaskStyle.NationalId;
            if (Covers("user.financial.bank_account", category) || Covers("user.financial.credit_card", category)) return MaskStyle.BankCard;
            if (Covers("user.device.ip_address", category)) return MaskStyle.IPv4;
            if (Covers("user.behavior.purchase_history.order_number", category)) return MaskStyle.OrderNumber;
            return MaskStyle.Full;
        }
    }
}
