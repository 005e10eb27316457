using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeModel.Policy
{
    /// <summary>What is wrong with a part of the policy file; each kind is its own rule.</summary>
    public enum PolicyProblemKind
    {
        /// <summary>The file is not JSON.</summary>
        MalformedJson,

        /// <summary>A value of the wrong type, an unknown or repeated property, a missing or empty required value.</summary>
        InvalidEntry,

        /// <summary>A category key the compilation does not know.</summary>
        UnknownCategory,

        /// <summary>A purpose or recipient referenced but not declared.</summary>
        UndeclaredReference,

        /// <summary>A recipient or purpose declared twice, or a category given two retention rules.</summary>
        Duplicate,
    }

    /// <summary>One problem of the policy file, located at the value it is about.</summary>
    public sealed class PolicyProblem
    {
        public PolicyProblem(PolicyProblemKind kind, string message, TextSpan span, LinePositionSpan lineSpan)
        {
            Kind = kind;
            Message = message;
            Span = span;
            LineSpan = lineSpan;
        }

        public PolicyProblemKind Kind { get; }

        public string Message { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }
    }

    /// <summary>A read policy file: the policy built from what was valid, and the problems found.</summary>
    public sealed class PolicyDocument
    {
        public PolicyDocument(PrivacyPolicy policy, ImmutableArray<PolicyProblem> problems)
        {
            Policy = policy;
            Problems = problems;
        }

        public PrivacyPolicy Policy { get; }

        /// <summary>The problems that need only the file to find; unknown categories depend on the compilation (<see cref="PolicyReader.FindUnknownCategories"/>).</summary>
        public ImmutableArray<PolicyProblem> Problems { get; }
    }

    /// <summary>
    /// Reads a privacy policy file (docs/policy-file.md, privacy.schema.json). Each problem is reported once, where it
    /// is, and skipped: a wrong value leaves out that value, an invalid recipient that recipient, and what remains is
    /// the policy. Never throws.
    /// </summary>
    public sealed class PolicyReader
    {
        // The properties of each object, as privacy.schema.json declares them.
        internal static readonly string[] RootProperties = { "$schema", "purposes", "recipients", "regions", "cookies", "retention" };
        internal static readonly string[] PurposeProperties = { "id", "description" };
        internal static readonly string[] RecipientProperties = { "name", "description", "purposes", "categories", "members", "sdkNamespaces", "sdkTypes", "httpHosts", "region" };
        internal static readonly string[] RegionsProperties = { "allowed", "exceptions" };
        internal static readonly string[] ExceptionProperties = { "basis", "recipients", "description" };
        internal static readonly string[] CookiesProperties = { "categories" };
        internal static readonly string[] RetentionProperties = { "categories", "minimum", "basis", "onExpiry" };

        private const string PeriodExamples = "; write an ISO 8601 period of years, months and days such as 'P3Y', 'P6M', 'P1Y6M' or 'P30D'";

        private readonly SourceText _text;
        private readonly List<PolicyProblem> _problems = new List<PolicyProblem>();

        private PolicyReader(SourceText text)
        {
            _text = text;
        }

        public static PolicyDocument Read(string text) => Read(SourceText.From(text));

        public static PolicyDocument Read(SourceText text)
        {
            var reader = new PolicyReader(text);
            var json = JsonReader.Parse(text);
            if (json.Error is { } error)
            {
                reader._problems.Add(new PolicyProblem(PolicyProblemKind.MalformedJson, error.Message, error.Span, error.LineSpan));
            }

            var policy = json.Root is null ? PrivacyPolicy.Empty : reader.ReadPolicy(json.Root);
            return new PolicyDocument(policy, reader._problems.ToImmutableArray());
        }

        /// <summary>The category keys of <paramref name="policy"/> that <paramref name="isKnown"/> rejects, with the key <paramref name="suggest"/> proposes.</summary>
        public static ImmutableArray<PolicyProblem> FindUnknownCategories(PrivacyPolicy policy, Func<string, bool> isKnown, Func<string, string?> suggest)
        {
            var builder = ImmutableArray.CreateBuilder<PolicyProblem>();
            foreach (var category in policy.CategoryReferences())
            {
                if (!isKnown(category.Value))
                {
                    var suggestion = suggest(category.Value);
                    var message = "'" + category.Value + "' is not a known data category" + (suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?");
                    builder.Add(new PolicyProblem(PolicyProblemKind.UnknownCategory, message, category.Span, category.LineSpan));
                }
            }

            return builder.ToImmutable();
        }

        private PrivacyPolicy ReadPolicy(JsonValue root)
        {
            if (root is not JsonObject file)
            {
                Problem(PolicyProblemKind.InvalidEntry, "The policy must be a JSON object, not " + JsonValue.Describe(root.Kind), root);
                return PrivacyPolicy.Empty;
            }

            var purposes = ImmutableArray<PolicyPurpose>.Empty;
            var recipients = ImmutableArray<PolicyRecipient>.Empty;
            var regions = ImmutableArray<PolicyText>.Empty;
            var exceptions = ImmutableArray<RegionException>.Empty;
            var cookies = ImmutableArray<PolicyText>.Empty;
            var retention = ImmutableArray<PolicyRetention>.Empty;
            JsonArray? recipientEntries = null;
            foreach (var property in Properties(file, "the policy", RootProperties))
            {
                switch (property.Name.Value)
                {
                    case "$schema":
                        Expect<JsonString>(property, JsonValueKind.String);
                        break;
                    case "purposes":
                        purposes = ReadPurposes(Expect<JsonArray>(property, JsonValueKind.Array));
                        break;
                    case "recipients":
                        recipientEntries = Expect<JsonArray>(property, JsonValueKind.Array);
                        break;
                    case "regions":
                        if (Expect<JsonObject>(property, JsonValueKind.Object) is { } regionsObject)
                        {
                            ReadRegions(regionsObject, out regions, out exceptions);
                        }

                        break;
                    case "cookies":
                        if (Expect<JsonObject>(property, JsonValueKind.Object) is { } cookiesObject)
                        {
                            foreach (var cookieProperty in Properties(cookiesObject, "'cookies'", CookiesProperties))
                            {
                                cookies = Strings(cookieProperty);
                            }
                        }

                        break;
                    case "retention":
                        if (Expect<JsonArray>(property, JsonValueKind.Array) is { } retentionEntries)
                        {
                            retention = ReadRetention(retentionEntries);
                        }

                        break;
                }
            }

            // Recipients are read after the purposes they refer to, wherever the file puts them.
            if (recipientEntries is not null)
            {
                recipients = ReadRecipients(recipientEntries, purposes);
            }

            var policy = new PrivacyPolicy(purposes, recipients, regions, exceptions, cookies, retention);
            foreach (var exception in exceptions)
            {
                foreach (var name in exception.Recipients)
                {
                    if (policy.FindRecipient(name.Value) is null)
                    {
                        Problem(PolicyProblemKind.UndeclaredReference, "The region exception names the recipient '" + name.Value + "', which the policy does not declare", name.Span, name.LineSpan);
                    }
                }
            }

            return policy;
        }

        private ImmutableArray<PolicyPurpose> ReadPurposes(JsonArray? entries)
        {
            var purposes = ImmutableArray.CreateBuilder<PolicyPurpose>();
            if (entries is null)
            {
                return purposes.ToImmutable();
            }

            foreach (var entry in entries.Items)
            {
                if (entry is not JsonObject purpose)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "A purpose must be an object with an 'id', not " + JsonValue.Describe(entry.Kind), entry);
                    continue;
                }

                PolicyText? id = null;
                var sawId = false;
                string? description = null;
                foreach (var property in Properties(purpose, "a purpose", PurposeProperties))
                {
                    if (property.Name.Value == "id")
                    {
                        sawId = true;
                        id = NonEmpty(property);
                    }
                    else
                    {
                        description = Expect<JsonString>(property, JsonValueKind.String)?.Value;
                    }
                }

                if (id is null)
                {
                    // An id of the wrong type or empty is reported where it is written.
                    if (!sawId)
                    {
                        Missing(purpose, "A purpose needs an 'id'");
                    }

                    continue;
                }

                if (Find(purposes, id.Value) is { } first)
                {
                    Problem(PolicyProblemKind.Duplicate, "The purpose '" + id.Value + "' is declared twice; the first declaration, on line " + Line(first.Id) + ", is used", id.Span, id.LineSpan);
                    continue;
                }

                purposes.Add(new PolicyPurpose(id, description));
            }

            return purposes.ToImmutable();
        }

        private ImmutableArray<PolicyRecipient> ReadRecipients(JsonArray entries, ImmutableArray<PolicyPurpose> declaredPurposes)
        {
            var recipients = ImmutableArray.CreateBuilder<PolicyRecipient>();
            foreach (var entry in entries.Items)
            {
                if (entry is not JsonObject recipient)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "A recipient must be an object with a 'name', not " + JsonValue.Describe(entry.Kind), entry);
                    continue;
                }

                PolicyText? name = null;
                var sawName = false;
                PolicyText? region = null;
                string? description = null;
                var purposes = ImmutableArray<PolicyText>.Empty;
                var categories = ImmutableArray<PolicyText>.Empty;
                var members = ImmutableArray<PolicyText>.Empty;
                var sdkNamespaces = ImmutableArray<PolicyText>.Empty;
                var sdkTypes = ImmutableArray<PolicyText>.Empty;
                var httpHosts = ImmutableArray<PolicyText>.Empty;
                foreach (var property in Properties(recipient, "a recipient", RecipientProperties))
                {
                    switch (property.Name.Value)
                    {
                        case "name":
                            sawName = true;
                            name = NonEmpty(property);
                            break;
                        case "description":
                            description = Expect<JsonString>(property, JsonValueKind.String)?.Value;
                            break;
                        case "purposes":
                            purposes = Strings(property);
                            break;
                        case "categories":
                            categories = Strings(property);
                            break;
                        case "members":
                            members = Strings(property, IsMemberName, "is not a member; write 'Type.Member'");
                            break;
                        case "sdkNamespaces":
                            sdkNamespaces = Strings(property, IsDottedName, "is not a namespace");
                            break;
                        case "sdkTypes":
                            sdkTypes = Strings(property, IsDottedName, "is not a type's full name");
                            break;
                        case "httpHosts":
                            httpHosts = Strings(property, IsHostName, "is not a host name; write the host alone, without scheme, port or path");
                            break;
                        case "region":
                            region = Region(property.Value);
                            break;
                    }
                }

                if (name is null)
                {
                    if (!sawName)
                    {
                        Missing(recipient, "A recipient needs a 'name'");
                    }

                    continue;
                }

                foreach (var purpose in purposes)
                {
                    if (Find(declaredPurposes, purpose.Value) is null)
                    {
                        Problem(PolicyProblemKind.UndeclaredReference, "The recipient '" + name.Value + "' names the purpose '" + purpose.Value + "', which the policy does not declare in 'purposes'", purpose.Span, purpose.LineSpan);
                    }
                }

                if (FindRecipient(recipients, name.Value) is { } first)
                {
                    Problem(PolicyProblemKind.Duplicate, "The recipient '" + name.Value + "' is declared twice; the first declaration, on line " + Line(first.Name) + ", is used", name.Span, name.LineSpan);
                    continue;
                }

                recipients.Add(new PolicyRecipient(name, description, purposes, categories, members, sdkNamespaces, sdkTypes, httpHosts, region));
            }

            return recipients.ToImmutable();
        }

        private void ReadRegions(JsonObject regions, out ImmutableArray<PolicyText> allowed, out ImmutableArray<RegionException> exceptions)
        {
            allowed = ImmutableArray<PolicyText>.Empty;
            exceptions = ImmutableArray<RegionException>.Empty;
            foreach (var property in Properties(regions, "'regions'", RegionsProperties))
            {
                if (property.Name.Value == "allowed")
                {
                    var codes = ImmutableArray.CreateBuilder<PolicyText>();
                    if (Expect<JsonArray>(property, JsonValueKind.Array) is { } array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (Region(item) is { } code)
                            {
                                codes.Add(code);
                            }
                        }
                    }

                    allowed = codes.ToImmutable();
                }
                else if (Expect<JsonArray>(property, JsonValueKind.Array) is { } entries)
                {
                    exceptions = ReadRegionExceptions(entries);
                }
            }
        }

        private ImmutableArray<RegionException> ReadRegionExceptions(JsonArray entries)
        {
            var exceptions = ImmutableArray.CreateBuilder<RegionException>();
            foreach (var entry in entries.Items)
            {
                if (entry is not JsonObject exception)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "A region exception must be an object with a 'basis', not " + JsonValue.Describe(entry.Kind), entry);
                    continue;
                }

                TransferBasis? basis = null;
                var sawBasis = false;
                string? description = null;
                var recipients = ImmutableArray<PolicyText>.Empty;
                foreach (var property in Properties(exception, "a region exception", ExceptionProperties))
                {
                    switch (property.Name.Value)
                    {
                        case "basis":
                            sawBasis = true;
                            basis = Basis(property);
                            break;
                        case "recipients":
                            recipients = Strings(property);
                            break;
                        case "description":
                            description = Expect<JsonString>(property, JsonValueKind.String)?.Value;
                            break;
                    }
                }

                if (basis is { } known)
                {
                    exceptions.Add(new RegionException(known, recipients, description));
                }
                else if (!sawBasis)
                {
                    Missing(exception, "A region exception needs a 'basis'");
                }
            }

            return exceptions.ToImmutable();
        }

        private TransferBasis? Basis(JsonProperty property)
        {
            switch (Expect<JsonString>(property, JsonValueKind.String)?.Value)
            {
                case null:
                    return null;
                case "law":
                    return TransferBasis.Law;
                case "consent":
                    return TransferBasis.Consent;
                case "cross-border-transaction":
                    return TransferBasis.CrossBorderTransaction;
                default:
                    Problem(PolicyProblemKind.InvalidEntry, "'" + ((JsonString)property.Value).Value + "' is not a transfer basis; expected 'law', 'consent' or 'cross-border-transaction'", property.Value);
                    return null;
            }
        }

        private ImmutableArray<PolicyRetention> ReadRetention(JsonArray entries)
        {
            var rules = ImmutableArray.CreateBuilder<PolicyRetention>();
            var ruledCategories = new Dictionary<string, PolicyText>(StringComparer.Ordinal);
            foreach (var entry in entries.Items)
            {
                if (entry is not JsonObject rule)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "A retention rule must be an object with 'categories' and a 'minimum', not " + JsonValue.Describe(entry.Kind), entry);
                    continue;
                }

                var categories = ImmutableArray<PolicyText>.Empty;
                var sawCategories = false;
                PolicyPeriod? minimum = null;
                var sawMinimum = false;
                string? basis = null;
                ExpiryAction? onExpiry = null;
                foreach (var property in Properties(rule, "a retention rule", RetentionProperties))
                {
                    switch (property.Name.Value)
                    {
                        case "categories":
                            sawCategories = true;
                            categories = Strings(property);
                            if (property.Value is JsonArray { Items.Count: 0 } empty)
                            {
                                Problem(PolicyProblemKind.InvalidEntry, "'categories' must not be empty: name the categories the retention rule is about", empty);
                            }

                            break;
                        case "minimum":
                            sawMinimum = true;
                            minimum = Period(property);
                            break;
                        case "basis":
                            basis = Expect<JsonString>(property, JsonValueKind.String)?.Value;
                            break;
                        case "onExpiry":
                            onExpiry = Expiry(property);
                            break;
                    }
                }

                if (!sawCategories)
                {
                    Missing(rule, "A retention rule needs 'categories'");
                }

                if (!sawMinimum)
                {
                    Missing(rule, "A retention rule needs a 'minimum'");
                }

                // Wrong or empty categories and periods were reported where they are written.
                if (categories.IsEmpty || minimum is null)
                {
                    continue;
                }

                var kept = ImmutableArray.CreateBuilder<PolicyText>();
                foreach (var category in categories)
                {
                    if (ruledCategories.TryGetValue(category.Value, out var first))
                    {
                        Problem(PolicyProblemKind.Duplicate, "The category '" + category.Value + "' is given a retention rule twice; the first, on line " + Line(first) + ", is used", category.Span, category.LineSpan);
                        continue;
                    }

                    ruledCategories.Add(category.Value, category);
                    kept.Add(category);
                }

                if (kept.Count > 0)
                {
                    rules.Add(new PolicyRetention(kept.ToImmutable(), minimum, basis, onExpiry, rule.Span, rule.LineSpan));
                }
            }

            return rules.ToImmutable();
        }

        /// <summary>An ISO 8601 period of years, months and days (<c>P3Y</c>, <c>P1Y6M</c>, <c>P30D</c>), the parts in that order.</summary>
        private PolicyPeriod? Period(JsonProperty property)
        {
            if (Expect<JsonString>(property, JsonValueKind.String) is not { } text)
            {
                return null;
            }

            var value = text.Value;
            var parts = new int[3];
            const string designators = "YMD";
            var next = 0;
            var position = 1;
            string? problem = value.Length == 0 || value[0] != 'P' ? string.Empty : null;
            while (problem is null && position < value.Length)
            {
                var digitsStart = position;
                while (position < value.Length && value[position] >= '0' && value[position] <= '9')
                {
                    position++;
                }

                var designator = position < value.Length ? designators.IndexOf(value[position]) : -1;
                if (position == digitsStart || designator < next)
                {
                    problem = string.Empty;
                }
                else if (!int.TryParse(value.Substring(digitsStart, position - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out parts[designator]))
                {
                    problem = ": the number is too large";
                }
                else
                {
                    next = designator + 1;
                    position++;
                }
            }

            if (problem is null && next == 0)
            {
                problem = ": it needs at least one of years, months or days";
            }

            if (problem is not null)
            {
                Problem(PolicyProblemKind.InvalidEntry, "'" + value + "' is not a retention period" + (problem.Length == 0 ? PeriodMistake(value) : problem) + PeriodExamples, text);
                return null;
            }

            return new PolicyPeriod(parts[0], parts[1], parts[2], PolicyText.From(text));
        }

        /// <summary>What is wrong with a period that does not parse, when it is a common mistake.</summary>
        private static string PeriodMistake(string value)
        {
            if (value.IndexOf('-') >= 0)
            {
                return ": it cannot be negative";
            }

            if (value.IndexOf('.') >= 0 || value.IndexOf(',') >= 0)
            {
                return ": its numbers must be whole";
            }

            if (value.StartsWith("P", StringComparison.Ordinal) && value.IndexOf('T') >= 0)
            {
                return ": hours, minutes and seconds are not allowed";
            }

            if (value.StartsWith("P", StringComparison.Ordinal) && value.IndexOf('W') >= 0)
            {
                return ": weeks are not allowed (count them in days)";
            }

            return string.Empty;
        }

        private ExpiryAction? Expiry(JsonProperty property)
        {
            switch (Expect<JsonString>(property, JsonValueKind.String)?.Value)
            {
                case null:
                    return null;
                case "delete":
                    return ExpiryAction.Delete;
                case "anonymize":
                    return ExpiryAction.Anonymize;
                default:
                    Problem(PolicyProblemKind.InvalidEntry, "'" + ((JsonString)property.Value).Value + "' is not an expiry action; expected 'delete' or 'anonymize'", property.Value);
                    return null;
            }
        }

        private PolicyText? Region(JsonValue value)
        {
            if (value is not JsonString code)
            {
                Problem(PolicyProblemKind.InvalidEntry, "A region must be a string, not " + JsonValue.Describe(value.Kind), value);
                return null;
            }

            if (code.Value.Length != 2 || code.Value[0] < 'A' || code.Value[0] > 'Z' || code.Value[1] < 'A' || code.Value[1] > 'Z')
            {
                Problem(PolicyProblemKind.InvalidEntry, "'" + code.Value + "' is not a region code; use an upper-case ISO 3166-1 alpha-2 code such as 'CN'", code);
                return null;
            }

            return PolicyText.From(code);
        }

        /// <summary>The properties of <paramref name="owner"/> that are known and given once; reports the others.</summary>
        private IEnumerable<JsonProperty> Properties(JsonObject owner, string ownerName, string[] known)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in owner.Properties)
            {
                var name = property.Name.Value;
                if (Array.IndexOf(known, name) < 0)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "Unknown property '" + name + "' in " + ownerName + "; expected " + string.Join(", ", known), property.Name);
                }
                else if (!seen.Add(name))
                {
                    Problem(PolicyProblemKind.InvalidEntry, "The property '" + name + "' is given twice in " + ownerName + "; the first one is used", property.Name);
                }
                else
                {
                    yield return property;
                }
            }
        }

        private T? Expect<T>(JsonProperty property, JsonValueKind kind)
            where T : JsonValue
        {
            if (property.Value is T value)
            {
                return value;
            }

            Problem(PolicyProblemKind.InvalidEntry, "'" + property.Name.Value + "' must be " + JsonValue.Describe(kind) + ", not " + JsonValue.Describe(property.Value.Kind), property.Value);
            return null;
        }

        private PolicyText? NonEmpty(JsonProperty property)
        {
            if (Expect<JsonString>(property, JsonValueKind.String) is not { } text)
            {
                return null;
            }

            if (text.Value.Trim().Length == 0)
            {
                Problem(PolicyProblemKind.InvalidEntry, "'" + property.Name.Value + "' must not be empty", text);
                return null;
            }

            return PolicyText.From(text);
        }

        /// <summary>An array of non-empty strings; wrong items are reported and left out.</summary>
        private ImmutableArray<PolicyText> Strings(JsonProperty property, Func<string, bool>? isValid = null, string? invalidMessage = null)
        {
            var builder = ImmutableArray.CreateBuilder<PolicyText>();
            if (Expect<JsonArray>(property, JsonValueKind.Array) is not { } array)
            {
                return builder.ToImmutable();
            }

            foreach (var item in array.Items)
            {
                if (item is not JsonString text)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "The items of '" + property.Name.Value + "' must be strings, not " + JsonValue.Describe(item.Kind), item);
                }
                else if (text.Value.Trim().Length == 0)
                {
                    Problem(PolicyProblemKind.InvalidEntry, "The items of '" + property.Name.Value + "' must not be empty", item);
                }
                else if (isValid is not null && !isValid(text.Value))
                {
                    Problem(PolicyProblemKind.InvalidEntry, "'" + text.Value + "' " + invalidMessage, item);
                }
                else
                {
                    builder.Add(PolicyText.From(text));
                }
            }

            return builder.ToImmutable();
        }

        private void Missing(JsonObject owner, string message)
        {
            // A container the file broke off in is not missing anything; the syntax error says what is wrong.
            if (owner.IsComplete)
            {
                var brace = new TextSpan(owner.Span.Start, 1);
                Problem(PolicyProblemKind.InvalidEntry, message, brace, _text.Lines.GetLinePositionSpan(brace));
            }
        }

        private void Problem(PolicyProblemKind kind, string message, JsonValue at)
            => Problem(kind, message, at.Span, at.LineSpan);

        private void Problem(PolicyProblemKind kind, string message, TextSpan span, LinePositionSpan lineSpan)
            => _problems.Add(new PolicyProblem(kind, message, span, lineSpan));

        private static string Line(PolicyText text) => (text.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);

        private static PolicyPurpose? Find(IEnumerable<PolicyPurpose> purposes, string id)
        {
            foreach (var purpose in purposes)
            {
                if (string.Equals(purpose.Id.Value, id, StringComparison.Ordinal))
                {
                    return purpose;
                }
            }

            return null;
        }

        private static PolicyRecipient? FindRecipient(IEnumerable<PolicyRecipient> recipients, string name)
        {
            foreach (var recipient in recipients)
            {
                if (string.Equals(recipient.Name.Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    return recipient;
                }
            }

            return null;
        }

        private static bool IsDottedName(string text)
        {
            foreach (var part in text.Split('.'))
            {
                if (!IsIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsMemberName(string text) => text.IndexOf('.') > 0 && IsDottedName(text);

        private static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A host name, optionally with a leading <c>*.</c> for every subdomain.</summary>
        private static bool IsHostName(string text)
        {
            var host = text.StartsWith("*.", StringComparison.Ordinal) ? text.Substring(2) : text;
            if (host.Length == 0 || host.StartsWith(".", StringComparison.Ordinal) || host.EndsWith(".", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in host)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
