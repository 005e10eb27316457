using System;

namespace PrivacyAnalyzers
{
    /// <summary>Chooses how a string member is desensitized for display by the generated <c>Mask()</c> and <c>ToString()</c>.</summary>
    /// <remarks>Without it, the member's category picks a default style; unknown categories are fully redacted.</remarks>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class MaskAttribute : Attribute
    {
        /// <summary>A named style such as <see cref="MaskStyle.MobilePhone"/>.</summary>
        public MaskAttribute(MaskStyle style)
        {
            Style = style;
        }

        /// <summary>Keeps the first <paramref name="keepFirst"/> and last <paramref name="keepLast"/> characters and masks the rest.</summary>
        public MaskAttribute(int keepFirst, int keepLast)
        {
            Style = MaskStyle.Custom;
            KeepFirst = keepFirst;
            KeepLast = keepLast;
        }

        /// <summary>The named style, or <see cref="MaskStyle.Custom"/> for the keep-first / keep-last form.</summary>
        public MaskStyle Style { get; }

        /// <summary>Characters kept at the start (custom form).</summary>
        public int KeepFirst { get; }

        /// <summary>Characters kept at the end (custom form).</summary>
        public int KeepLast { get; }

        /// <summary>The character that replaces hidden characters. Default <c>*</c>.</summary>
        public char MaskChar { get; set; } = '*';
    }
}
