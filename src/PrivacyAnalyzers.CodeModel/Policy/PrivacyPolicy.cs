using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeModel.Policy
{
    /// <summary>A string of the policy file with the place it was written, so that checks against the compilation can point at it.</summary>
    public sealed class PolicyText
    {
        public PolicyText(string value, TextSpan span, LinePositionSpan lineSpan)
        {
            Value = value;
            Span = span;
            LineSpan = lineSpan;
        }

        public string Value { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }

        public override string ToString() => Value;

        internal static PolicyText From(JsonString text) => new PolicyText(text.Value, text.Span, text.LineSpan);
    }

    /// <summary>Why personal information is processed (<c>payment</c>, <c>notification</c>, ...).</summary>
    public sealed class PolicyPurpose
    {
        public PolicyPurpose(PolicyText id, string? description)
        {
            Id = id;
            Description = description;
        }

        public PolicyText Id { get; }

        public string? Description { get; }
    }

    /// <summary>
    /// An outside party the policy shares personal information with: what it may receive, why, how code reaches it and
    /// where it processes the data.
    /// </summary>
    public sealed class PolicyRecipient
    {
        public PolicyRecipient(
            PolicyText name,
            string? description,
            ImmutableArray<PolicyText> purposes,
            ImmutableArray<PolicyText> categories,
            ImmutableArray<PolicyText> members,
            ImmutableArray<PolicyText> sdkNamespaces,
            ImmutableArray<PolicyText> sdkTypes,
            ImmutableArray<PolicyText> httpHosts,
            PolicyText? region)
        {
            Name = name;
            Description = description;
            Purposes = purposes;
            Categories = categories;
            Members = members;
            SdkNamespaces = sdkNamespaces;
            SdkTypes = sdkTypes;
            HttpHosts = httpHosts;
            Region = region;
        }

        /// <summary>The name code refers to in <c>[ThirdParty("...")]</c>.</summary>
        public PolicyText Name { get; }

        public string? Description { get; }

        /// <summary>Ids of the policy's purposes the recipient receives data for.</summary>
        public ImmutableArray<PolicyText> Purposes { get; }

        /// <summary>Category keys the recipient may receive; a key approves its children.</summary>
        public ImmutableArray<PolicyText> Categories { get; }

        /// <summary>Individual members (<c>Type.Member</c>) the recipient may receive whatever their category.</summary>
        public ImmutableArray<PolicyText> Members { get; }

        /// <summary>Namespaces of the recipient's SDK: calls into them share data with the recipient.</summary>
        public ImmutableArray<PolicyText> SdkNamespaces { get; }

        /// <summary>Full names of the recipient's SDK types.</summary>
        public ImmutableArray<PolicyText> SdkTypes { get; }

        /// <summary>Host names of the recipient's HTTP APIs (<c>api.mch.weixin.qq.com</c>).</summary>
        public ImmutableArray<PolicyText> HttpHosts { get; }

        /// <summary>Where the recipient processes the data (ISO 3166-1 alpha-2), or <c>null</c> when not stated.</summary>
        public PolicyText? Region { get; }

        /// <summary>True when the policy lets this recipient receive data of <paramref name="category"/>.</summary>
        public bool ApprovesCategory(string category)
        {
            foreach (var approved in Categories)
            {
                if (CategoryRules.Covers(approved.Value, category))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the policy names <paramref name="member"/> (<c>Type.Member</c>) for this recipient.</summary>
        public bool ApprovesMember(string member)
        {
            foreach (var approved in Members)
            {
                if (string.Equals(approved.Value, member, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The legal grounds on which the policy lets data leave its regions (reference policy §4 (a)–(c)).</summary>
    public enum TransferBasis
    {
        Law,
        Consent,
        CrossBorderTransaction,
    }

    /// <summary>Recipients that may process data outside the policy's regions, and on which basis.</summary>
    public sealed class RegionException
    {
        public RegionException(TransferBasis basis, ImmutableArray<PolicyText> recipients, string? description)
        {
            Basis = basis;
            Recipients = recipients;
            Description = description;
        }

        public TransferBasis Basis { get; }

        public ImmutableArray<PolicyText> Recipients { get; }

        public string? Description { get; }
    }

    /// <summary>
    /// A period of years, months and days as the policy writes it (ISO 8601 <c>P3Y</c>, <c>P6M</c>, <c>P1Y6M</c>,
    /// <c>P30D</c>). The parts are kept apart: a month or a year has no fixed number of days.
    /// </summary>
    public sealed class PolicyPeriod
    {
        public PolicyPeriod(int years, int months, int days, PolicyText text)
        {
            Years = years;
            Months = months;
            Days = days;
            Text = text;
        }

        public int Years { get; }

        public int Months { get; }

        public int Days { get; }

        /// <summary>The period as written, with its place in the file.</summary>
        public PolicyText Text { get; }

        public override string ToString() => Text.Value;
    }

    /// <summary>
    /// A retention promise of the policy: data of its categories is kept at least <see cref="Minimum"/>, on a legal
    /// basis, and deleted or anonymized when it may go (reference policy §4).
    /// </summary>
    public sealed class PolicyRetention
    {
        public PolicyRetention(ImmutableArray<PolicyText> categories, PolicyPeriod minimum, string? basis, ExpiryAction? onExpiry, TextSpan span, LinePositionSpan lineSpan)
        {
            Categories = categories;
            Minimum = minimum;
            Basis = basis;
            OnExpiry = onExpiry;
            Span = span;
            LineSpan = lineSpan;
        }

        /// <summary>The category keys the rule is about; a key covers its children. Never empty.</summary>
        public ImmutableArray<PolicyText> Categories { get; }

        /// <summary>How long the data is kept at least.</summary>
        public PolicyPeriod Minimum { get; }

        /// <summary>The law or agreement that sets the period, e.g. "Electronic Commerce Law".</summary>
        public string? Basis { get; }

        /// <summary>What happens to the data when the period ends, or <c>null</c> when the policy does not say.</summary>
        public ExpiryAction? OnExpiry { get; }

        /// <summary>The rule's object in the file.</summary>
        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }

        /// <summary>
        /// The key of <see cref="Categories"/> that covers <paramref name="category"/> most closely (the longest), or
        /// <c>null</c> when none does.
        /// </summary>
        public PolicyText? CoveringKey(string category)
        {
            PolicyText? closest = null;
            foreach (var key in Categories)
            {
                if (CategoryRules.Covers(key.Value, category) && (closest is null || key.Value.Length > closest.Value.Length))
                {
                    closest = key;
                }
            }

            return closest;
        }
    }

    /// <summary>
    /// A privacy policy as the build reads it. The empty policy — what a project without a policy file gets — approves
    /// no recipient, no purpose beyond none and no category in cookies, and makes no retention promise.
    /// </summary>
    public sealed class PrivacyPolicy
    {
        public static readonly PrivacyPolicy Empty = new PrivacyPolicy(
            ImmutableArray<PolicyPurpose>.Empty,
            ImmutableArray<PolicyRecipient>.Empty,
            ImmutableArray<PolicyText>.Empty,
            ImmutableArray<RegionException>.Empty,
            ImmutableArray<PolicyText>.Empty,
            ImmutableArray<PolicyRetention>.Empty);

        public PrivacyPolicy(
            ImmutableArray<PolicyPurpose> purposes,
            ImmutableArray<PolicyRecipient> recipients,
            ImmutableArray<PolicyText> regions,
            ImmutableArray<RegionException> regionExceptions,
            ImmutableArray<PolicyText> cookieCategories,
            ImmutableArray<PolicyRetention> retention)
        {
            Purposes = purposes;
            Recipients = recipients;
            Regions = regions;
            RegionExceptions = regionExceptions;
            CookieCategories = cookieCategories;
            Retention = retention;
        }

        public ImmutableArray<PolicyPurpose> Purposes { get; }

        /// <summary>The recipients, each name once (a repeated name is reported and only its first declaration kept).</summary>
        public ImmutableArray<PolicyRecipient> Recipients { get; }

        /// <summary>Where personal information may be stored and sent (ISO 3166-1 alpha-2); empty when the policy sets no limit.</summary>
        public ImmutableArray<PolicyText> Regions { get; }

        public ImmutableArray<RegionException> RegionExceptions { get; }

        /// <summary>Category keys that may be stored in cookies; a key approves its children.</summary>
        public ImmutableArray<PolicyText> CookieCategories { get; }

        /// <summary>The retention rules; each category key belongs to one rule (a repeated key is reported and left out).</summary>
        public ImmutableArray<PolicyRetention> Retention { get; }

        /// <summary>The recipient named <paramref name="name"/> (compared ignoring case), or <c>null</c>.</summary>
        public PolicyRecipient? FindRecipient(string name)
        {
            foreach (var recipient in Recipients)
            {
                if (string.Equals(recipient.Name.Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    return recipient;
                }
            }

            return null;
        }

        /// <summary>
        /// The recipient whose <c>httpHosts</c> include <paramref name="host"/> (compared ignoring case; <c>*.example.com</c>
        /// matches every subdomain of example.com), or <c>null</c>.
        /// </summary>
        public PolicyRecipient? FindRecipientByHost(string host)
        {
            foreach (var recipient in Recipients)
            {
                foreach (var declared in recipient.HttpHosts)
                {
                    var pattern = declared.Value;
                    if (pattern.StartsWith("*.", StringComparison.Ordinal)
                        ? host.Length > pattern.Length - 1 && host.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase)
                        : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase))
                    {
                        return recipient;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The recipient whose SDK holds the type <paramref name="fullTypeName"/> declared in <paramref name="namespaceName"/>:
        /// the type is in its <c>sdkTypes</c>, or the namespace is one of its <c>sdkNamespaces</c> or inside one.
        /// </summary>
        public PolicyRecipient? FindRecipientBySdk(string namespaceName, string fullTypeName)
        {
            foreach (var recipient in Recipients)
            {
                foreach (var type in recipient.SdkTypes)
                {
                    if (string.Equals(type.Value, fullTypeName, StringComparison.Ordinal))
                    {
                        return recipient;
                    }
                }

                foreach (var declared in recipient.SdkNamespaces)
                {
                    if (string.Equals(declared.Value, namespaceName, StringComparison.Ordinal)
                        || (namespaceName.Length > declared.Value.Length
                            && namespaceName.StartsWith(declared.Value, StringComparison.Ordinal)
                            && namespaceName[declared.Value.Length] == '.'))
                    {
                        return recipient;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// True when <paramref name="recipient"/> may receive personal information where it processes it: the policy sets
        /// no regions, the recipient states no region, its region is allowed, or a region exception names it.
        /// </summary>
        public bool AllowsTransferTo(PolicyRecipient recipient)
        {
            if (Regions.IsEmpty || recipient.Region is null)
            {
                return true;
            }

            foreach (var region in Regions)
            {
                if (string.Equals(region.Value, recipient.Region.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var exception in RegionExceptions)
            {
                foreach (var named in exception.Recipients)
                {
                    if (string.Equals(named.Value, recipient.Name.Value, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when the purpose <paramref name="id"/> is declared.</summary>
        public bool HasPurpose(string id)
        {
            foreach (var purpose in Purposes)
            {
                if (string.Equals(purpose.Id.Value, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the policy allows data of <paramref name="category"/> in cookies.</summary>
        public bool AllowsInCookies(string category)
        {
            foreach (var allowed in CookieCategories)
            {
                if (CategoryRules.Covers(allowed.Value, category))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The retention rule that covers <paramref name="category"/>: of the rules naming the category or one of its
        /// ancestors, the one naming the closest (<c>user.behavior.purchase_history.amount</c> before
        /// <c>user.behavior.purchase_history</c>); <c>null</c> when no rule covers it.
        /// </summary>
        public PolicyRetention? FindRetention(string category)
        {
            PolicyRetention? closest = null;
            var closestLength = -1;
            foreach (var retention in Retention)
            {
                if (retention.CoveringKey(category) is { } key && key.Value.Length > closestLength)
                {
                    closest = retention;
                    closestLength = key.Value.Length;
                }
            }

            return closest;
        }

        /// <summary>Every category key the policy names, for checking them against the compilation's known keys.</summary>
        public ImmutableArray<PolicyText> CategoryReferences()
        {
            var builder = ImmutableArray.CreateBuilder<PolicyText>();
            foreach (var recipient in Recipients)
            {
                builder.AddRange(recipient.Categories);
            }

            builder.AddRange(CookieCategories);
            foreach (var retention in Retention)
            {
                builder.AddRange(retention.Categories);
            }

            return builder.ToImmutable();
        }
    }
}
