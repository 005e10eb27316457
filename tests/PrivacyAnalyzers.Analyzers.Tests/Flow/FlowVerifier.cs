using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>
/// Runs a flow analyzer on a test source plus <see cref="Models"/>, compiled against .NET 8, the PrivacyAnalyzers
/// runtime and the real logging libraries (Microsoft.Extensions.Logging.Abstractions, Serilog, NLog, log4net) and
/// Microsoft.Extensions.Compliance.Abstractions.
/// </summary>
public static class FlowVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static ReferenceAssemblies WithLibraries => TestReferences.WithLoggingLibraries;

    /// <summary>Microsoft.Extensions.Compliance.Abstractions: the data classification attributes and <c>Redactor</c>.</summary>
    public static ImmutableArray<MetadataReference> Compliance { get; } = ImmutableArray.CreateRange(
        new[]
        {
            typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location,
            typeof(Microsoft.Extensions.Compliance.Redaction.Redactor).Assembly.Location,
        }.Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));

    /// <summary>Annotated types shared by the tests; each test source adds its own code in namespace Shop.</summary>
    public const string Models = """
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Shop;

        // Partial: its generated ToString masks personal members; Mask() stands in for the generated one.
        public partial class Account : IMaskable<Account>
        {
            public int Id { get; set; }
            public string? Nickname { get; set; }
            [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? PhoneNumber { get; set; }
            [PersonalInfo(DataCategory.Contact.Email)] public string? Email { get; set; }
            [PersonalInfo("user.demographic.age")] public int Age { get; set; }
            public Account Mask() => new Account { Id = Id };
        }

        // Not partial: the compiler's ToString prints Email.
        public record Customer(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);

        // Partial: the generated PrintMembers masks Email.
        public partial record Member(int Id, [property: PersonalInfo(DataCategory.Contact.Email)] string Email);

        public partial class Device
        {
            [PersonalInfo(DataCategory.Device.IpAddress)] public string? Ip { get; set; }
            public string? Model { get; set; }
            public override string ToString() => "Device " + Ip;
        }

        public partial class Printer
        {
            [PersonalInfo(DataCategory.Device.IpAddress)] public string? Ip { get; set; }
            public string? Model { get; set; }
            public override string ToString() => "Printer " + Model;
        }

        [PersonalInfo("user.contact.address")]
        public partial class Address
        {
            public string? Street { get; set; }
            internal string? Note { get; set; }
        }

        // Print their Customer through its compiler-generated ToString.
        public record Shipment(int Id, Customer Receiver);
        public partial class Invoice { public Customer? Payer { get; set; } }

        // Prints its Member through Member's masking ToString; a Person prints its Manager, which is a Person.
        public record Delivery(int Id, Member Receiver);
        public record Person([property: PersonalInfo(DataCategory.Contact.Email)] string Email, Person? Manager);

        public class Order
        {
            public int Id { get; set; }
            public List<Customer> Buyers { get; } = new List<Customer>();
        }
        """;

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

    /// <param name="editorConfig">Lines under <c>[*.cs]</c> of the project's .editorconfig, or <c>null</c>.</param>
    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test
        {
            TestCode = source,
            ReferenceAssemblies = WithLibraries,
        };
        test.TestState.Sources.Add(("Models.cs", Models));
        test.TestState.AdditionalReferences.AddRange(Compliance);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
