using Microsoft.CodeAnalysis.Testing;
using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Analyzers.Inventory.LikelyPersonalInfoAnalyzer,
    PrivacyAnalyzers.CodeFixes.Inventory.AddPersonalInfoCodeFixProvider>;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

public class AddPersonalInfoCodeFixTests
{
    private static DiagnosticResult Expected(int location, string name, string category)
        => VerifyCS.Diagnostic(RuleCatalog.LikelyPersonalInfoNotAnnotated).WithLocation(location).WithArguments(name, category);

    [Fact]
    public async Task Marks_a_property_with_the_DataCategory_constant_and_keeps_its_documentation_above()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Customer
            {
                /// <summary>Where order notices go.</summary>
                public string? {|#0:Mobile|} { get; set; }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public class Customer
            {
                /// <summary>Where order notices go.</summary>
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string? Mobile { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Customer.Mobile", "user.contact.phone_number"), fixedSource);
    }

    [Fact]
    public async Task Marks_a_field_before_its_existing_attributes()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public class Customer
            {
                [Obsolete]
                private string? {|#0:_idCard|};
            }
            """;
        const string fixedSource = """
            using System;
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalInfo(DataCategory.GovernmentId.NationalId)]
                [Obsolete]
                private string? _idCard;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            Expected(0, "Customer._idCard", "user.government_id.national_identification_number"), fixedSource);
    }

    [Fact]
    public async Task Marks_a_parameter_inline()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Notifier
            {
                public void Send(string {|#0:email|}, string body) { }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public class Notifier
            {
                public void Send([PersonalInfo(DataCategory.Contact.Email)] string email, string body) { }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Notifier.Send(email)", "user.contact.email"), fixedSource);
    }

    [Fact]
    public async Task Marks_a_positional_record_parameter_with_the_property_target()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record Customer(int Id, string {|#0:Mobile|});
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public partial record Customer(int Id, [property: PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile);
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Customer.Mobile", "user.contact.phone_number"), fixedSource);
    }

    [Fact]
    public async Task Adds_the_using_directive_once_when_fixing_several_members()
    {
        const string source = """
            using System;

            namespace Shop;

            public class Customer
            {
                public string? {|#0:Email|} { get; set; }

                public DateTime? {|#1:Birthday|} { get; set; }
            }
            """;
        const string fixedSource = """
            using System;
            using PrivacyAnalyzers;

            namespace Shop;

            public class Customer
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string? Email { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                public DateTime? Birthday { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            new[]
            {
                Expected(0, "Customer.Email", "user.contact.email"),
                Expected(1, "Customer.Birthday", "user.demographic.date_of_birth"),
            },
            fixedSource);
    }

    [Fact]
    public async Task Adds_the_first_using_directive_of_a_file()
    {
        const string source = """
            public class Device
            {
                public string? {|#0:Imei|} { get; set; }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public class Device
            {
                [PersonalInfo(DataCategory.Device.Imei)]
                public string? Imei { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Device.Imei", "user.device.imei"), fixedSource);
    }

    [Fact]
    public async Task Adds_the_first_using_directive_after_the_file_header()
    {
        const string source = """
            // Copyright (c) SimWorks.

            public class Payment
            {
                public string? {|#0:BankCardNo|} { get; set; }
            }
            """;
        const string fixedSource = """
            // Copyright (c) SimWorks.

            using PrivacyAnalyzers;

            public class Payment
            {
                [PersonalInfo(DataCategory.Financial.BankAccount)]
                public string? BankCardNo { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Payment.BankCardNo", "user.financial.bank_account"), fixedSource);
    }

    [Fact]
    public async Task Does_not_add_a_using_inside_the_runtime_namespace()
    {
        const string source = """
            namespace PrivacyAnalyzers.Samples
            {
                public class Device
                {
                    public string? {|#0:Bssid|} { get; set; }
                }
            }
            """;
        const string fixedSource = """
            namespace PrivacyAnalyzers.Samples
            {
                public class Device
                {
                    [PersonalInfo(DataCategory.Device.WifiList)]
                    public string? Bssid { get; set; }
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "Device.Bssid", "user.device.wifi_list"), fixedSource);
    }

    [Fact]
    public async Task Offers_no_fix_for_a_field_declaring_several_variables()
    {
        const string source = """
            public class Customer
            {
                private string? {|#0:_email|}, {|#1:_mobile|};
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            new[]
            {
                Expected(0, "Customer._email", "user.contact.email"),
                Expected(1, "Customer._mobile", "user.contact.phone_number"),
            },
            source);
    }

    [Fact]
    public async Task Writes_the_key_as_a_string_when_the_runtime_declares_no_constant_for_it()
    {
        const string runtime = """
            namespace PrivacyAnalyzers
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class PersonalInfoAttribute : System.Attribute
                {
                    public PersonalInfoAttribute(string category) { }
                }
            }
            """;
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    public class Customer
                    {
                        public string? {|#0:Surname|} { get; set; }
                    }
                    """,
                    runtime,
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using PrivacyAnalyzers;

                    public class Customer
                    {
                        [PersonalInfo("user.name.last")]
                        public string? Surname { get; set; }
                    }
                    """,
                    runtime,
                },
            },
        };
        test.TestState.AdditionalReferences.Clear();
        test.ExpectedDiagnostics.Add(Expected(0, "Customer.Surname", "user.name.last"));

        await test.RunAsync();
    }
}
