using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Analyzers
{
    /// <summary>
    /// PRIV900, the data-map observation the sink analyzers report for every value carrying personal information that
    /// reaches a sink, approved by the privacy policy or not. The diagnostic's properties describe the flow; tools that
    /// build a data map read them with the keys below.
    /// </summary>
    public static class FlowObservation
    {
        public const string RuleId = "PRIV900";

        /// <summary>Property: one of <see cref="LogKind"/>, <see cref="ExceptionKind"/>, <see cref="RecipientKind"/>, <see cref="HttpKind"/>, <see cref="CookieKind"/>.</summary>
        public const string KindProperty = "Kind";

        /// <summary>Property: what receives the data as the finding rules name it, e.g. "ILogger.LogInformation", "PayClient.Pay", "HttpClient.PostAsJsonAsync".</summary>
        public const string SinkProperty = "Sink";

        /// <summary>Property: the recipient's name in the privacy policy (else as [ThirdParty] names it); absent for logs, exceptions, cookies and unknown hosts.</summary>
        public const string RecipientProperty = "Recipient";

        /// <summary>Property: the host of an HTTP request; absent for other sinks.</summary>
        public const string HostProperty = "Host";

        /// <summary>Property: <see cref="True"/> when the policy approves every carried member for the destination, else <see cref="False"/> (always for logs and exceptions).</summary>
        public const string ApprovedProperty = "Approved";

        /// <summary>Property: the carried members, one "Type.Member=category" line each (<see cref="DataLineSeparator"/>), distinct and sorted ordinally.</summary>
        public const string DataProperty = "Data";

        public const char DataLineSeparator = '\n';

        public const char MemberCategorySeparator = '=';

        public const string True = "true";

        public const string False = "false";

        /// <summary>A log, the console, debug output or telemetry (PRIV001, PRIV005).</summary>
        public const string LogKind = "log";

        /// <summary>An exception's message or Data (PRIV003, PRIV005).</summary>
        public const string ExceptionKind = "exception";

        /// <summary>A call into a [ThirdParty] method, type or interface, or into a recipient's SDK (PRIV002, PRIV009).</summary>
        public const string RecipientKind = "recipient";

        /// <summary>An HttpClient request to a host the code states (PRIV002, PRIV009).</summary>
        public const string HttpKind = "http";

        /// <summary>A cookie's name or value (PRIV004).</summary>
        public const string CookieKind = "cookie";

        // The message names this many members, then counts the rest; Data lists them all.
        private const int NamedMembers = 3;

        /// <summary>The PRIV900 descriptor (disabled by default; enable it by <see cref="RuleId"/>).</summary>
        public static DiagnosticDescriptor Descriptor => RuleCatalog.PersonalInfoFlow;

        /// <summary>The observation of one flow, at <paramref name="location"/> (where the finding rule reports the same value).</summary>
        /// <param name="kind">One of the <c>*Kind</c> constants.</param>
        /// <param name="recipient">The recipient, or <c>null</c>.</param>
        /// <param name="host">The HTTP host, or <c>null</c>.</param>
        /// <param name="data">The carried members with their categories; repeats are dropped.</param>
        public static Diagnostic Create(
            Location location,
            string kind,
            string sink,
            string? recipient,
            string? host,
            bool approved,
            IEnumerable<(string Member, string Category)> data)
        {
            var items = data.Distinct().OrderBy(Line, StringComparer.Ordinal).ToList();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            properties.Add(KindProperty, kind);
            properties.Add(SinkProperty, sink);
            if (!string.IsNullOrEmpty(recipient))
            {
                properties.Add(RecipientProperty, recipient);
            }

            if (!string.IsNullOrEmpty(host))
            {
                properties.Add(HostProperty, host);
            }

            properties.Add(ApprovedProperty, approved ? True : False);
            properties.Add(DataProperty, string.Join(DataLineSeparator.ToString(), items.Select(Line)));

            return Diagnostic.Create(
                RuleCatalog.PersonalInfoFlow,
                location,
                properties.ToImmutable(),
                Describe(items),
                Destination(kind, sink, recipient, host, approved));
        }

        /// <summary>The members and categories of a <see cref="DataProperty"/> value; lines without a separator are skipped.</summary>
        public static ImmutableArray<(string Member, string Category)> ParseData(string? data)
        {
            if (string.IsNullOrEmpty(data))
            {
                return ImmutableArray<(string Member, string Category)>.Empty;
            }

            var items = ImmutableArray.CreateBuilder<(string Member, string Category)>();
            foreach (var line in data!.Split(DataLineSeparator))
            {
                var separator = line.IndexOf(MemberCategorySeparator);
                if (separator > 0)
                {
                    items.Add((line.Substring(0, separator), line.Substring(separator + 1)));
                }
            }

            return items.ToImmutable();
        }

        private static string Line((string Member, string Category) item) => item.Member + MemberCategorySeparator + item.Category;

        private static string Describe(List<(string Member, string Category)> items)
        {
            var text = new StringBuilder();
            for (var i = 0; i < items.Count && i < NamedMembers; i++)
            {
                if (i > 0)
                {
                    text.Append(i == items.Count - 1 ? " and " : ", ");
                }

                text.Append('\'').Append(items[i].Member).Append("' (").Append(items[i].Category).Append(')');
            }

            if (items.Count > NamedMembers)
            {
                text.Append(" and ").Append(items.Count - NamedMembers).Append(" more");
            }

            return text.ToString();
        }

        private static string Destination(string kind, string sink, string? recipient, string? host, bool approved)
        {
            var approval = approved ? ", approved by the privacy policy" : ", not approved by the privacy policy";
            switch (kind)
            {
                case LogKind:
                case ExceptionKind:
                    return sink;
                case CookieKind:
                    return "a cookie by " + sink + approval;
                default:
                    var target = string.IsNullOrEmpty(recipient) ? "host " + host
                        : string.IsNullOrEmpty(host) ? "'" + recipient + "'"
                        : "'" + recipient + "' (" + host + ")";
                    return target + " by " + sink + approval;
            }
        }
    }
}
