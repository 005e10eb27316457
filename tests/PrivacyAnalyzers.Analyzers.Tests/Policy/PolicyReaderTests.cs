using System.Text.RegularExpressions;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

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
                ("Unknown property 'recipient' in the policy; expected $schema, purposes, recipients, regions, cookies", 1, 2),
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
              "cookies": { "categories": ["user.loyalty"] }
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
            },
            problems.Select(p => (p.Message, Position(p).Line, Position(p).Column)));
        Assert.All(problems, p => Assert.Equal(PolicyProblemKind.UnknownCategory, p.Kind));
    }

    private static (int Line, int Column) Position(PolicyProblem problem)
        => (problem.LineSpan.Start.Line, problem.LineSpan.Start.Character);
}
