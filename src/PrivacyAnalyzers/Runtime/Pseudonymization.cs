using System;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Keyed HMAC-SHA256 pseudonyms: deterministic for a key, unlinkable across keys, not reversible without the key.</summary>
    public static class Pseudonymization
    {
        /// <summary>
        /// <c>"{keyId}:{base64url(HMAC-SHA256(key, UTF-8(value)))}"</c> without padding. <c>null</c> stays <c>null</c>.
        /// </summary>
        [return: NotNullIfNotNull("value")]
        public static string? Pseudonymize(string? value, PseudonymKey key) => throw new NotImplementedException();

        /// <summary>A GUID made of the first 16 bytes of the HMAC of the GUID's 16 bytes (version/variant bits set to 8/RFC 4122).</summary>
        public static Guid Pseudonymize(Guid value, PseudonymKey key) => throw new NotImplementedException();

        /// <summary>A non-negative 63-bit integer from the first 8 bytes of the HMAC of the value's 8 little-endian bytes.</summary>
        public static long Pseudonymize(long value, PseudonymKey key) => throw new NotImplementedException();

        /// <summary>Nullable form of <see cref="Pseudonymize(Guid, PseudonymKey)"/>.</summary>
        public static Guid? Pseudonymize(Guid? value, PseudonymKey key) => throw new NotImplementedException();

        /// <summary>Nullable form of <see cref="Pseudonymize(long, PseudonymKey)"/>.</summary>
        public static long? Pseudonymize(long? value, PseudonymKey key) => throw new NotImplementedException();
    }
}
