using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Inventory;
using PrivacyAnalyzers.Analyzers.Tests.Flow;
using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Inventory.LikelyPersonalInfoAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

public class LikelyPersonalInfoAnalyzerTests
{
    private static DiagnosticResult Expected(int location, string name, string category)
        => VerifyCS.Diagnostic(RuleCatalog.LikelyPersonalInfoNotAnnotated).WithLocation(location).WithArguments(name, category);

    [Fact]
    public async Task Property_field_and_method_parameters_are_reported_with_the_inferred_category()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Customer
            {
                public string? {|#0:Mobile|} { get; set; }
                private string? {|#1:_email|};
                public string? Nickname { get; set; }
            }

            public class AccountService
            {
                public AccountService(string {|#2:clientIp|}) { }

                public void Register(string {|#3:customerEmail|}, int age) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Customer.Mobile", "user.contact.phone_number"),
            Expected(1, "Customer._email", "user.contact.email"),
            Expected(2, "AccountService(clientIp)", "user.device.ip_address"),
            Expected(3, "AccountService.Register(customerEmail)", "user.contact.email"));
    }

    [Fact]
    public async Task Parameters_of_a_ThirdParty_signature_are_not_reported_but_its_properties_and_other_methods_are()
    {
        const string source = """
            using PrivacyAnalyzers;

            [ThirdParty("Loyalty Cloud")]
            public interface ILoyaltyCloud
            {
                void Enroll(string mobile, string email);
            }

            public class SmsGateway
            {
                [ThirdParty("Alibaba Cloud SMS")]
                public void Send(string phoneNumbers, string text) { }

                public void Log(string {|#0:mobile|}) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "SmsGateway.Log(mobile)", "user.contact.phone_number"));
    }

    [Fact]
    public async Task Message_names_the_member_and_the_category()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Customer
            {
                public string? {|#0:IdCardNo|} { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.LikelyPersonalInfoNotAnnotated).WithLocation(0)
                .WithMessage("'Customer.IdCardNo' looks like personal information (user.government_id.national_identification_number) but is not marked [PersonalInfo]"));
    }

    [Fact]
    public async Task Positional_record_parameters_are_reported_as_the_record_property()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record Customer(
                int Id,
                string {|#0:Mobile|},
                [property: PersonalInfo(DataCategory.Contact.Email)] string Email,
                [PersonalInfo(DataCategory.Name.All)] string FullName);

            public class Shipment(string {|#1:address|});
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Customer.Mobile", "user.contact.phone_number"),
            Expected(1, "Shipment(address)", "user.contact.address"));
    }

    [Fact]
    public async Task A_record_parameter_hidden_by_a_declared_property_is_reported_once_at_the_property()
    {
        const string source = """
            public record Customer(string Mobile)
            {
                public string {|#0:Mobile|} { get; init; } = Mobile;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "Customer.Mobile", "user.contact.phone_number"));
    }

    [Theory]
    [InlineData("IPAddress", "user.device.ip_address")]
    [InlineData("user_mobile", "user.contact.phone_number")]
    [InlineData("MobileNo", "user.contact.phone_number")]
    [InlineData("customerEmail", "user.contact.email")]
    [InlineData("EMail", "user.contact.email")]
    [InlineData("BackupEmails", "user.contact.email")]
    [InlineData("PhoneNumber", "user.contact.phone_number")]
    [InlineData("HomeTel", "user.contact.phone_number")]
    [InlineData("CellPhone", "user.contact.phone_number")]
    [InlineData("IdCard", "user.government_id.national_identification_number")]
    [InlineData("national_id", "user.government_id.national_identification_number")]
    [InlineData("IdentityNumber", "user.government_id.national_identification_number")]
    [InlineData("SSN", "user.government_id.national_identification_number")]
    [InlineData("CitizenId", "user.government_id.national_identification_number")]
    [InlineData("PassportNo", "user.government_id.passport_number")]
    [InlineData("FirstName", "user.name.first")]
    [InlineData("GivenName", "user.name.first")]
    [InlineData("lastName", "user.name.last")]
    [InlineData("Surname", "user.name.last")]
    [InlineData("FullName", "user.name")]
    [InlineData("RealName", "user.name")]
    [InlineData("ShippingAddress", "user.contact.address")]
    [InlineData("Addresses", "user.contact.address")]
    [InlineData("StreetAddress", "user.contact.address.street")]
    [InlineData("HomeCity", "user.contact.address.city")]
    [InlineData("PostalCode", "user.contact.address.postal_code")]
    [InlineData("Zip", "user.contact.address.postal_code")]
    [InlineData("BirthDate", "user.demographic.date_of_birth")]
    [InlineData("DateOfBirth", "user.demographic.date_of_birth")]
    [InlineData("Birthday", "user.demographic.date_of_birth")]
    [InlineData("DOB", "user.demographic.date_of_birth")]
    [InlineData("Ip", "user.device.ip_address")]
    [InlineData("ClientIP", "user.device.ip_address")]
    [InlineData("RemoteIp", "user.device.ip_address")]
    [InlineData("MacAddress", "user.device.mac_address")]
    [InlineData("Mac", "user.device.mac_address")]
    [InlineData("Imei", "user.device.imei")]
    [InlineData("IMSI", "user.device.imsi")]
    [InlineData("Iccid", "user.device.sim_serial_number")]
    [InlineData("SimSerialNumber", "user.device.sim_serial_number")]
    [InlineData("WifiList", "user.device.wifi_list")]
    [InlineData("WiFi", "user.device.wifi_list")]
    [InlineData("Bssid", "user.device.wifi_list")]
    [InlineData("Ssids", "user.device.wifi_list")]
    [InlineData("Latitude", "user.location.precise")]
    [InlineData("Longitude", "user.location.precise")]
    [InlineData("Lng", "user.location.precise")]
    [InlineData("GeoLocation", "user.location.precise")]
    [InlineData("BankCardNumber", "user.financial.bank_account")]
    [InlineData("BankAccount", "user.financial.bank_account")]
    [InlineData("AccountNumber", "user.financial.bank_account")]
    [InlineData("Iban", "user.financial.bank_account")]
    [InlineData("CardNumber", "user.financial.credit_card")]
    [InlineData("UserName", "user.account.username")]
    [InlineData("Username", "user.account.username")]
    [InlineData("LoginName", "user.account.username")]
    [InlineData("Password", "user.authorization.password")]
    [InlineData("PasswordHash", "user.authorization.password")]
    public async Task Names_are_split_into_words_and_matched(string name, string category)
    {
        var source = "public class Customer { public object? {|#0:" + name + "|} { get; set; } }";

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "Customer." + name, category));
    }

    [Theory]
    [InlineData("EmailTemplate")]
    [InlineData("PhoneNumberType")]
    [InlineData("AddressKind")]
    [InlineData("EmailFormat")]
    [InlineData("PhonePattern")]
    [InlineData("EmailRegex")]
    [InlineData("PhoneValidator")]
    [InlineData("EmailConfirmed")]
    [InlineData("PhoneVerified")]
    [InlineData("EmailEnabled")]
    [InlineData("AddressCount")]
    [InlineData("MaxEmailLength")]
    [InlineData("AddressId")]
    [InlineData("EmailSender")]
    [InlineData("IsPhoneConfirmed")]
    [InlineData("EmailChangedAt")]
    [InlineData("PasswordSalt")]
    [InlineData("PhoneNumberKind")]
    [InlineData("Hotel")]
    [InlineData("Latency")]
    [InlineData("Name")]
    [InlineData("Description")]
    public async Task Names_that_describe_personal_information_rather_than_hold_it_are_not_reported(string name)
    {
        var source = "public class Settings { public object? " + name + " { get; set; } }";

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Bools_enums_delegates_and_constants_are_not_reported()
    {
        const string source = """
            using System;

            public enum ContactChannel { Sms, Email }

            public class Account
            {
                public const string SupportEmail = "support@example.com";
                public bool IsPhoneConfirmed { get; set; }
                public bool? Email { get; set; }
                public ContactChannel Phone { get; set; }
                public ContactChannel? Mobile { get; set; }
                public Func<string>? EmailProvider { get; set; }
                public Action<string>? SendEmail;
                public Func<string, bool>? Address;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Members_of_attributes_and_exceptions_are_not_reported()
    {
        const string source = """
            using System;

            public sealed class ContactAttribute : Attribute
            {
                public ContactAttribute(string email) => Email = email;
                public string Email { get; }
            }

            public class InvalidPhoneException : ArgumentException
            {
                public InvalidPhoneException(string phone) : base("invalid") => Phone = phone;
                public string Phone { get; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Annotated_and_classified_members_are_not_reported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using Microsoft.Extensions.Compliance.Classification;
                using PrivacyAnalyzers;

                public sealed class PrivateDataAttribute : DataClassificationAttribute
                {
                    public PrivateDataAttribute() : base(new DataClassification("Shop", "Private")) { }
                }

                [PersonalInfo(DataCategory.Contact.Address)]
                public partial class PostalAddress
                {
                    public string? Street { get; set; }
                    public string? City { get; set; }
                }

                public partial class Customer
                {
                    [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Mobile { get; set; }
                    [PrivateData] public string? Email { get; set; }
                    [NoDataClassification] public string? {|#0:Phone|} { get; set; }
                    public PostalAddress? Address { get; set; }
                    public void Notify([PersonalInfo(DataCategory.Contact.Email)] string email, [PrivateData] string mobile) { }
                }

                public partial record Member([PrivateData] string Email, [property: PrivateData] string Phone);
                """,
        };
        test.TestState.AdditionalReferences.AddRange(FlowVerifier<LikelyPersonalInfoAnalyzer>.Compliance);
        test.ExpectedDiagnostics.Add(Expected(0, "Customer.Phone", "user.contact.phone_number"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Overrides_interface_implementations_and_lambdas_follow_the_declaration_they_implement()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public interface IContact
            {
                string? {|#0:Email|} { get; }
                void Send(string {|#1:mobile|});
            }

            public abstract class ContactBase
            {
                public abstract string? {|#2:Phone|} { get; }
                public abstract void Call(string {|#3:phone|});
            }

            public class Contact : ContactBase, IContact
            {
                public string? Email => null;
                public void Send(string mobile) { }
                public override string? Phone => null;
                public override void Call(string phone) { }
                string? Other => null;
                public Func<string, int> Length = email => email.Length;
            }

            public class ExplicitContact : IContact
            {
                string? IContact.Email => null;
                void IContact.Send(string mobile) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "IContact.Email", "user.contact.email"),
            Expected(1, "IContact.Send(mobile)", "user.contact.phone_number"),
            Expected(2, "ContactBase.Phone", "user.contact.phone_number"),
            Expected(3, "ContactBase.Call(phone)", "user.contact.phone_number"));
    }

    [Fact]
    public async Task Excluded_names_from_editorconfig_are_not_reported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Company
                {
                    public string? SupportEmail { get; set; }
                    public string? support_email_backup { get; set; }
                    public string? Tel { get; set; }
                    public string? HeadOfficeTel { get; set; }
                    public string? {|#0:ContactEmail|} { get; set; }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            privacy_analyzers.PRIV007.excluded_names = SupportEmail, tel
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "Company.ContactEmail", "user.contact.email"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_runtime()
    {
        var test = new VerifyCS.Test
        {
            TestCode = "public class Customer { public string? Email { get; set; } }",
        };
        test.TestState.AdditionalReferences.Clear();

        await test.RunAsync();
    }
}
