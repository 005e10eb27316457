using Microsoft.CodeAnalysis.Testing;
using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.Inventory.LikelyPersonalInfoAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

/// <summary>PRIV007 decides on the member's type and role as well as its name: the shapes that look personal by name alone but are not.</summary>
public class LikelyPersonalInfoPrecisionTests
{
    private static DiagnosticResult Expected(int location, string name, string category)
        => VerifyCS.Diagnostic(RuleCatalog.LikelyPersonalInfoNotAnnotated).WithLocation(location).WithArguments(name, category);

    [Fact]
    public async Task Services_interfaces_and_collections_of_services_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;

            public class User { }
            public interface IPasswordHasher<T> { string Hash(T user, string {|#1:password|}); }
            public interface IPasswordValidator<T> { bool Validate(T user, string {|#2:password|}); }
            public interface IChangeEmailCommand { void Run(User user, string {|#0:newEmail|}); }
            public sealed class MasterPasswordUnlockData { public string? Salt { get; set; } }

            public class AccountService
            {
                private readonly IPasswordHasher<User> _passwordHasher;
                private readonly IEnumerable<IPasswordValidator<User>> _passwordValidators;

                public AccountService(
                    IPasswordHasher<User> passwordHasher,
                    IEnumerable<IPasswordValidator<User>> passwordValidators,
                    IChangeEmailCommand changeEmailCommand)
                {
                    _passwordHasher = passwordHasher;
                    _passwordValidators = passwordValidators;
                }

                public MasterPasswordUnlockData? MasterPasswordUnlock { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "IChangeEmailCommand.Run(newEmail)", "user.contact.email"),
            Expected(1, "IPasswordHasher<T>.Hash(password)", "user.authorization.password"),
            Expected(2, "IPasswordValidator<T>.Validate(password)", "user.authorization.password"));
    }

    [Fact]
    public async Task Uris_and_locator_metadata_and_token_names_are_not_reported()
    {
        const string source = """
            using System;

            public class IdentityProviderProfile
            {
                public Uri? CallbackAddress { get; set; }
                public string? MetadataAddress { get; set; }
                public string? LocalAddress { get; set; }
                public string? ResetPasswordUrl { get; set; }
                public string? EmailVerificationToken { get; set; }
                public string? AvatarPath { get; set; }
                public int PurchasedPasswordManagerSeats { get; set; }
                public string? {|#0:HomeAddress|} { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "IdentityProviderProfile.HomeAddress", "user.contact.address"));
    }

    [Fact]
    public async Task File_system_and_reflection_objects_are_not_reported()
    {
        const string source = """
            using System.IO;
            using System.Reflection;

            public class FileSystemMetadata
            {
                public string? FullName { get; set; }
            }

            public class Import
            {
                public FileInfo? AddressBook { get; set; }
                public DirectoryInfo? UserNameFolder { get; set; }
                public PropertyInfo? EmailProperty;
                public void Read(FileSystemInfo address, MemberInfo email) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Static_members_and_data_members_of_services_and_settings_are_not_reported_but_service_parameters_are()
    {
        const string source = """
            using System.Collections.Generic;

            public class TaxRules
            {
                private static readonly HashSet<string> CountriesRequiringPostalCode = new HashSet<string> { "US" };
                public static string RealClientIp { get; } = "X-Real-IP";
            }

            public class SmtpSettings
            {
                public string? Password { get; set; }
                public string? ReplyToEmail { get; set; }
            }

            public class Tenant
            {
                public string? CertificatePassword { get; set; }
                public string? {|#1:AdminPassword|} { get; set; }
            }

            public class MailDeliveryService
            {
                private readonly string _replyEmail = "noreply@example.com";

                public void Send(string {|#0:toEmail|}) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "MailDeliveryService.Send(toEmail)", "user.contact.email"),
            Expected(1, "Tenant.AdminPassword", "user.authorization.password"));
    }

    [Fact]
    public async Task Organisations_values_certificate_passwords_network_endpoints_and_extension_receivers_are_not_reported()
    {
        const string source = """
            using System.Net;

            public class Organization
            {
                public string? BusinessAddress1 { get; set; }
                public string? TaxIdNumber { get; set; }
                public string? CompanyPhone { get; set; }
                public string? {|#0:OwnerEmail|} { get; set; }
            }

            public class CertificateInfo
            {
                public string? Password { get; set; }
            }

            public static class Certificates
            {
                public static void LoadCertificate(string file, string password) { }
                public static bool IsInternal(this IPAddress ip) => false;
            }

            public class NetworkUtils
            {
                public bool IsLinkLocal(IPAddress address) => false;
            }

            public class Sessions
            {
                public void Start(IPAddress {|#1:clientIp|}, string {|#2:password|}) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Organization.OwnerEmail", "user.contact.email"),
            Expected(1, "Sessions.Start(clientIp)", "user.device.ip_address"),
            Expected(2, "Sessions.Start(password)", "user.authorization.password"));
    }

    [Fact]
    public async Task The_name_of_a_type_that_stands_for_a_person_is_reported_other_names_are_not()
    {
        const string source = """
            public class User
            {
                public string? {|#0:Name|} { get; set; }
            }

            public class Customer
            {
                public string? {|#1:DisplayName|} { get; set; }
            }

            public class Product
            {
                public string? Name { get; set; }
                public void Rename(string name) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "User.Name", "user.name"),
            Expected(1, "Customer.DisplayName", "user.name"));
    }

    [Fact]
    public async Task Value_typed_and_collection_members_are_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Net;

            public readonly record struct EmailAddress(string Value);

            public class Person
            {
                public DateOnly {|#0:BirthDate|} { get; set; }
                public DateTimeOffset? {|#1:DateOfBirth|} { get; set; }
                public List<string> {|#2:Emails|} { get; } = new List<string>();
                public string[]? {|#3:PhoneNumbers|} { get; set; }
                public Guid {|#4:DeviceId|} { get; set; }
                public IPAddress? {|#5:ClientIp|} { get; set; }
                public EmailAddress {|#6:ContactEmail|} { get; set; }
                public long {|#7:Mobile|} { get; set; }
                public void SetPassword(ReadOnlySpan<char> {|#9:password|}) { }

                public void Invite(IEnumerable<string> {|#8:emails|}) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            Expected(0, "Person.BirthDate", "user.demographic.date_of_birth"),
            Expected(1, "Person.DateOfBirth", "user.demographic.date_of_birth"),
            Expected(2, "Person.Emails", "user.contact.email"),
            Expected(3, "Person.PhoneNumbers", "user.contact.phone_number"),
            Expected(4, "Person.DeviceId", "user.device.device_id"),
            Expected(5, "Person.ClientIp", "user.device.ip_address"),
            Expected(6, "Person.ContactEmail", "user.contact.email"),
            Expected(7, "Person.Mobile", "user.contact.phone_number"),
            Expected(8, "Person.Invite(emails)", "user.contact.email"),
            Expected(9, "Person.SetPassword(password)", "user.authorization.password"));
    }

    [Fact]
    public async Task Composite_types_named_like_personal_values_are_not_reported_but_their_members_are()
    {
        const string source = """
            public class BillingAddress
            {
                public string? Line1 { get; set; }
                public string? {|#0:City|} { get; set; }
            }

            public class Checkout
            {
                public BillingAddress? BillingAddress { get; set; }
                public void Run(BillingAddress billingAddress) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "BillingAddress.City", "user.contact.address.city"));
    }

    [Fact]
    public async Task Unresolved_types_are_judged_by_their_names()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Invitation
                {
                    public {|CS0246:IEnumerable<string>|} {|#0:Emails|} { get; set; }
                    public {|CS0246:Guid|} {|#1:DeviceId|} { get; set; }
                    public {|CS0246:IPasswordHasher|} PasswordHasher { get; set; }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Expected(0, "Invitation.Emails", "user.contact.email"));
        test.ExpectedDiagnostics.Add(Expected(1, "Invitation.DeviceId", "user.device.device_id"));

        await test.RunAsync();
    }

    private const string TestFramework = """
        namespace Xunit
        {
            public sealed class FactAttribute : System.Attribute { }
            public sealed class TheoryAttribute : System.Attribute { }
        }
        """;

    private const string TestClass = """
        using Xunit;

        public class RegistrationTests
        {
            [Theory]
            public void Registers(string {|#0:email|}, string {|#1:phoneNumber|}) { }

            public void Helper(string {|#2:mobile|}) { }
        }

        public class ImportTests
        {
            public void Imports(string {|#3:email|}) { }
        }
        """;

    [Fact]
    public async Task Parameters_of_test_methods_and_test_classes_are_not_reported_by_default()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(TestFramework);
        test.TestState.Sources.Add(TestClass);
        test.TestState.MarkupHandling = MarkupMode.Ignore;

        await test.RunAsync();
    }

    [Fact]
    public async Task Test_method_parameters_are_reported_when_the_editorconfig_includes_tests()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(TestFramework);
        test.TestState.Sources.Add(TestClass);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            privacy_analyzers.PRIV007.include_tests = true
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "RegistrationTests.Registers(email)", "user.contact.email"));
        test.ExpectedDiagnostics.Add(Expected(1, "RegistrationTests.Registers(phoneNumber)", "user.contact.phone_number"));
        test.ExpectedDiagnostics.Add(Expected(2, "RegistrationTests.Helper(mobile)", "user.contact.phone_number"));
        test.ExpectedDiagnostics.Add(Expected(3, "ImportTests.Imports(email)", "user.contact.email"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_in_a_project_that_references_a_test_framework()
    {
        var framework = await InventoryTestLibrary.CompileAsync(
            "namespace Xunit { public sealed class FactAttribute : System.Attribute { } }", assemblyName: "xunit.core");
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class CustomerBuilder
                {
                    public string? Email { get; set; }
                    public void WithPhone(string phone) { }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(framework);

        await test.RunAsync();
    }
}
