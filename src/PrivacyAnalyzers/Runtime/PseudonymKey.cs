using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// A secret HMAC-SHA256 key and the identifier under which pseudonyms made with it are published.
    /// There is no default key: load it from a secret store. Rotate by issuing a new key id.
    /// </summary>
    public sealed class PseudonymKey
    {
        /// <summary>The smallest key accepted, in bytes (128 bits).</summary>
        public const int MinimumKeyLength = 16;

        /// <param name="keyId">A short, non-secret name for the key (letters, digits, '-', '_', '.'), written into pseudonyms.</param>
        /// <param name="key">The secret, at least <see cref="MinimumKeyLength"/> bytes; 32 random bytes recommended. Copied.</param>
        public PseudonymKey(string keyId, byte[] key)
        {
            throw new NotImplementedException();
        }

        /// <summary>The non-secret key identifier.</summary>
        public string KeyId { get; } = "";

        /// <summary>Creates a key from a Base64 secret, as kept in configuration or a secret store.</summary>
        public static PseudonymKey FromBase64(string keyId, string base64Key) => throw new NotImplementedException();

        /// <inheritdoc/>
        public override string ToString() => "PseudonymKey(" + KeyId + ")";
    }
}
