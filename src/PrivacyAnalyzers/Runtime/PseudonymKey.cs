using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// A secret HMAC-SHA256 key and the identifier under which pseudonyms made with it are published.
    /// There is no default key: load it from a secret store. Rotate by issuing a new key id.
    /// </summary>
    /// <remarks>The secret never leaves the instance: no member returns it and <see cref="ToString"/> shows only the key id.</remarks>
    public sealed class PseudonymKey
    {
        /// <summary>The smallest key accepted, in bytes (128 bits).</summary>
        public const int MinimumKeyLength = 16;

        /// <summary>The longest key id accepted, in characters.</summary>
        public const int MaximumKeyIdLength = 64;

        private readonly byte[] secret;

        /// <param name="keyId">A short, non-secret name for the key (ASCII letters, digits, '-', '_', '.'; at most <see cref="MaximumKeyIdLength"/> characters), written into pseudonyms.</param>
        /// <param name="key">The secret, at least <see cref="MinimumKeyLength"/> bytes, not all zero; 32 random bytes recommended. Copied.</param>
        /// <exception cref="ArgumentNullException"><paramref name="keyId"/> or <paramref name="key"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The key id is empty, too long or has other characters; the key is too short or all zero.</exception>
        public PseudonymKey(string keyId, byte[] key)
        {
            ValidateKeyId(keyId);
            ValidateKey(key);
            KeyId = keyId;
            secret = (byte[])key.Clone();
        }

        /// <summary>The non-secret key identifier.</summary>
        public string KeyId { get; }

        /// <summary>The secret, for the HMAC computations of <see cref="Pseudonymization"/>; callers must not modify it.</summary>
        internal byte[] Secret => secret;

        /// <summary>Creates a key from a Base64 secret, as kept in configuration or a secret store.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="keyId"/> or <paramref name="base64Key"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="base64Key"/> is not Base64, or the key id or decoded key is invalid.</exception>
        public static PseudonymKey FromBase64(string keyId, string base64Key)
        {
            if (base64Key is null)
            {
                throw new ArgumentNullException(nameof(base64Key));
            }

            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(base64Key);
            }
            catch (FormatException exception)
            {
                throw new ArgumentException("The pseudonym key is not valid Base64.", nameof(base64Key), exception);
            }

            try
            {
                return new PseudonymKey(keyId, decoded);
            }
            finally
            {
                // The constructor keeps its own copy; do not leave a second one for the garbage collector.
                Array.Clear(decoded, 0, decoded.Length);
            }
        }

        /// <inheritdoc/>
        public override string ToString() => "PseudonymKey(" + KeyId + ")";

        private static void ValidateKeyId(string keyId)
        {
            if (keyId is null)
            {
                throw new ArgumentNullException(nameof(keyId));
            }

            if (keyId.Length == 0)
            {
                throw new ArgumentException("The key id must not be empty.", nameof(keyId));
            }

            if (keyId.Length > MaximumKeyIdLength)
            {
                throw new ArgumentException(
                    "The key id must be at most " + MaximumKeyIdLength + " characters long.", nameof(keyId));
            }

            foreach (var c in keyId)
            {
                var allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
                if (!allowed)
                {
                    throw new ArgumentException(
                        "The key id may contain only ASCII letters, digits, '-', '_' and '.'.", nameof(keyId));
                }
            }
        }

        private static void ValidateKey(byte[] key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (key.Length < MinimumKeyLength)
            {
                throw new ArgumentException(
                    "The pseudonym key must be at least " + MinimumKeyLength + " bytes long; 32 random bytes are recommended.",
                    nameof(key));
            }

            var anyNonZero = 0;
            foreach (var b in key)
            {
                anyNonZero |= b;
            }

            if (anyNonZero == 0)
            {
                throw new ArgumentException("The pseudonym key must not be all zero bytes.", nameof(key));
            }
        }
    }
}
