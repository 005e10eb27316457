using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Analyzers.Inventory
{
    /// <summary>
    /// The names that suggest personal information, as word sequences (see <see cref="IdentifierWords"/>), each with
    /// the category key it suggests. Words match whole words only, so <c>tel</c> matches <c>HomeTel</c> but not
    /// <c>Hotel</c>; a trailing plural ("emails", "addresses") counts as the word.
    /// </summary>
    internal static class PersonalNamePatterns
    {
        private const string Phone = "user.contact.phone_number";
        private const string Fax = "user.contact.fax_number";
        private const string Email = "user.contact.email";
        private const string Address = "user.contact.address";
        private const string Street = "user.contact.address.street";
        private const string City = "user.contact.address.city";
        private const string PostalCode = "user.contact.address.postal_code";
        private const string NationalId = "user.government_id.national_identification_number";
        private const string Passport = "user.government_id.passport_number";
        private const string DriversLicense = "user.government_id.drivers_license_number";
        private const string FullName = "user.name";
        private const string FirstName = "user.name.first";
        private const string LastName = "user.name.last";
        private const string DateOfBirth = "user.demographic.date_of_birth";
        private const string Gender = "user.demographic.gender";
        private const string IpAddress = "user.device.ip_address";
        private const string MacAddress = "user.device.mac_address";
        private const string DeviceId = "user.device.device_id";
        private const string Imei = "user.device.imei";
        private const string Imsi = "user.device.imsi";
        private const string SimSerial = "user.device.sim_serial_number";
        private const string WifiList = "user.device.wifi_list";
        private const string PreciseLocation = "user.location.precise";
        private const string BankAccount = "user.financial.bank_account";
        private const string CreditCard = "user.financial.credit_card";
        private const string Username = "user.account.username";
        private const string Password = "user.authorization.password";

        /// <summary>One row per name; when several rows match, the longest wins, then the one further right (the head of the compound).</summary>
        private static readonly ImmutableArray<(string Words, string Category)> Table = ImmutableArray.Create(new[]
        {
            ("phone", Phone),
            ("phone number", Phone),
            ("phone no", Phone),
            ("telephone", Phone),
            ("tel", Phone),
            ("mobile", Phone),
            ("mobile number", Phone),
            ("mobile phone", Phone),
            ("cellphone", Phone),
            ("cell phone", Phone),
            ("msisdn", Phone),
            ("fax", Fax),
            ("fax number", Fax),

            ("email", Email),
            ("e mail", Email),
            ("email address", Email),
            ("mail address", Email),
            ("mailbox", Email),

            ("id card", NationalId),
            ("idcard", NationalId),
            ("id card number", NationalId),
            ("id number", NationalId),
            ("id no", NationalId),
            ("national id", NationalId),
            ("identity number", NationalId),
            ("identity card", NationalId),
            ("citizen id", NationalId),
            ("resident id", NationalId),
            ("ssn", NationalId),
            ("social security number", NationalId),
            ("passport", Passport),
            ("passport number", Passport),
            ("passport no", Passport),
            ("driver license", DriversLicense),
            ("drivers license", DriversLicense),
            ("driving license", DriversLicense),
            ("driver licence", DriversLicense),
            ("driving licence", DriversLicense),

            ("full name", FullName),
            ("real name", FullName),
            ("legal name", FullName),
            ("middle name", FullName),
            ("contact name", FullName),
            ("recipient name", FullName),
            ("receiver name", FullName),
            ("first name", FirstName),
            ("given name", FirstName),
            ("forename", FirstName),
            ("last name", LastName),
            ("family name", LastName),
            ("surname", LastName),

            ("address", Address),
            ("street", Street),
            ("street address", Street),
            ("address line", Street),
            ("city", City),
            ("postal code", PostalCode),
            ("post code", PostalCode),
            ("postcode", PostalCode),
            ("zip", PostalCode),
            ("zip code", PostalCode),
            ("zipcode", PostalCode),

            ("birth date", DateOfBirth),
            ("birthdate", DateOfBirth),
            ("date of birth", DateOfBirth),
            ("birthday", DateOfBirth),
            ("dob", DateOfBirth),
            ("gender", Gender),
            ("sex", Gender),

            ("ip", IpAddress),
            ("ip address", IpAddress),
            ("ip addr", IpAddress),
            ("client ip", IpAddress),
            ("remote ip", IpAddress),
            ("mac", MacAddress),
            ("mac address", MacAddress),
            ("mac addr", MacAddress),
            ("device id", DeviceId),
            ("udid", DeviceId),
            ("idfa", DeviceId),
            ("android id", DeviceId),
            ("imei", Imei),
            ("imsi", Imsi),
            ("iccid", SimSerial),
            ("sim serial", SimSerial),
            ("sim serial number", SimSerial),
            ("wifi", WifiList),
            ("wi fi", WifiList),
            ("wifi list", WifiList),
            ("ssid", WifiList),
            ("bssid", WifiList),

            ("latitude", PreciseLocation),
            ("longitude", PreciseLocation),
            ("lat", PreciseLocation),
            ("lng", PreciseLocation),
            ("geo location", PreciseLocation),
            ("geolocation", PreciseLocation),
            ("gps", PreciseLocation),

            ("bank card", BankAccount),
            ("bank card number", BankAccount),
            ("bank account", BankAccount),
            ("bank account number", BankAccount),
            ("account number", BankAccount),
            ("iban", BankAccount),
            ("card number", CreditCard),
            ("credit card", CreditCard),
            ("credit card number", CreditCard),
            ("cvv", CreditCard),

            ("username", Username),
            ("user name", Username),
            ("login name", Username),
            ("password", Password),
            ("pass word", Password),
            ("passwd", Password),
            ("pwd", Password),
        });

        /// <summary>
        /// Words after the personal words that turn the name into metadata about it, or into something else the value
        /// is used for: <c>EmailTemplate</c>, <c>PhoneNumberType</c>, <c>AddressId</c> (the identifier of another record),
        /// <c>EmailChangedAt</c>, <c>EmailVerificationToken</c>, <c>PasswordManagerSeats</c>, <c>ResetPasswordUrl</c>.
        /// </summary>
        private static readonly ImmutableHashSet<string> MetadataWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "template", "templates", "type", "types", "kind", "format", "pattern", "regex", "validator", "validation",
            "confirmed", "verified", "enabled", "disabled", "required", "visible", "allowed", "count", "length", "limit",
            "id", "ids", "key", "code", "status", "version", "label", "placeholder", "hint", "prompt", "mask", "policy",
            "options", "settings", "config", "configuration", "column", "field", "attribute", "subject", "body",
            "domain", "server", "host", "port", "range", "filter", "whitelist", "blacklist", "allowlist", "blocklist",
            "file", "path", "archive", "stream", "at", "date", "time", "timestamp", "expiry", "attempts", "salt",
            "sender", "service", "client", "provider", "factory", "handler", "parser", "formatter", "builder",
            "generator", "repository", "manager", "token", "tokens", "keys", "content", "contents", "html", "copy",
            "action", "verification", "url", "urls", "uri", "uris", "link", "links", "endpoint", "route", "hasher",
            "hashers", "validators", "protector", "store", "query", "command", "rate", "otp", "totp", "queue");

        /// <summary>
        /// Words right before <c>address</c> that make it a network or metadata address rather than where a person
        /// lives: <c>MetadataAddress</c>, <c>LocalAddress</c>, <c>BaseAddress</c>, <c>ListenAddress</c>.
        /// </summary>
        private static readonly ImmutableHashSet<string> MachineAddressWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "metadata", "local", "base", "web", "url", "uri", "endpoint", "server", "host", "listen", "listening", "bind",
            "binding", "proxy", "gateway", "service", "api", "http", "https", "network", "broadcast", "multicast",
            "loopback", "memory", "published", "public", "private", "internal", "external", "node", "peer", "socket",
            "wallet", "contract", "smtp", "relay", "forwarding", "return", "source", "destination", "target", "start",
            "end", "physical", "virtual", "agent");

        /// <summary>Words right before <c>password</c> that make it a machine's secret: <c>CertificatePassword</c>, <c>SmtpPassword</c>.</summary>
        private static readonly ImmutableHashSet<string> MachineSecretWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "certificate", "cert", "pfx", "keystore", "key", "database", "db", "smtp", "proxy", "connection", "service",
            "api", "license", "server", "redis", "broker");

        /// <summary>
        /// Words right before the personal words that make the value an organisation's rather than a person's:
        /// <c>BusinessAddress</c>, <c>CompanyPhone</c>, <c>TaxIdNumber</c>.
        /// </summary>
        private static readonly ImmutableHashSet<string> OrganisationWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "business", "company", "corporate", "tax", "vat", "merchant", "vendor", "supplier", "office");

        /// <summary>
        /// Words in the name of the containing type or method that make a password a machine's secret
        /// (<c>GetCertificate(password)</c>, <c>CertificateInfo.Password</c>) and an address or IP a network
        /// endpoint (<c>NetworkUtils.IsLinkLocal(address)</c>).
        /// </summary>
        private static readonly ImmutableHashSet<string> MachineSecretContextWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "certificate", "certificates", "cert", "certs", "pfx", "keystore", "smtp", "database", "proxy");

        private static readonly ImmutableHashSet<string> NetworkContextWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "network", "networks", "socket", "udp", "tcp", "dns", "subnet");

        /// <summary>Words anywhere in a name that make it a locator or description of data rather than a person's value.</summary>
        private static readonly ImmutableHashSet<string> LocatorWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "url", "urls", "uri", "uris", "endpoint", "endpoints", "path", "paths", "metadata", "href", "route");

        private static readonly ImmutableDictionary<string, ImmutableArray<(ImmutableArray<string> Words, string Category)>> ByFirstWord = Index();

        /// <summary>Every row: the words as written with single spaces, and the category key they suggest.</summary>
        public static ImmutableArray<(string Words, string Category)> Rows => Table;

        /// <summary>The category key that <paramref name="words"/> suggest, or <c>null</c>.</summary>
        public static string? InferCategory(ImmutableArray<string> words) => Match(words, out _);

        /// <summary>
        /// True when a type named <paramref name="words"/> is named after a personal value as a whole, the personal
        /// words last: <c>EmailAddress</c>, <c>PhoneNumber</c>, but not <c>BillingAddressRequest</c>.
        /// </summary>
        public static bool NamesValue(ImmutableArray<string> words) => Match(words, out var end) is not null && end == words.Length;

        /// <summary>
        /// <c>Name</c> or <c>DisplayName</c> of a type that stands for a person (<c>User.Name</c>,
        /// <c>Customer.DisplayName</c>): too generic to suggest anything alone, a person's name on such a type.
        /// </summary>
        public static string? InferPersonName(ImmutableArray<string> words, ImmutableArray<string> typeWords)
        {
            var isName = (words.Length == 1 && words[0] == "name")
                || (words.Length == 2 && words[0] is "display" or "preferred" && words[1] == "name");
            return isName && typeWords.Length > 0 && PersonTypeWords.Contains(typeWords[typeWords.Length - 1]) ? FullName : null;
        }

        /// <summary>Last words of type names that stand for a person.</summary>
        private static readonly ImmutableHashSet<string> PersonTypeWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "user", "users", "customer", "person", "people", "member", "contact", "employee", "patient", "student",
            "guest", "subscriber", "applicant", "owner", "recipient", "buyer");

        /// <param name="end">The index after the last of the personal words.</param>
        private static string? Match(ImmutableArray<string> words, out int end)
        {
            string? category = null;
            var bestLength = 0;
            end = 0;
            for (var start = 0; start < words.Length; start++)
            {
                if (!ByFirstWord.TryGetValue(words[start], out var candidates)
                    && !ByFirstWord.TryGetValue(Singular(words[start]), out candidates))
                {
                    continue;
                }

                foreach (var (patternWords, patternCategory) in candidates)
                {
                    if (patternWords.Length >= bestLength && Matches(words, start, patternWords))
                    {
                        category = patternCategory;
                        bestLength = patternWords.Length;
                        end = start + patternWords.Length;
                    }
                }
            }

            if (category is null || IsDescribed(words, end) || IsMachineValue(words, category, end - bestLength))
            {
                return null;
            }

            return category;
        }

        private static bool IsDescribed(ImmutableArray<string> words, int end)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if ((i >= end && MetadataWords.Contains(words[i])) || LocatorWords.Contains(words[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMachineValue(ImmutableArray<string> words, string category, int start)
            => start > 0
                && ((category == Address && MachineAddressWords.Contains(words[start - 1]))
                    || (category == Password && MachineSecretWords.Contains(words[start - 1]))
                    || OrganisationWords.Contains(words[start - 1]));

        /// <summary>
        /// True when <paramref name="contextWords"/>, the words of the containing type's or method's name, make a value
        /// of <paramref name="category"/> a machine's: a certificate's password, a network endpoint's address.
        /// </summary>
        public static bool IsMachineContext(string category, ImmutableArray<string> contextWords)
        {
            var context = category == Password ? MachineSecretContextWords
                : category is Address or IpAddress or MacAddress ? NetworkContextWords
                : null;
            if (context is null)
            {
                return false;
            }

            foreach (var word in contextWords)
            {
                if (context.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(ImmutableArray<string> words, int start, ImmutableArray<string> pattern)
        {
            if (start + pattern.Length > words.Length)
            {
                return false;
            }

            for (var i = 0; i < pattern.Length; i++)
            {
                var word = words[start + i];
                if (word != pattern[i] && (i < pattern.Length - 1 || Singular(word) != pattern[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"emails" → "email", "addresses" → "address"; other words unchanged.</summary>
        private static string Singular(string word)
        {
            if (word.Length > 4 && word.EndsWith("sses", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 2);
            }

            return word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's'
                ? word.Substring(0, word.Length - 1)
                : word;
        }

        private static ImmutableDictionary<string, ImmutableArray<(ImmutableArray<string> Words, string Category)>> Index()
        {
            var groups = new Dictionary<string, ImmutableArray<(ImmutableArray<string>, string)>.Builder>(StringComparer.Ordinal);
            foreach (var (text, category) in Table)
            {
                var words = ImmutableArray.Create(text.Split(' '));
                if (!groups.TryGetValue(words[0], out var group))
                {
                    group = ImmutableArray.CreateBuilder<(ImmutableArray<string>, string)>();
                    groups.Add(words[0], group);
                }

                group.Add((words, category));
            }

            var index = ImmutableDictionary.CreateBuilder<string, ImmutableArray<(ImmutableArray<string> Words, string Category)>>(StringComparer.Ordinal);
            foreach (var pair in groups)
            {
                index.Add(pair.Key, pair.Value.ToImmutable());
            }

            return index.ToImmutable();
        }
    }
}
