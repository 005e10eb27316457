using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Buffers.Binary;
#endif

namespace PrivacyAnalyzers
{
    /// <summary>Keyed HMAC-SHA256 pseudonyms: deterministic for a key, unlinkable across keys, not reversible without the key.</summary>
    public static class Pseudonymization
    {
        private const int HashLength = 32;

        // Base64 of 32 bytes is 44 characters with one '=' of padding; base64url without padding keeps 43.
        private const int EncodedHashLength = 43;

#if NET8_0_OR_GREATER
        private const int StackUtf8Limit = 256;
#endif

        /// <summary>
        /// <c>"{keyId}:{base64url(HMAC-SHA256(key, UTF-8(value)))}"</c> without padding. <c>null</c> stays <c>null</c>.
        /// </summary>
        /// <remarks>The result is the key id, a colon and 43 base64url characters (<c>A–Z a–z 0–9 - _</c>).</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        [return: NotNullIfNotNull("value")]
        public static string? Pseudonymize(string? value, PseudonymKey key)
        {
            ThrowIfNull(key);
            if (value is null)
            {
                return null;
            }

#if NET8_0_OR_GREATER
            return string.Create(key.KeyId.Length + 1 + EncodedHashLength, (key, value), static (span, state) =>
            {
                var keyId = state.key.KeyId;
                keyId.AsSpan().CopyTo(span);
                span[keyId.Length] = ':';
                Span<byte> hash = stackalloc byte[HashLength];
                HashUtf8(state.key, state.value, hash);
                Span<char> base64 = stackalloc char[EncodedHashLength + 1];
                Convert.TryToBase64Chars(hash, base64, out _);
                ToBase64Url(base64.Slice(0, EncodedHashLength), span.Slice(keyId.Length + 1));
            });
#else
            byte[] hash;
            using (var hmac = new HMACSHA256(key.Secret))
            {
                hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
            }

            var base64 = Convert.ToBase64String(hash);
            var chars = new char[key.KeyId.Length + 1 + EncodedHashLength];
            key.KeyId.CopyTo(0, chars, 0, key.KeyId.Length);
            chars[key.KeyId.Length] = ':';
            ToBase64Url(base64.AsSpan(0, EncodedHashLength), chars.AsSpan(key.KeyId.Length + 1));
            return new string(chars);
#endif
        }

        /// <summary>A GUID made of the first 16 bytes of the HMAC of the GUID's 16 bytes (version/variant bits set to 8/RFC 4122).</summary>
        /// <remarks>
        /// The input bytes are those of <see cref="Guid.ToByteArray()"/>; the result is <c>new Guid(bytes)</c> of the first 16
        /// HMAC bytes with the version nibble set to 8 (custom, RFC 9562) and the variant bits to <c>10</c>,
        /// so it prints as <c>xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx</c>.
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        public static Guid Pseudonymize(Guid value, PseudonymKey key)
        {
            ThrowIfNull(key);
#if NET8_0_OR_GREATER
            Span<byte> input = stackalloc byte[16];
            value.TryWriteBytes(input);
            Span<byte> hash = stackalloc byte[HashLength];
            HMACSHA256.HashData(key.Secret, input, hash);
#else
            var hash = Hash(key, value.ToByteArray());
#endif

            // Guid(byte[]) reads the third group little-endian, so its high byte, holding the version, is byte 7.
            hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
#if NET8_0_OR_GREATER
            return new Guid(hash.Slice(0, 16));
#else
            var bytes = new byte[16];
            Array.Copy(hash, bytes, 16);
            return new Guid(bytes);
#endif
        }

        /// <summary>A non-negative 63-bit integer from the first 8 bytes of the HMAC of the value's 8 little-endian bytes.</summary>
        /// <remarks>The first 8 HMAC bytes are read as a little-endian integer whose sign bit is then cleared.</remarks>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        public static long Pseudonymize(long value, PseudonymKey key)
        {
            ThrowIfNull(key);
#if NET8_0_OR_GREATER
            Span<byte> input = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(input, value);
            Span<byte> hash = stackalloc byte[HashLength];
            HMACSHA256.HashData(key.Secret, input, hash);
            return BinaryPrimitives.ReadInt64LittleEndian(hash) & long.MaxValue;
#else
            var input = new byte[8];
            for (var i = 0; i < 8; i++)
            {
                input[i] = (byte)(value >> (8 * i));
            }

            var hash = Hash(key, input);
            long result = 0;
            for (var i = 7; i >= 0; i--)
            {
                result = (result << 8) | hash[i];
            }

            return result & long.MaxValue;
#endif
        }

        /// <summary>Nullable form of <see cref="Pseudonymize(Guid, PseudonymKey)"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        public static Guid? Pseudonymize(Guid? value, PseudonymKey key)
        {
            ThrowIfNull(key);
            return value.HasValue ? Pseudonymize(value.GetValueOrDefault(), key) : null;
        }

        /// <summary>Nullable form of <see cref="Pseudonymize(long, PseudonymKey)"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
        public static long? Pseudonymize(long? value, PseudonymKey key)
        {
            ThrowIfNull(key);
            return value.HasValue ? Pseudonymize(value.GetValueOrDefault(), key) : null;
        }

#if NET8_0_OR_GREATER
        private static void HashUtf8(PseudonymKey key, string value, Span<byte> hash)
        {
            var utf8Length = Encoding.UTF8.GetByteCount(value);
            byte[]? rented = null;
            Span<byte> utf8 = utf8Length <= StackUtf8Limit
                ? stackalloc byte[StackUtf8Limit]
                : (rented = ArrayPool<byte>.Shared.Rent(utf8Length));
            try
            {
                var written = Encoding.UTF8.GetBytes(value, utf8);
                HMACSHA256.HashData(key.Secret, utf8.Slice(0, written), hash);
            }
            finally
            {
                if (rented is not null)
                {
                    // The buffer held the personal value; clear it before another renter sees it.
                    ArrayPool<byte>.Shared.Return(rented, clearArray: true);
                }
            }
        }
#else
        private static byte[] Hash(PseudonymKey key, byte[] data)
        {
            using (var hmac = new HMACSHA256(key.Secret))
            {
                return hmac.ComputeHash(data);
            }
        }
#endif

        // Base64 to base64url: '+' → '-', '/' → '_' (padding already cut off by the caller).
        private static void ToBase64Url(ReadOnlySpan<char> base64, Span<char> destination)
        {
            for (var i = 0; i < base64.Length; i++)
            {
                var c = base64[i];
                destination[i] = c == '+' ? '-' : c == '/' ? '_' : c;
            }
        }

        private static void ThrowIfNull(PseudonymKey key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }
        }
    }
}
