using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.TypeNotPartialAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class TypeNotPartialAnalyzerTests
{
    [Fact]
    public async Task Class_with_personal_member_that_is_not_partial_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class {|#0:Customer|}
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Customer", "is"));
    }

    [Fact]
    public async Task Partial_class_with_personal_member_is_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Data_context_exposing_queries_of_annotated_entities_is_not_reported()
    {
        // EF Core's DbSet<T> is an IQueryable<T>: a door to the database, not personal data the context holds.
        const string source = """
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;
            using System.Linq.Expressions;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";
            }

            public abstract class EntitySet<T> : IQueryable<T>
            {
                public System.Type ElementType => typeof(T);
                public abstract Expression Expression { get; }
                public abstract IQueryProvider Provider { get; }
                public abstract IEnumerator<T> GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public class ShopContext
            {
                public EntitySet<Customer> Customers { get; } = null!;
                public IQueryable<Customer> Recent => Customers;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Class_holding_a_set_of_annotated_entities_is_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";
            }

            public class {|#0:Shop|}
            {
                public HashSet<Customer> Customers { get; } = new HashSet<Customer>();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Shop", "is"));
    }

    [Fact]
    public async Task Positional_record_with_property_targeted_attribute_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public record {|#0:Contact|}([property: PersonalInfo(DataCategory.Contact.Email)] string Email);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Contact", "is"));
    }

    [Fact]
    public async Task Record_struct_annotated_at_type_level_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [PersonalInfo(DataCategory.Location.Precise)]
            public readonly record struct {|#0:GeoPoint|}(double Latitude, double Longitude);
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("GeoPoint", "is"));
    }

    [Fact]
    public async Task Struct_with_retention_only_is_reported()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            [RetainFor(Years = 3, From = nameof(CreatedAt))]
            public struct {|#0:AuditEntry|}
            {
                public DateTime CreatedAt { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("AuditEntry", "is"));
    }

    [Fact]
    public async Task Types_holding_annotated_objects_or_collections_of_them_are_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string? Street { get; set; }
            }

            public class {|#0:Order|}
            {
                public Address? ShipTo { get; set; }
            }

            public class {|#1:Household|}
            {
                public IReadOnlyList<Address> Addresses { get; set; } = new List<Address>();
            }

            public class {|#2:Archive|}
            {
                public Address[] Old { get; set; } = new Address[0];
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Order", "is"),
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(1).WithArguments("Household", "is"),
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(2).WithArguments("Archive", "is"));
    }

    [Fact]
    public async Task Derived_class_that_only_inherits_personal_members_is_not_reported()
    {
        // The base's generated members cover everything personal the derived type holds.
        const string source = """
            using PrivacyAnalyzers;

            public partial class Person
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string? Name { get; set; }
            }

            public class Employee : Person
            {
                public int Grade { get; set; }
            }

            public sealed class Intern : Employee
            {
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Derived_class_declaring_personal_members_of_its_own_is_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class Person
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string? Name { get; set; }
            }

            public class {|#0:Employee|} : Person
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string? WorkEmail { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Employee", "is"));
    }

    [Fact]
    public async Task Partial_nested_type_in_non_partial_container_reports_the_container()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class Outer
            {
                public partial class {|#0:Customer|}
                {
                    [PersonalInfo(DataCategory.Contact.Email)]
                    public string? Email { get; set; }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Outer.Customer", "its containing type 'Outer' is"));
    }

    [Fact]
    public async Task Self_referencing_types_without_personal_information_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;

            public class Node
            {
                public List<Node> Children { get; } = new List<Node>();
                public Node? Parent { get; set; }
                public int Value { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Self_referencing_type_with_personal_information_is_reported_once()
    {
        const string source = """
            using System.Collections.Generic;
            using PrivacyAnalyzers;

            public class {|#0:Person|}
            {
                public List<Person> Friends { get; } = new List<Person>();

                [PersonalInfo(DataCategory.Name.All)]
                public string? Name { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Person", "is"));
    }

    [Fact]
    public async Task Interfaces_enums_static_members_and_plain_types_are_not_reported()
    {
        const string source = """
            using PrivacyAnalyzers;

            [PersonalInfo(DataCategory.Contact.All)]
            public interface IContact { }

            public enum Kind { A, B }

            public class Settings
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public static string? SupportEmail { get; set; }

                public string? Theme { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Generic_type_is_reported_with_its_type_parameters()
    {
        const string source = """
            using PrivacyAnalyzers;

            public class {|#0:Envelope|}<TPayload>
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string? Recipient { get; set; }

                public TPayload? Payload { get; set; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source,
            VerifyCS.Diagnostic(RuleCatalog.TypeNotPartial).WithLocation(0).WithArguments("Envelope<TPayload>", "is"));
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("Customer.g.cs", """
            // <auto-generated/>
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string? Email { get; set; }
            }
            """));

        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_runtime()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class PersonalInfoAttribute : System.Attribute
                {
                    public PersonalInfoAttribute(string category) { }
                }

                public class Customer
                {
                    [PersonalInfo("user.contact.email")]
                    public string? Email { get; set; }
                }
                """,
        };
        test.TestState.AdditionalReferences.Clear();

        await test.RunAsync();
    }
}
