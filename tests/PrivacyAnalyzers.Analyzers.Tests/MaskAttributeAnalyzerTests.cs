using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.MaskAttributeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class MaskAttributeAnalyzerTests
{
    [Fact]
    public async Task Mask_on_non_string_members_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Demographic.DateOfBirth)]
                [{|#0:Mask(MaskStyle.Full)|}]
                public DateTime? BirthDate { get; set; }

                [PersonalInfo(DataCategory.Financial.BankAccount)]
                [{|#1:Mask(0, 4)|}]
                public long Account;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.MaskOnNonString).WithLocation(0).WithArguments("BirthDate", "DateTime?"),
            VerifyCS.Diagnostic(RuleCatalog.MaskOnNonString).WithLocation(1).WithArguments("Account", "long"));
    }

    [Fact]
    public async Task Mask_on_positional_record_property_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record Reading([property: PersonalInfo(DataCategory.Device.Telemetry), {|#0:Mask(MaskStyle.Full)|}] int Value);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.MaskOnNonString).WithLocation(0).WithArguments("Value", "int"));
    }

    [Fact]
    public async Task Mask_on_parameters_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public partial record Visit([{|#0:Mask(MaskStyle.IPv4)|}] Guid VisitorId);

            public static class Audit
            {
                public static void Log([{|#1:Mask(1, 1)|}] int code, [Mask(MaskStyle.Full)] string note) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.MaskOnNonString).WithLocation(0).WithArguments("VisitorId", "Guid"),
            VerifyCS.Diagnostic(RuleCatalog.MaskOnNonString).WithLocation(1).WithArguments("code", "int"));
    }

    [Fact]
    public async Task Mask_on_strings_string_collections_and_MaskStyle_None_is_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                [Mask(MaskStyle.MobilePhone)]
                public string? Mobile { get; set; }

                [PersonalInfo(DataCategory.Contact.Email)]
                [Mask(MaskStyle.Email)]
                public List<string> Emails { get; set; } = new List<string>();

                [PersonalInfo(DataCategory.Contact.Email)]
                [Mask(1, 1)]
                public string[] Aliases { get; set; } = new string[0];

                [PersonalInfo(DataCategory.Transaction.Amount)]
                [Mask(MaskStyle.None)]
                public decimal Amount { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Mask_on_code_that_does_not_bind_is_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [Mask(MaskStyle.Full)]
                public {|CS0246:Missing|} Value { get; set; }

                [Mask({|CS1503:"first"|}, {|CS1503:"last"|})]
                public int Code { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
