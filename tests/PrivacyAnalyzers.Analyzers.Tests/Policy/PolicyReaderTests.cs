using System.Text.RegularExpressions;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

// The runtime declares an ExpiryAction of its own; the policy model uses the one compiled into the CodeModel.
using ExpiryAction = PrivacyAnalyzers.CodeModel.ExpiryAction;

/// <summary>Reading the policy file: the model built from it, and one problem per mistake at its line and column.</summary>
public class PolicyReaderTests
{
    internal static string DocumentedExample()
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "policy-file.md"));
        var match = Regex.Match(page, "^## Full example.*?```json\\r?\\n(?<json>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, "docs/policy-file.md has no ```json block under '## Full example'");
        return match.Groups["json"].Value;
    }

    [Fact]
    public void The_documented_reference_policy_reads_without_problems()
    {
        var document = PolicyReader.Read(DocumentedExample());

        Assert.Empty(document.Problems);
        var policy = document.Policy;
        Assert.Equal(new[] { "account", "security", "payment", "notification", "recommendation", "analytics" }, policy.Purposes.Select(p => p.Id.Value));
        Assert.True(policy.HasPurpose("payment"));
        Assert.False(policy.HasPurpose("marketing"));
        Assert.Equal(new[] { "WeChat Pay", "Alipay", "Alibaba Cloud SMS", "Advertising partners" }, policy.Recipients.Select(r => r.Name.Value));

        var weChat = policy.FindRecipient("wechat pay")!;
        Assert.True(weChat.ApprovesCategory("user.behavior.purchase_history.order_number"));
        Assert.False(weChat.ApprovesCategory("user.contact.phone_number"));
        Assert.Equal("api.mch.weixin.qq.com", Assert.Single(weChat.HttpHosts).Value);
        Assert.Equal("CN", weChat.Region!.Value);

        var alipay = policy.FindRecipient("Alipay")!;
        Assert.Equal(new[] { "payment", "security" }, alipay.Purposes.Select(p => p.Value));
        Assert.True(alipay.ApprovesCategory("user.device.mac_address"));
        Assert.False(alipay.ApprovesCategory("user.device.imei"));

        Assert.True(policy.FindRecipient("Alibaba Cloud SMS")!.ApprovesCategory("user.contact.phone_number"));
        Assert.Empty(policy.FindRecipient("Advertising partners")!.Categories);

        Assert.Equal("CN", Assert.Single(policy.Regions).Value);
        Assert.Equal(new[] { TransferBasis.Law, TransferBasis.Consent, TransferBasis.CrossBorderTransaction }, policy.RegionExceptions.Select(e => e.Basis));
        Assert.True(policy.AllowsInCookies("user.account.username"));
        Assert.False(policy.AllowsInCookies("user.contact.phone_number"));

        Assert.Equal(
            new[] { ("user.behavior.purchase_history", "P3Y", (ExpiryAction?)ExpiryAction.Anonymize), ("user.behavior.login_log", "P6M", ExpiryAction.Delete) },
            policy.Retention.Select(r => (r.Categories[0].Value, r.Minimum.Text.Value, r.OnExpiry)));
        Assert.Equal(3, policy.FindRetention("user.behavior.purchase_history.amount")!.Minimum.Years);
        Assert.Equal(6, policy.FindRetention("user.device.ip_address")!.Minimum.Months);
        Assert.Null(policy.FindRetention("user.contact.phone_number"));
    }

    [Fact]
    public void The_main_sample_policy_reads_without_problems_and_mirrors_the_retention_of_section_4()
    {
        var path = Path.Combine(RuleCatalogTests.RepositoryRoot(), "samples", "SimWorks.Cloud", "privacy.json");
        var document = PolicyReader.Read(File.ReadAllText(path));

        Assert.Empty(document.Problems);
        var transactions = document.Policy.FindRetention("user.behavior.purchase_history.order_number")!;
        Assert.Equal((3, 0, 0, (ExpiryAction?)ExpiryAction.Anonymize), (transactions.Minimum.Years, transactions.Minimum.Months, transactions.Minimum.Days, transactions.OnExpiry));
        Assert.StartsWith("Electronic Commerce Law", transactions.Basis, StringComparison.Ordinal);
        foreach (var log in new[] { "user.behavior.login_log", "user.behavior.download_log", "user.device.ip_address" })
        {
            var rule = document.Policy.FindRetention(log)!;
            Assert.Equal((0, 6, 0, (ExpiryAction?)ExpiryAction.Delete), (rule.Minimum.Years, rule.Minimum.Months, rule.Minimum.Days, rule.OnExpiry));
            Assert.StartsWith("Cybersecurity Law", rule.Basis, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_valid_retention_section_is_read_with_its_periods_bases_and_expiry_actions()
    {
        var document = PolicyReader.Read("""
            {
              "retention": [
                { "categories": ["user.behavior.purchase_history"], "minimum": "P3Y", "basis": "Electronic Commerce Law", "onExpiry": "anonymize" },
                { "categories": ["user.behavior.login_log", "user.device.ip_address"], "minimum": "P6M", "onExpiry": "delete" },
                { "categories": ["user.account"], "minimum": "P1Y6M" },
                { "categories": ["user.contact"], "minimum": "P30D" },
                { "categories": ["user.device.model"], "minimum": "P1Y2M3D" }
              ]
            }
            """);

        Assert.Empty(document.Problems);
        Assert.Equal(
            new[]
            {
                ("P3Y", 3, 0, 0, "Electronic Commerce Law", (ExpiryAction?)ExpiryAction.Anonymize),
                ("P6M", 0, 6, 0, null, ExpiryAction.Delete),
                ("P1Y6M", 1, 6, 0, null, null),
                ("P30D", 0, 0, 30, null, null),
                ("P1Y2M3D", 1, 2, 3, null, null),
            },
            document.Policy.Retention.Select(r => (r.Minimum.ToString(), r.Minimum.Years, r.Minimum.Months, r.Minimum.Days, r.Basis, r.OnExpiry)));
        var logs = document.Policy.Retention[1];
        Assert.Equal(new[] { "user.behavior.login_log", "user.device.ip_address" }, logs.Categories.Select(c => c.Value));
        Assert.Equal((3, 4), (logs.LineSpan.Start.Line, logs.LineSpan.Start.Character));
        Assert.Equal((3, 86), (logs.Minimum.Text.LineSpan.Start.Line, logs.Minimum.Text.LineSpan.Start.Character));
        Assert.Equal((3, 21), (logs.Categories[0].LineSpan.Start.Line, logs.Categories[0].LineSpan.Start.Character));
    }

    [Fact]
    public void The_closest_retention_rule_covers_a_category()
    {
        var policy = PolicyReader.Read("""
            {
              "retention": [
                { "categories": ["user.behavior.purchase_history"], "minimum": "P3Y" },
                { "categories": ["user.device", "user.behavior.purchase_history.amount"], "minimum": "P6M" },
                { "categories": ["user.device.ip_address"], "minimum": "P1Y" }
              ]
            }
            """).Policy;

        Assert.Equal("P3Y", policy.FindRetention("user.behavior.purchase_history")!.Minimum.ToString());
        Assert.Equal("P3Y", policy.FindRetention("user.behavior.purchase_history.order_number")!.Minimum.ToString());
        Assert.Equal("P6M", policy.FindRetention("user.behavior.purchase_history.amount")!.Minimum.ToString());
        Assert.Equal("P6M", policy.FindRetention("user.device.mac_address")!.Minimum.ToString());
        Assert.Equal("P1Y", policy.FindRetention("user.device.ip_address")!.Minimum.ToString());
        Assert.Equal("P1Y", policy.FindRetention("user.device.ip_address.v6")!.Minimum.ToString());
        Assert.Null(policy.FindRetention("user.behavior"));
        Assert.Null(policy.FindRetention("user.devices"));
        Assert.Null(policy.FindRetention(""));
        Assert.Null(PrivacyPolicy.Empty.FindRetention("user.device"));
        Assert.Equal("user.device", policy.Retention[1].CoveringKey("user.device.model")!.Value);
        Assert.Equal("user.behavior.purchase_history.amount", policy.Retention[1].CoveringKey("user.behavior.purchase_history.amount")!.Value);
        Assert.Null(policy.Retention[1].CoveringKey("user.behavior.purchase_history"));
    }

    // The value starts at column 61: { "retention": [ { "categories": ["user.device"], "minimum": |"...
    [Theory]
    [InlineData("P", ": it needs at least one of years, months or days")]
    [InlineData("", "")]
    [InlineData("3 years", "")]
    [InlineData("p3y", "")]
    [InlineData("P6M1Y", "")]
    [InlineData("P3Y3Y", "")]
    [InlineData("P3", "")]
    [InlineData("PY", "")]
    [InlineData(" P3Y", "")]
    [InlineData("P2W", ": weeks are not allowed (count them in days)")]
    [InlineData("PT12H", ": hours, minutes and seconds are not allowed")]
    [InlineData("P1DT2H", ": hours, minutes and seconds are not allowed")]
    [InlineData("-P3Y", ": it cannot be negative")]
    [InlineData("P-3Y", ": it cannot be negative")]
    [InlineData("P1.5Y", ": its numbers must be whole")]
    [InlineData("P1,5Y", ": its numbers must be whole")]
    [InlineData("P99999999999Y", ": the number is too large")]
    public void A_malformed_period_is_one_problem_at_the_value_and_its_rule_is_left_out(string period, string reason)
    {
        var document = PolicyReader.Read("""{ "retention": [ { "categories": ["user.device"], "minimum": """ + "\"" + period + "\" } ] }");

        var problem = Assert.Single(document.Problems);
        Assert.Equal(PolicyProblemKind.InvalidEntry, problem.Kind);
        Assert.Equal(
            "'" + period + "' is not a retention period" + reason + "; write an ISO 8601 period of years, months and days such as 'P3Y', 'P6M', 'P1Y6M' or 'P30D'",
            problem.Message);
        Assert.Equal((0, 61), Position(problem));
        Assert.Equal(period.Length + 2, problem.Span.Length);
        Assert.Empty(document.Policy.Retention);
    }

    [Fact]
    public void Malformed_retention_rules_are_reported_where_they_are_wrong_and_the_valid_ones_kept()
    {
        var document = PolicyReader.Read("""
            {
              "retention": [
                "P3Y",
                { "minimum": "P3Y" },
                { "categories": ["user.device"] },
                { "categories": [], "minimum": "P6M" },
                { "categories": "user.device", "minimum": "P6M" },
                { "categories": ["user.device", 7, ""], "minimum": 6, "basis": 1 },
                { "categories": ["user.contact"], "minimum": "P1Y", "onExpiry": "archive", "period": "P1Y", "basis": "Contract" },
                { "categories": ["user.account"], "minimum": "P30D", "onExpiry": true }
              ]
            }
            """);

        Assert.Equal(
            new[]
            {
                ("A retention rule must be an object with 'categories' and a 'minimum', not a string", 2, 4),
                ("A retention rule needs 'categories'", 3, 4),
                ("A retention rule needs a 'minimum'", 4, 4),
                ("'categories' must not be empty: name the categories the retention rule is about", 5, 20),
                ("'categories' must be an array, not a string", 6, 20),
                ("The items of 'categories' must be strings, not a number", 7, 36),
                ("The items of 'categories' must not be empty", 7, 39),
                ("'minimum' must be a string, not a number", 7, 55),
                ("'basis' must be a string, not a number", 7, 67),
                ("'archive' is not an expiry action; expected 'delete' or 'anonymize'", 8, 68),
                ("Unknown property 'period' in a retention rule; expected categories, minimum, basis, onExpiry", 8, 79),
                ("'onExpiry' must be a string, not a boolean", 9, 69),
            },
            document.Problems.Select(p => (p.Message, Position(p).Line, Position(p).Column)));
        Assert.All(document.Problems, p => Assert.Equal(PolicyProblemKind.InvalidEntry, p.Kind));

        // A wrong optional value leaves out the value; the rule stands.
        Assert.Equal(
            new[] { ("user.contact", "P1Y", "Contract", (ExpiryAction?)null), ("user.account", "P30D", null, null) },
            document.Policy.Retention.Select(r => (Assert.Single(r.Categories).Value, r.Minimum.ToString(), r.Basis, r.OnExpiry)));
    }

    [Fact]
    public void A_file_cut_anywhere_in_the_retention_section_reads_without_throwing_and_keeps_the_whole_rules_before_the_cut()
    {
        const string policy = """{ "retention": [ { "categories": ["user.behavior.purchase_history"], "minimum": "P3Y", "onExpiry": "anonymize" }, { "categories": ["user.behavior.login_log"], "minimum": "P6M" } ] }""";
        var secondRule = policy.IndexOf("{ \"categories\": [\"user.behavior.login_log", StringComparison.Ordinal);

        for (var length = 0; length < policy.Length; length++)
        {
            var document = PolicyReader.Read(policy.Substring(0, length));

            Assert.Contains(document.Problems, p => p.Kind == PolicyProblemKind.MalformedJson);
            if (length >= secondRule)
            {
                Assert.Equal("P3Y", document.Policy.FindRetention("user.behavior.purchase_history.amount")!.Minimum.ToString());
            }
        }
    }

    [Fact]
    public void Retention_that_is_not_an_array_is_reported_and_ignored()
    {
        var document = PolicyReader.Read("""{ "retention": { "categories": ["user.device"], "minimum": "P6M" } }""");

        var problem = Assert.Single(document.Problems);
        Assert.Equal("'retention' must be an array, not an object", problem.Message);
        Assert.Equal((0, 15), Position(problem));
        Assert.Empty(document.Policy.Retention);
    }

    [Fact]
    public void A_category_in_two_retention_rules_is_a_duplicate_and_the_first_rule_keeps_it()
    {
        var document = PolicyReader.Read("""
            {
              "retention": [
                { "categories": ["user.behavior.purchase_history", "user.behavior.login_log"], "minimum": "P3Y" },
                { "categories": ["user.device", "user.behavior.purchase_history"], "minimum": "P6M" },
                { "categories": ["user.behavior.login_log"], "minimum": "P1Y" },
                { "categories": ["user.contact", "user.contact"], "minimum": "P30D" },
                { "categories": ["user.account"], "minimum": "P2W" },
                { "categories": ["user.account"], "minimum": "P1Y" }
              ]
            }
            """);

        Assert.Equal(
            new[]
            {
                (PolicyProblemKind.Duplicate, "The category 'user.behavior.purchase_history' is given a retention rule twice; the first, on line 3, is used", 3, 36),
                (PolicyProblemKind.Duplicate, "The category 'user.behavior.login_log' is given a retention rule twice; the first, on line 3, is used", 4, 21),
                (PolicyProblemKind.Duplicate, "The category 'user.contact' is given a retention rule twice; the first, on line 6, is used", 5, 37),
                (PolicyProblemKind.InvalidEntry, "'P2W' is not a retention period: weeks are not allowed (count them in days); write an ISO 8601 period of years, months and days such as 'P3Y', 'P6M', 'P1Y6M' or 'P30D'", 6, 49),
            },
            document.Problems.Select(p => (p.Kind, p.Message, Position(p).Line, Position(p).Column)));

        // A rule left out for its period does not take its categories; a rule whose every key is taken is left out.
        Assert.Equal(
            new[] { "P3Y", "P6M", "P30D", "P1Y" },
            document.Policy.Retention.Select(r => r.Minimum.ToString()));
        Assert.Equal("user.device", Assert.Single(document.Policy.Retention[1].Categories).Value);
        Assert.Equal("user.contact", Assert.Single(document.Policy.Retention[2].Categories).Value);
        Assert.Equal("P3Y", document.Policy.FindRetention("user.behavior.purchase_history.amount")!.Minimum.ToString());
        Assert.Equal("P3Y", document.Policy.FindRetention("user.behavior.login_log")!.Minimum.ToString());
        Assert.Equal("P1Y", document.Policy.FindRetention("user.account.username")!.Minimum.ToString());
    }

    [Fact]
    public void A_parent_key_approves_its_children_and_members_are_approved_one_by_one()
    {
        var policy = PolicyReader.Read("""
            { "recipients": [ { "name": "Risk", "categories": ["user.device"], "members": ["Order.Number"] } ] }
            """).Policy;

        var risk = Assert.Single(policy.Recipients);
        Assert.True(risk.ApprovesCategory("user.device"));
        Assert.True(risk.ApprovesCategory("user.device.wifi_list"));
        Assert.False(risk.ApprovesCategory("user.devices"));
        Assert.False(risk.ApprovesCategory("user"));
        Assert.True(risk.ApprovesMember("Order.Number"));
        Assert.False(risk.ApprovesMember("Order.Amount"));
    }

    [Fact]
    public void An_empty_object_is_the_empty_policy()
    {
        var document = PolicyReader.Read("{}");

        Assert.Empty(document.Problems);
        Assert.Empty(document.Policy.Recipients);
        Assert.Null(document.Policy.FindRecipient("WeChat Pay"));
    }

    [Fact]
    public void Malformed_json_is_one_problem_and_what_came_before_it_is_kept()
    {
        var document = PolicyReader.Read("""
            {
              "purposes": [ { "id": "payment" } ],
              "recipients": [
                { "name": "WeChat Pay", "purposes": ["payment"], "categories": ["user.behavior.purchase_history"] },
                { "name": "Alipay", "categories": ["user.device"], }
              ]
            }
            """);

        var problem = Assert.Single(document.Problems);
        Assert.Equal(PolicyProblemKind.MalformedJson, problem.Kind);
        Assert.Equal("Trailing comma before '}' is not allowed in JSON", problem.Message);
        Assert.Equal((4, 53), Position(problem));
        // The recipient the error broke off in keeps what it had; the one before is whole.
        Assert.Equal(new[] { "WeChat Pay", "Alipay" }, document.Policy.Recipients.Select(r => r.Name.Value));
        Assert.True(document.Policy.FindRecipient("Alipay")!.ApprovesCategory("user.device.mac_address"));
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_an_invalid_entry()
    {
        var problem = Assert.Single(PolicyReader.Read("  [1]").Problems);

        Assert.Equal(PolicyProblemKind.InvalidEntry, problem.Kind);
        Assert.Equal("The policy must be a JSON object, not an array", problem.Message);
        Assert.Equal((0, 2), Position(problem));
    }

    [Fact]
    public void Wrong_value_types_are_reported_at_the_value_and_left_out()
    {
        var document = PolicyReader.Read("""
            {
              "purposes": { "id": "payment" },
              "recipients": [
                "WeChat Pay",
                { "name": 42 },
                { "name": "Alipay", "categories": "user.device", "purposes": [1], "region": "China" }
              ],
              "cookies": { "categories": [true] }
            }
            """);

        Assert.Equal(
            new[]
            {
                (PolicyProblemKind.InvalidEntry, "'purposes' must be an array, not an object", 1, 14),
                (PolicyProblemKind.InvalidEntry, "The items of 'categories' must be strings, not a boolean", 7, 30),
                (PolicyProblemKind.InvalidEntry, "A recipient must be an object with a 'name', not a string", 3, 4),
                (PolicyProblemKind.InvalidEntry, "'name' must be a string, not a number", 4, 14),
                (PolicyProblemKind.InvalidEntry, "'categories' must be an array, not a string", 5, 38),
                (PolicyProblemKind.InvalidEntry, "The items of 'purposes' must be strings, not a number", 5, 66),
                (PolicyProblemKind.InvalidEntry, "'China' is not a region code; use an upper-case ISO 3166-1 alpha-2 code such as 'CN'", 5, 80),
            },
            document.Problems.Select(p => (p.Kind, p.Message, Position(p).Line, Position(p).Column)));
        var alipay = Assert.Single(document.Policy.Recipients);
        Assert.Empty(alipay.Categories);
        Assert.Null(alipay.Region);
    }

    [Fact]
    public void Unknown_and_repeated_properties_are_reported_at_the_property_name()
    {
        var document = PolicyReader.Read("""
            {
              "recipient": [],
              "recipients": [ { "name": "Alipay", "categories": ["user.device"], "catgories": [], "name": "Other" } ]
            }
            """);

        Assert.Equal(
            new[]
            {
                ("Unknown property 'recipient' in the policy; expected $schema, purposes, recipients, regions, cookies, retention", 1, 2),
                ("Unknown property 'catgories' in a recipient; expected name, description, purposes, categories, members, sdkNamespaces, sdkTypes, httpHosts, region", 2, 69),
                ("The property 'name' is given twice in a recipient; the first one is used", 2, 86),
            },
            document.Problems.Select(p => (p.Message, Position(p).Line, Position(p).Column)));
        Assert.Equal("Alipay", Assert.Single(document.Policy.Recipients).Name.Value);
    }

    [Fact]
    public void Missing_or_empty_names_and_malformed_values_are_reported()
    {
        var document = PolicyReader.Read("""
            {
              "purposes": [ { "description": "no id" }, { "id": " " } ],
              "recipients": [
                { "categories": [] },
                { "name": "Sms", "members": ["Phone"], "httpHosts": ["https://dysmsapi.aliyuncs.com/"], "sdkTypes": ["Ali Sms"] }
              ],
              "regions": { "exceptions": [ { "basis": "treaty" }, { "description": "no basis" } ] }
            }
            """);

        Assert.Equal(
            new[]
            {
                ("A purpose needs an 'id'", 1, 16),
                ("'id' must not be empty", 1, 52),
                ("'treaty' is not a transfer basis; expected 'law', 'consent' or 'cross-border-transaction'", 6, 42),
                ("A region exception needs a 'basis'", 6, 54),
                ("A recipient needs a 'name'", 3, 4),
                ("'Phone' is not a member; write 'Type.Member'", 4, 33),
                ("'https://dysmsapi.aliyuncs.com/' is not a host name; write the host alone, without scheme, port or path", 4, 57),
                ("'Ali Sms' is not a type's full name", 4, 105),
            },
            document.Problems.Select(p => (p.Message, Position(p).Line, Position(p).Column)));
        Assert.Empty(document.Policy.Purposes);
        var sms = Assert.Single(document.Policy.Recipients);
        Assert.Empty(sms.Members);
        Assert.Empty(sms.HttpHosts);
    }

    [Fact]
    public void Undeclared_purposes_and_recipients_are_reported_where_they_are_named()
    {
        var document = PolicyReader.Read("""
            {
              "recipients": [ { "name": "Alipay", "purposes": ["payment", "payments"] } ],
              "purposes": [ { "id": "payment" } ],
              "regions": { "allowed": ["CN"], "exceptions": [ { "basis": "consent", "recipients": ["alipay", "Stripe"] } ] }
            }
            """);

        Assert.Equal(
            new[]
            {
                (PolicyProblemKind.UndeclaredReference, "The recipient 'Alipay' names the purpose 'payments', which the policy does not declare in 'purposes'", 1, 62),
                (PolicyProblemKind.UndeclaredReference, "The region exception names the recipient 'Stripe', which the policy does not declare", 3, 97),
            },
            document.Problems.Select(p => (p.Kind, p.Message, Position(p).Line, Position(p).Column)));
    }

    [Fact]
    public void Duplicates_are_reported_at_the_second_declaration_and_the_first_is_kept()
    {
        var document = PolicyReader.Read("""
            {
              "purposes": [ { "id": "payment" }, { "id": "payment" } ],
              "recipients": [
                { "name": "WeChat Pay", "categories": ["user.behavior.purchase_history"] },
                { "name": "wechat pay", "categories": ["user.contact"] }
              ]
            }
            """);

        Assert.Equal(
            new[]
            {
                (PolicyProblemKind.Duplicate, "The purpose 'payment' is declared twice; the first declaration, on line 2, is used", 1, 45),
                (PolicyProblemKind.Duplicate, "The recipient 'wechat pay' is declared twice; the first declaration, on line 4, is used", 4, 14),
            },
            document.Problems.Select(p => (p.Kind, p.Message, Position(p).Line, Position(p).Column)));
        var weChat = Assert.Single(document.Policy.Recipients);
        Assert.False(weChat.ApprovesCategory("user.contact.phone_number"));
    }

    [Fact]
    public void Unknown_categories_are_found_against_the_known_keys_with_a_suggestion()
    {
        var document = PolicyReader.Read("""
            {
              "recipients": [ { "name": "Sms", "categories": ["user.contact.phone_number", "user.contact.phonenumber"] } ],
              "cookies": { "categories": ["user.loyalty"] },
              "retention": [ { "categories": ["user.contact.phone_number", "user.behavior.purchase_histroy"], "minimum": "P3Y" } ]
            }
            """);
        var known = new HashSet<string> { "user.contact.phone_number" };

        var problems = PolicyReader.FindUnknownCategories(
            document.Policy,
            known.Contains,
            key => key == "user.contact.phonenumber" ? "user.contact.phone_number" : null);

        Assert.Equal(
            new[]
            {
                ("'user.contact.phonenumber' is not a known data category; did you mean 'user.contact.phone_number'?", 1, 79),
                ("'user.loyalty' is not a known data category", 2, 30),
                ("'user.behavior.purchase_histroy' is not a known data category", 3, 63),
            },
            problems.Select(p => (p.Message, Position(p).Line, Position(p).Column)));
        Assert.All(problems, p => Assert.Equal(PolicyProblemKind.UnknownCategory, p.Kind));
    }

    private static (int Line, int Column) Position(PolicyProblem problem)
        => (problem.LineSpan.Start.Line, problem.LineSpan.Start.Character);
}
