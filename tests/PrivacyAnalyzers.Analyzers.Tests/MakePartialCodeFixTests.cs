using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Analyzers.TypeNotPartialAnalyzer,
    PrivacyAnalyzers.CodeFixes.MakePartialCodeFixProvider>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class MakePartialCodeFixTests
{
    [Fact]
    public async Task Adds_partial_after_the_existing_modifiers()
    {
        const string source = """
            using PrivacyAnalyzers;

            public sealed class {|#0:Customer|}
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string? Mobile { get; set; }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public sealed partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string? Mobile { get; set; }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Customer", "is"),
            fixedSource);
    }

    [Fact]
    public async Task Adds_partial_to_a_record_without_modifiers_keeping_its_attributes_and_indentation()
    {
        const string source = """
            using PrivacyAnalyzers;

            namespace Shop
            {
                [RetainFor(Years = 1)]
                record {|#0:Visit|}([property: PersonalInfo(DataCategory.Device.IpAddress)] string Ip);
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            namespace Shop
            {
                [RetainFor(Years = 1)]
                partial record Visit([property: PersonalInfo(DataCategory.Device.IpAddress)] string Ip);
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Visit", "is"),
            fixedSource);
    }

    [Fact]
    public async Task Makes_the_nested_type_and_every_containing_type_partial()
    {
        const string source = """
            using PrivacyAnalyzers;

            public static class Api
            {
                internal class Models
                {
                    public class {|#0:Customer|}
                    {
                        [PersonalInfo(DataCategory.Contact.Email)]
                        public string? Email { get; set; }
                    }
                }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public static partial class Api
            {
                internal partial class Models
                {
                    public partial class Customer
                    {
                        [PersonalInfo(DataCategory.Contact.Email)]
                        public string? Email { get; set; }
                    }
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Api.Models.Customer", "is"),
            fixedSource);
    }

    [Fact]
    public async Task Fixes_a_partial_type_whose_container_is_not_partial()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Outer
            {
                public partial struct {|#0:Phone|}
                {
                    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                    public string? Number;
                }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public partial class Outer
            {
                public partial struct Phone
                {
                    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                    public string? Number;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Outer.Phone", "its containing type 'Outer' is"),
            fixedSource);
    }

    [Fact]
    public async Task Fix_all_makes_siblings_and_their_shared_container_partial_once()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Models
            {
                public class {|#0:Customer|}
                {
                    [PersonalInfo(DataCategory.Contact.Email)]
                    public string? Email { get; set; }
                }

                public class {|#1:Employee|}
                {
                    [PersonalInfo(DataCategory.Name.All)]
                    public string? Name { get; set; }
                }
            }
            """;
        const string fixedSource = """
            using PrivacyAnalyzers;

            public partial class Models
            {
                public partial class Customer
                {
                    [PersonalInfo(DataCategory.Contact.Email)]
                    public string? Email { get; set; }
                }

                public partial class Employee
                {
                    [PersonalInfo(DataCategory.Name.All)]
                    public string? Name { get; set; }
                }
            }
            """;

        var test = new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            // Fixing one type makes the container partial, so the one-by-one pass needs two iterations and Fix All one.
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Models.Customer", "is"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(1).WithArguments("Models.Employee", "is"));

        await test.RunAsync();
    }
}
