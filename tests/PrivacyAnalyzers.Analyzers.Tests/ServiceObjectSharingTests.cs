using Microsoft.CodeAnalysis.Testing;
using Verifier = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Policy.ThirdPartySharingAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>
/// The flow engine reads whole objects as carrying personal information by the same rule as PRIV100: an object whose
/// annotated state is private (a service, a cache) hands over nothing when it is serialized or passed on, since
/// serializers and printing read public members only; an object exposing annotated members publicly carries them.
/// </summary>
public class ServiceObjectSharingTests
{
    private const string Models = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Shop
        {
            public partial class Order
            {
                public long Id { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string BuyerPhone { get; set; } = "";
            }

            // A service: the orders it works on stay inside it.
            public class OrderBatch
            {
                private Order? _current;
                private readonly List<Order> _pending = new List<Order>();
                public int Count => _pending.Count;
                public void Add(Order order) { _current = order; _pending.Add(order); }
            }

            // A data object: the order is part of what it shows.
            public class PaymentRequest
            {
                public string Channel { get; set; } = "";
                public Order? Order { get; set; }
            }

            [ThirdParty("WeChat Pay")]
            public class WeChatPaySdk
            {
                public void Submit(object request) { }
            }
        }
        """;

    private const string Policy = """
        {
          "purposes": [ { "id": "payment" } ],
          "recipients": [
            {
              "name": "WeChat Pay",
              "purposes": ["payment"],
              "categories": [],
              "httpHosts": ["api.mch.weixin.qq.com"],
              "region": "CN"
            }
          ],
          "regions": { "allowed": ["CN"] }
        }
        """;

    [Fact]
    public async Task A_service_object_handed_to_a_recipient_carries_nothing_and_a_data_object_carries_its_public_members()
    {
        const string source = """
            namespace Shop;

            public class Payments
            {
                public void Run(WeChatPaySdk sdk, OrderBatch batch, PaymentRequest request)
                {
                    sdk.Submit(batch);
                    sdk.Submit({|#0:request|});
                }
            }
            """;

        var test = new Verifier.Test();
        test.TestState.Sources.Add(Models);
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("/0/privacy.json", Policy));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic(RuleCatalog.SharedWithUnapprovedRecipient).WithLocation(0).WithArguments(
            "'Order.BuyerPhone' (user.contact.phone_number) is", "WeChat Pay", "WeChatPaySdk.Submit", "approves no personal information for it"));
        await test.RunAsync(CancellationToken.None);
    }
}
