using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.CopyShapeAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class CopyShapeAnalyzerTests
{
    [Fact]
    public async Task Get_only_personal_property_is_reported_on_the_type()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class {|#0:Customer|}
            {
                private readonly string _mobile;

                public Customer(string mobile) => _mobile = mobile;

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile => _mobile;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Customer", "'Mobile' is get-only"));
    }

    [Fact]
    public async Task Readonly_personal_field_of_a_class_with_a_primary_constructor_is_reported()
    {
        // Every constructor of such a class must call the primary one, with arguments a generated copy cannot know.
        const string source = """
            using PrivacyAnalyzers;

            public partial class {|#0:Customer|}(string email)
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public readonly string Email = email;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Customer", "'Email' is a readonly field and 'Customer' has a primary constructor"));
    }

    [Fact]
    public async Task Required_and_init_only_members_of_classes_that_are_not_sealed_are_copied_through_a_constructor()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";
            }

            public partial class Account
            {
                public required int Id { get; init; }

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public required string Phone { get; init; }
            }

            public partial class PremiumAccount : Account
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public required string Email { get; init; }
            }

            public partial class Frozen
            {
                [PersonalInfo(DataCategory.Name.All)]
                public readonly string Name = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Derived_type_with_init_only_members_of_a_base_copied_by_clone_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Person
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";
            }

            public partial class {|#0:Employee|} : Person
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; init; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Employee", "'Email' is init-only and its base type 'Person' holds state a generated constructor cannot copy"));
    }

    [Fact]
    public async Task Sealed_classes_and_structs_copy_init_only_get_only_and_readonly_members_through_a_constructor()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public sealed partial class Customer
            {
                public Customer(string mobile) => Mobile = mobile;

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; }

                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";

                [PersonalInfo(DataCategory.Contact.Email)]
                public readonly string Email = "";
            }

            public readonly partial struct Badge
            {
                [PersonalInfo(DataCategory.GovernmentId.NationalId)]
                public readonly string Number;

                [PersonalInfo(DataCategory.Name.All)]
                public string Holder { get => ""; init { } }
            }

            public partial struct Visit
            {
                [PersonalInfo(DataCategory.Device.IpAddress)]
                public string Ip { get; init; }

                public readonly DateTime At;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task A_constructor_copy_is_reported_when_the_type_cannot_have_one()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            public class Plain
            {
                public int Id { get; set; }
            }

            public sealed partial class {|#0:FromPlain|} : Plain
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";
            }

            public sealed partial class {|#1:OwnCopy|}
            {
                public OwnCopy(OwnCopy other, PseudonymKey? key) => Name = other.Name;

                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; } = "";
            }

            public sealed partial class {|#2:Computed|}
            {
                private string _name = "";

                [PersonalInfo(DataCategory.Name.All)]
                public string Name => _name;
            }

            public sealed partial class {|#3:Legacy|}
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";

                [Obsolete("Use Name.")]
                public string FullName { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("FromPlain", "'Name' is init-only and its base type 'Plain' holds state a generated constructor cannot copy"),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(1).WithArguments("OwnCopy", "'Name' is get-only and 'OwnCopy' declares a constructor (OwnCopy, PseudonymKey) itself"),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(2).WithArguments("Computed", "'Name' is get-only"),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(3).WithArguments("Legacy", "'Name' is init-only and 'FullName' is obsolete"));
    }

    [Fact]
    public async Task Member_holding_annotated_objects_must_be_assignable()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public partial class {|#0:Customer|}
            {
                private readonly Address _home = new Address();

                public Address Home => _home;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Customer", "'Home' is get-only"));
    }

    [Fact]
    public async Task Derived_type_of_a_base_that_cannot_be_copied_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class {|#0:Person|}
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name => "";
            }

            public partial class {|#1:Employee|} : Person
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Person", "'Name' is get-only"),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(1).WithArguments("Employee", "its base type 'Person' cannot be copied: 'Name' is get-only"));
    }

    [Fact]
    public async Task Assignable_members_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                public Customer(string mobile) => Mobile = mobile;

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; private set; }

                [PersonalInfo(DataCategory.Contact.Email)]
                public string? Email;

                public List<Address> Addresses { get; set; } = new();

                public int Id { get; }
            }

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public partial struct Point
            {
                [PersonalInfo(DataCategory.Location.Precise)]
                public double Latitude;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Records_copy_init_only_and_positional_properties_with_with()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record Contact([property: PersonalInfo(DataCategory.Contact.Email)] string Email)
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";
            }

            public readonly partial record struct Token([property: PersonalInfo(DataCategory.Authorization.Credentials)] string Value);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Get_only_property_of_a_record_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial record {|#0:Contact|}
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Contact", "'Name' is get-only"));
    }

    [Fact]
    public async Task Member_shown_and_kept_as_is_need_not_be_assignable()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Invoice
            {
                [PersonalInfo(DataCategory.Transaction.Amount), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
                public decimal Amount { get; }

                [PersonalInfo(DataCategory.Transaction.OrderNumber)]
                public string Number { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Types_that_are_not_partial_are_left_to_PRIV100()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; } = "";
            }

            public class Outer
            {
                public partial class Inner
                {
                    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                    public string Mobile { get; } = "";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Compilation_without_the_runtime_is_not_analyzed()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public partial class Customer
                {
                    public string Mobile { get; } = "";
                }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        await test.RunAsync();
    }

    private const string PersonAndEmployee = """
        using PrivacyAnalyzers;

        public partial class Person
        {
            [PersonalInfo(DataCategory.Name.All)]
            public string Name { get; set; } = "";
        }

        public partial class {|#0:Employee|} : Person
        {
            [PersonalInfo(DataCategory.Contact.Email)]
            public string Email { get; set; } = "";
        }
        """;

    private const string PersonMask = """
        partial class Person
        {
            public Person Mask() => (Person)PrivacyMaskCore();

            protected virtual object PrivacyMaskCore() => MemberwiseClone();
        }
        """;

    [Fact]
    public async Task Members_written_by_the_generator_are_not_taken_for_the_users()
    {
        var test = new VerifyCS.Test { TestCode = PersonAndEmployee };
        test.TestState.Sources.Add(("PrivacyAnalyzers.Generators/PrivacyAnalyzers.Generators.PrivacyGenerator/Person.Privacy.g.cs", PersonMask));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_base_with_its_own_Mask_cannot_be_extended()
    {
        var test = new VerifyCS.Test { TestCode = PersonAndEmployee };
        test.TestState.Sources.Add(("Person.Mask.cs", PersonMask));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0)
            .WithArguments("Employee", "its base type 'Person' declares its own Mask() or Anonymize()"));
        await test.RunAsync();
    }

    private const string Rebuilt =
        "only arrays, List<T>, HashSet<T> and the interfaces IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, ISet<T> and IReadOnlySet<T> can be rebuilt with masked or anonymized items";

    [Fact]
    public async Task Collection_of_annotated_objects_that_cannot_be_rebuilt_is_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public partial class {|#0:Route|}
            {
                public Queue<Address> Stops { get; set; } = new();
            }

            public partial class {|#1:Directory|}
            {
                public Dictionary<string, Address> Entries { get; set; } = new();
            }

            public partial class {|#2:Grid|}
            {
                public Address[][] Rows { get; set; } = new Address[0][];
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Route", "'Stops' has type Queue<Address>; " + Rebuilt),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(1).WithArguments("Directory", "'Entries' has type Dictionary<string, Address>; " + Rebuilt),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(2).WithArguments("Grid", "'Rows' has type Address[][], a collection of collections; " + Rebuilt));
    }

    [Fact]
    public async Task Sets_lists_and_arrays_of_annotated_objects_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public partial class Route
            {
                public HashSet<Address> Visited { get; set; } = new();

                public ISet<Address>? Planned { get; set; }

                public List<Address> Stops { get; set; } = new();

                public Address[] Legs { get; set; } = new Address[0];

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public HashSet<string> Phones { get; set; } = new();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Masked_strings_in_a_collection_that_cannot_be_rebuilt_are_reported_unless_shown_as_is()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class {|#0:Calls|}
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public Queue<string> Numbers { get; set; } = new();
            }

            public partial class Shown
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber), Mask(MaskStyle.None)]
                public Queue<string> Numbers { get; set; } = new();

                [PersonalInfo(DataCategory.Behavior.LoginLog)]
                public Queue<System.DateTime> Logins { get; set; } = new();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Calls", "'Numbers' has type Queue<string>; " + Rebuilt));
    }

    [Fact]
    public async Task Derived_type_of_a_base_holding_a_collection_that_cannot_be_rebuilt_is_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public partial class {|#0:Person|}
            {
                public Stack<Address> Homes { get; set; } = new();
            }

            public partial class {|#1:Employee|} : Person
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(0).WithArguments("Person", "'Homes' has type Stack<Address>; " + Rebuilt),
            VerifyCS.Diagnostic(RuleCatalog.CopyNotPossible).WithLocation(1).WithArguments("Employee", "its base type 'Person' cannot be copied: 'Homes' has type Stack<Address>; " + Rebuilt));
    }
}
