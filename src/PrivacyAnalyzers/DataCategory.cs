namespace PrivacyAnalyzers
{
    /// <summary>
    /// Category keys for <see cref="PersonalInfoAttribute"/>. Keys follow the fideslang data category taxonomy;
    /// keys marked "PrivacyAnalyzers extension" are sub-keys fideslang lacks, placed under the fideslang parent
    /// they refine, so a policy that approves the parent approves them too.
    /// </summary>
    /// <remarks>The analyzers treat every constant declared here, plus <see cref="DataCategoryDefinitionAttribute"/> declarations, as known keys.</remarks>
    public static class DataCategory
    {
        /// <summary>Any personal information about a user.</summary>
        public const string User = "user";

        /// <summary>Account data.</summary>
        public static class Account
        {
            /// <summary><c>user.account</c></summary>
            public const string All = "user.account";
            /// <summary><c>user.account.username</c></summary>
            public const string Username = "user.account.username";
            /// <summary><c>user.account.settings</c></summary>
            public const string Settings = "user.account.settings";
        }

        /// <summary>Credentials.</summary>
        public static class Authorization
        {
            /// <summary><c>user.authorization</c></summary>
            public const string All = "user.authorization";
            /// <summary><c>user.authorization.credentials</c></summary>
            public const string Credentials = "user.authorization.credentials";
            /// <summary><c>user.authorization.password</c></summary>
            public const string Password = "user.authorization.password";
        }

        /// <summary>Contact data.</summary>
        public static class Contact
        {
            /// <summary><c>user.contact</c></summary>
            public const string All = "user.contact";
            /// <summary><c>user.contact.phone_number</c></summary>
            public const string PhoneNumber = "user.contact.phone_number";
            /// <summary><c>user.contact.email</c></summary>
            public const string Email = "user.contact.email";
            /// <summary><c>user.contact.address</c></summary>
            public const string Address = "user.contact.address";
            /// <summary><c>user.contact.address.street</c></summary>
            public const string Street = "user.contact.address.street";
            /// <summary><c>user.contact.address.city</c></summary>
            public const string City = "user.contact.address.city";
            /// <summary><c>user.contact.address.state</c></summary>
            public const string State = "user.contact.address.state";
            /// <summary><c>user.contact.address.postal_code</c></summary>
            public const string PostalCode = "user.contact.address.postal_code";
            /// <summary><c>user.contact.address.country</c></summary>
            public const string Country = "user.contact.address.country";
            /// <summary><c>user.contact.fax_number</c></summary>
            public const string FaxNumber = "user.contact.fax_number";
        }

        /// <summary>Names.</summary>
        public static class Name
        {
            /// <summary><c>user.name</c>: a full name.</summary>
            public const string All = "user.name";
            /// <summary><c>user.name.first</c></summary>
            public const string First = "user.name.first";
            /// <summary><c>user.name.last</c></summary>
            public const string Last = "user.name.last";
        }

        /// <summary>Device and network data.</summary>
        public static class Device
        {
            /// <summary><c>user.device</c></summary>
            public const string All = "user.device";
            /// <summary><c>user.device.device_id</c></summary>
            public const string DeviceId = "user.device.device_id";
            /// <summary><c>user.device.ip_address</c></summary>
            public const string IpAddress = "user.device.ip_address";
            /// <summary><c>user.device.cookie_id</c></summary>
            public const string CookieId = "user.device.cookie_id";
            /// <summary><c>user.device.telemetry</c></summary>
            public const string Telemetry = "user.device.telemetry";
            /// <summary><c>user.device.sim_serial_number</c> (ICCID). PrivacyAnalyzers extension.</summary>
            public const string SimSerialNumber = "user.device.sim_serial_number";
            /// <summary><c>user.device.mac_address</c>. PrivacyAnalyzers extension.</summary>
            public const string MacAddress = "user.device.mac_address";
            /// <summary><c>user.device.imei</c>. PrivacyAnalyzers extension.</summary>
            public const string Imei = "user.device.imei";
            /// <summary><c>user.device.imsi</c>. PrivacyAnalyzers extension.</summary>
            public const string Imsi = "user.device.imsi";
            /// <summary><c>user.device.wifi_list</c>: nearby Wi-Fi networks (SSID/BSSID). PrivacyAnalyzers extension.</summary>
            public const string WifiList = "user.device.wifi_list";
            /// <summary><c>user.device.name</c>. PrivacyAnalyzers extension.</summary>
            public const string Name = "user.device.name";
            /// <summary><c>user.device.model</c>. PrivacyAnalyzers extension.</summary>
            public const string Model = "user.device.model";
            /// <summary><c>user.device.os_version</c>. PrivacyAnalyzers extension.</summary>
            public const string OsVersion = "user.device.os_version";
        }

        /// <summary>Financial data. Sensitive.</summary>
        public static class Financial
        {
            /// <summary><c>user.financial</c></summary>
            public const string All = "user.financial";
            /// <summary><c>user.financial.bank_account</c></summary>
            public const string BankAccount = "user.financial.bank_account";
            /// <summary><c>user.financial.credit_card</c></summary>
            public const string CreditCard = "user.financial.credit_card";
        }

        /// <summary>Orders and transactions (fideslang <c>user.behavior.purchase_history</c>).</summary>
        public static class Transaction
        {
            /// <summary><c>user.behavior.purchase_history</c></summary>
            public const string All = "user.behavior.purchase_history";
            /// <summary><c>user.behavior.purchase_history.order_number</c>. PrivacyAnalyzers extension.</summary>
            public const string OrderNumber = "user.behavior.purchase_history.order_number";
            /// <summary><c>user.behavior.purchase_history.amount</c>: the transaction amount. PrivacyAnalyzers extension.</summary>
            public const string Amount = "user.behavior.purchase_history.amount";
            /// <summary><c>user.behavior.purchase_history.product</c>: product name, number, unit price. PrivacyAnalyzers extension.</summary>
            public const string Product = "user.behavior.purchase_history.product";
            /// <summary><c>user.behavior.purchase_history.payment_status</c>. PrivacyAnalyzers extension.</summary>
            public const string PaymentStatus = "user.behavior.purchase_history.payment_status";
        }

        /// <summary>Behavior and activity logs.</summary>
        public static class Behavior
        {
            /// <summary><c>user.behavior</c></summary>
            public const string All = "user.behavior";
            /// <summary><c>user.behavior.browsing_history</c></summary>
            public const string BrowsingHistory = "user.behavior.browsing_history";
            /// <summary><c>user.behavior.search_history</c></summary>
            public const string SearchHistory = "user.behavior.search_history";
            /// <summary><c>user.behavior.login_log</c>: login time, result and origin. PrivacyAnalyzers extension.</summary>
            public const string LoginLog = "user.behavior.login_log";
            /// <summary><c>user.behavior.download_log</c>. PrivacyAnalyzers extension.</summary>
            public const string DownloadLog = "user.behavior.download_log";
        }

        /// <summary>Government identifiers. Sensitive.</summary>
        public static class GovernmentId
        {
            /// <summary><c>user.government_id</c></summary>
            public const string All = "user.government_id";
            /// <summary><c>user.government_id.national_identification_number</c></summary>
            public const string NationalId = "user.government_id.national_identification_number";
            /// <summary><c>user.government_id.passport_number</c></summary>
            public const string Passport = "user.government_id.passport_number";
            /// <summary><c>user.government_id.drivers_license_number</c></summary>
            public const string DriversLicense = "user.government_id.drivers_license_number";
        }

        /// <summary>Location.</summary>
        public static class Location
        {
            /// <summary><c>user.location</c></summary>
            public const string All = "user.location";
            /// <summary><c>user.location.precise</c>. Sensitive.</summary>
            public const string Precise = "user.location.precise";
            /// <summary><c>user.location.imprecise</c></summary>
            public const string Imprecise = "user.location.imprecise";
        }

        /// <summary>Demographic data.</summary>
        public static class Demographic
        {
            /// <summary><c>user.demographic</c></summary>
            public const string All = "user.demographic";
            /// <summary><c>user.demographic.date_of_birth</c></summary>
            public const string DateOfBirth = "user.demographic.date_of_birth";
            /// <summary><c>user.demographic.gender</c></summary>
            public const string Gender = "user.demographic.gender";
            /// <summary><c>user.demographic.language</c></summary>
            public const string Language = "user.demographic.language";
        }

        /// <summary><c>user.biometric</c>. Sensitive.</summary>
        public const string Biometric = "user.biometric";

        /// <summary><c>user.health_and_medical</c>. Sensitive.</summary>
        public const string Health = "user.health_and_medical";

        /// <summary><c>user.childrens</c>: data about minors. Sensitive.</summary>
        public const string Children = "user.childrens";

        /// <summary><c>user.content</c>: content the user created.</summary>
        public const string Content = "user.content";

        /// <summary><c>user.unique_id</c>: an identifier for the user.</summary>
        public const string UniqueId = "user.unique_id";

        /// <summary><c>user.unique_id.pseudonymous</c>: a pseudonymous identifier.</summary>
        public const string PseudonymousId = "user.unique_id.pseudonymous";
    }
}
