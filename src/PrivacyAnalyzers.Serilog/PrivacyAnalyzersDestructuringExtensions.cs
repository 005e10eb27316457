using System;
using PrivacyAnalyzers.Serilog;
using Serilog.Configuration;

namespace Serilog
{
    /// <summary>Adds PrivacyAnalyzers masking to Serilog's destructuring.</summary>
    public static class PrivacyAnalyzersDestructuringExtensions
    {
        /// <summary>
        /// Objects logged with <c>{@Value}</c> whose type has generated privacy code are written as their <c>Mask()</c> copy.
        /// </summary>
        /// <example><code>new LoggerConfiguration().Destructure.WithPrivacyAnalyzers()</code></example>
        public static LoggerConfiguration WithPrivacyAnalyzers(this LoggerDestructuringConfiguration destructure)
        {
            if (destructure is null)
            {
                throw new ArgumentNullException(nameof(destructure));
            }

            return destructure.With(new MaskingDestructuringPolicy());
        }
    }
}
