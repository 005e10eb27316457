using Microsoft.CodeAnalysis.Testing;
using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Inventory.NoRetentionPeriodAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

public class NoRetentionPeriodAnalyzerTests
{
    private static DiagnosticResult Expected(int location, string name, string category)
        => VerifyCS.Diagnostic(RuleCatalog.NoRetentionPeriod).WithLocation(location).WithArguments(name, category);

    [Fact]
    public async Task Personal_property_and_field_without_retention_are_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? {|#0:Mobile|} { get; set; }
                [PersonalInfo("user.contact.email")] private string? {|#1:_email|};
                public string? Nickname { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Customer.Mobile", "user.contact.phone_number"),
            Expected(1, "Customer._email", "user.contact.email"));
    }

    [Fact]
    public async Task Positional_record_parameters_are_reported_at_the_parameter_with_or_without_the_property_target()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record Customer(
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] string {|#0:Mobile|},
                [property: PersonalInfo(DataCategory.Contact.Email)] string {|#1:Email|},
                [property: PersonalInfo(DataCategory.Name.All), RetainFor(Years = 1)] string Name,
                string Note);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Customer.Mobile", "user.contact.phone_number"),
            Expected(1, "Customer.Email", "user.contact.email"));
    }

    [Fact]
    public async Task Type_marked_personal_as_a_whole_without_retention_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [PersonalInfo(DataCategory.Location.Precise)]
            public partial struct {|#0:GeoPoint|}
            {
                public double Latitude { get; set; }
            }

            [PersonalInfo(DataCategory.Contact.Address), RetainFor(Years = 3)]
            public partial class Address
            {
                public string? Street { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "GeoPoint", "user.location.precise"));
    }

    [Fact]
    public async Task Retention_on_the_member_the_type_or_a_base_type_is_enough()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber), RetainFor(Years = 3)]
                public string? Mobile { get; set; }
            }

            [RetainFor(Years = 3, From = nameof(CreatedAt))]
            public partial class Order
            {
                public DateTime CreatedAt { get; set; }
                [PersonalInfo(DataCategory.Contact.Address)] public string? ShippingAddress { get; set; }
            }

            public partial class ExpressOrder : Order
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? CourierPhone { get; set; }
            }

            [PersonalInfo(DataCategory.Name.All)]
            public partial class VipCustomer : Order
            {
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Parameters_return_values_interfaces_and_constants_are_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public interface IContact
            {
                [PersonalInfo(DataCategory.Contact.Email)] string? Email { get; }
            }

            public class Sender
            {
                [PersonalInfo(DataCategory.Contact.Email)] public const string Support = "support@example.com";

                [return: PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Send([PersonalInfo(DataCategory.Contact.PhoneNumber)] string mobile) => mobile;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Members_of_types_in_metadata_are_not_reported()
    {
        var library = await InventoryTestLibrary.CompileAsync("""
            using PrivacyAnalyzers;

            namespace Library;

            public partial class Person
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Mobile { get; set; }
            }
            """);
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Account : Library.Person
                {
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(library);

        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_runtime()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class PersonalInfoAttribute : System.Attribute { public PersonalInfoAttribute(string c) { } }
                public class Customer { [PersonalInfo("user.contact.email")] public string? Email { get; set; } }
                """,
        };
        test.TestState.AdditionalReferences.Clear();

        await test.RunAsync();
    }
}
