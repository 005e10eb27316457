namespace PrivacyAnalyzers
{
    /// <summary>Strict dotted-decimal IPv4 recognition shared by masking and generalization.</summary>
    /// <remarks>
    /// Stricter than <c>IPAddress.TryParse</c>, which accepts <c>"1"</c>, <c>"0x7f.1"</c> or octal forms:
    /// anything it lets through here is shown in part, so only the canonical form qualifies.
    /// </remarks>
    internal static class Ipv4Text
    {
        /// <summary>
        /// True when <paramref name="value"/> is exactly four ASCII decimal octets 0–255 separated by dots, without
        /// leading zeros; <paramref name="prefixLength"/> is then the length of the first three octets and their dots (<c>"192.168.1."</c>).
        /// </summary>
        public static bool TryGetNetworkPrefixLength(string value, out int prefixLength)
        {
            prefixLength = 0;
            var position = 0;
            for (var octet = 0; octet < 4; octet++)
            {
                if (octet > 0)
                {
                    if (position >= value.Length || value[position] != '.')
                    {
                        return false;
                    }

                    position++;
                    if (octet == 3)
                    {
                        prefixLength = position;
                    }
                }

                var start = position;
                var number = 0;
                while (position < value.Length && position - start < 3 && value[position] >= '0' && value[position] <= '9')
                {
                    number = (number * 10) + (value[position] - '0');
                    position++;
                }

                var digits = position - start;
                if (digits == 0 || number > 255 || (digits > 1 && value[start] == '0'))
                {
                    return false;
                }
            }

            return position == value.Length;
        }
    }
}
