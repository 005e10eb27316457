using VerifyCS = PrivacyAnalyzers.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Analyzers.SubjectUnreachableAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests;

public class SubjectUnreachableAnalyzerTests
{
    /// <summary>The EF Core types the rule looks up, by their metadata names (the rule reads no more of EF Core than that).</summary>
    private const string EntityFramework = """
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<TEntity> where TEntity : class { }
        }
        """;

    [Fact]
    public async Task Entity_with_personal_information_and_no_way_to_its_subject_is_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers;

            public partial class Account
            {
                [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
                public Guid Id { get; set; }

                public List<Order> Orders { get; set; } = new();
            }

            public partial class Order
            {
                public long Id { get; set; }
                [PersonalInfo(DataCategory.Transaction.OrderNumber)]
                public string Number { get; set; } = "";
            }

            public partial class SupportCall
            {
                public long Id { get; set; }
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string CallerMobile { get; set; } = "";
            }

            public sealed class ShopContext : DbContext
            {
                public DbSet<Account> Accounts { get; set; } = null!;
                public DbSet<Order> Orders { get; set; } = null!;
                public DbSet<SupportCall> {|#0:SupportCalls|} { get; set; } = null!;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source + EntityFramework,
            VerifyCS.Diagnostic(RuleCatalog.SubjectUnreachable).WithLocation(0)
                .WithArguments("SupportCall", "ShopContext", "CallerMobile: user.contact.phone_number"));
    }

    [Fact]
    public async Task Entities_with_a_subject_id_or_belonging_to_an_entity_with_one_are_not_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers;

            public partial class Account
            {
                [PersonalInfo(DataCategory.UniqueId), DataSubjectId]
                public Guid Id { get; set; }

                public ICollection<Order> Orders { get; set; } = new List<Order>();
            }

            public partial class Order
            {
                public long Id { get; set; }
                [PersonalInfo(DataCategory.Transaction.OrderNumber)]
                public string Number { get; set; } = "";
            }

            public partial class Review
            {
                public long Id { get; set; }
                public Account? Author { get; set; }
                [PersonalInfo(DataCategory.Name.All)]
                public string DisplayName { get; set; } = "";
            }

            public partial record Device([property: PersonalInfo(DataCategory.UniqueId)] [DataSubjectId] Guid OwnerId, [property: PersonalInfo(DataCategory.Device.Model)] string Model)
            {
                public long Id { get; set; }
            }

            public sealed class Product
            {
                public long Id { get; set; }
                public string Title { get; set; } = "";
            }

            public sealed class ShopContext : DbContext
            {
                public DbSet<Account> Accounts { get; set; } = null!;
                public DbSet<Order> Orders { get; set; } = null!;
                public DbSet<Review> Reviews { get; set; } = null!;
                public DbSet<Device> Devices { get; set; } = null!;
                public DbSet<Product> Products { get; set; } = null!;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source + EntityFramework);
    }

    [Fact]
    public async Task Nothing_is_reported_without_EF_Core()
    {
        const string source = """
            using PrivacyAnalyzers;

            public partial class SupportCall
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string CallerMobile { get; set; } = "";
            }

            public sealed class DbContext { }

            public sealed class Calls
            {
                public System.Collections.Generic.List<SupportCall> All { get; } = new();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
