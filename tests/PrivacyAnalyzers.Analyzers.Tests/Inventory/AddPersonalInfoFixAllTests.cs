using Microsoft.CodeAnalysis.Testing;
using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Analyzers.Inventory.LikelyPersonalInfoAnalyzer,
    PrivacyAnalyzers.CodeFixes.Inventory.AddPersonalInfoCodeFixProvider>;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

/// <summary>Fix All of the PRIV007 fix: every suggestion of a document, a project or a solution annotated in one pass.</summary>
public class AddPersonalInfoFixAllTests
{
    private const string Customer = """
        namespace Shop;

        public class Customer
        {
            public string? {|#0:Email|} { get; set; }
            public string? {|#1:Mobile|} { get; set; }

            public void Register(string {|#2:customerEmail|}) { }
        }
        """;

    private const string CustomerFixed = """
        using PrivacyAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalInfo(DataCategory.Contact.Email)]
            public string? Email { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)]
            public string? Mobile { get; set; }

            public void Register([PersonalInfo(DataCategory.Contact.Email)] string customerEmail) { }
        }
        """;

    private const string Device = """
        using System;

        namespace Shop;

        public partial record Device(string {|#3:IPAddress|}, Guid {|#4:DeviceId|});
        """;

    private const string DeviceFixed = """
        using System;
        using PrivacyAnalyzers;

        namespace Shop;

        public partial record Device([property: PersonalInfo(DataCategory.Device.IpAddress)] string IPAddress, [property: PersonalInfo(DataCategory.Device.DeviceId)] Guid DeviceId);
        """;

    private static DiagnosticResult Expected(int location, string name, string category)
        => VerifyCS.Diagnostic(RuleCatalog.LikelyPersonalInfoNotAnnotated).WithLocation(location).WithArguments(name, category);

    [Fact]
    public async Task Fix_all_annotates_every_suggestion_of_every_document_in_one_pass()
    {
        var test = new VerifyCS.Test
        {
            // One iteration per scope: Fix All in a document fixes that document, in the project or solution both documents.
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        test.TestState.Sources.Add(("Customer.cs", Customer));
        test.TestState.Sources.Add(("Device.cs", Device));
        test.FixedState.Sources.Add(("Customer.cs", CustomerFixed));
        test.FixedState.Sources.Add(("Device.cs", DeviceFixed));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Expected(0, "Customer.Email", "user.contact.email"),
            Expected(1, "Customer.Mobile", "user.contact.phone_number"),
            Expected(2, "Customer.Register(customerEmail)", "user.contact.email"),
            Expected(3, "Device.IPAddress", "user.device.ip_address"),
            Expected(4, "Device.DeviceId", "user.device.device_id"),
        });

        await test.RunAsync();
    }
}
