namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Representative models, grouped by the oldest C# version that can declare them.</summary>
public static class TestModels
{
    /// <summary>Classes and structs: C# 8.</summary>
    public const string Classes = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Models.Classes
        {
            public enum Gender { Unknown, Female, Male }

            public partial class Customer
            {
                public int Id { get; set; }

                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.Email), Mask(MaskStyle.Email, MaskChar = '#')]
                public string? Email { get; set; }

                [PersonalInfo(DataCategory.Demographic.DateOfBirth), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)]
                public DateTime BirthDate { get; set; }

                [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 10)]
                public int Age { get; set; }

                [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize)]
                public string? LastIp { get; set; }

                [PersonalInfo(DataCategory.UniqueId), DataSubjectId, Anonymize(AnonymizeStrategy.Pseudonymize)]
                public Guid SubjectId { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
                public decimal Balance { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public long? LoyaltyNumber { get; set; }

                [PersonalInfo(DataCategory.Contact.Address)]
                public Address? Home { get; set; }

                public List<Address> Addresses { get; set; } = new List<Address>();

                public Address[]? Previous { get; set; }

                public IReadOnlyList<Address>? ReadOnlyAddresses { get; set; }

                public IEnumerable<Address> History { get; set; } = new List<Address>();

                public List<Address?>? MaybeAddresses { get; set; }

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public List<string> Phones { get; set; } = new List<string>();

                [PersonalInfo(DataCategory.Behavior.SearchHistory, Purposes = new[] { "recommendation", "search" })]
                public string?[]? Searches { get; set; }

                [PersonalInfo(DataCategory.Behavior.LoginLog)]
                public IReadOnlyList<DateTime>? LoginTimes { get; set; }

                [PersonalInfo(DataCategory.Device.DeviceId)]
                private string? _deviceId;

                public Gender Gender { get; set; }

                [PersonalInfo(DataCategory.Demographic.Gender)]
                public Gender? DeclaredGender { get; set; }

                [PersonalInfo(DataCategory.Account.Settings)]
                public Uri? Homepage { get; set; }

                public string? DeviceId() => _deviceId;

                public void SetDeviceId(string? value) => _deviceId = value;
            }

            [PersonalInfo(DataCategory.Contact.Address)]
            public partial class Address
            {
                public string City { get; set; } = "";

                public string? Street { get; set; }
            }

            public partial struct GeoPoint
            {
                [PersonalInfo(DataCategory.Location.Precise), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 0.1)]
                public double Latitude;

                [PersonalInfo(DataCategory.Location.Precise)]
                public double Longitude;
            }

            public sealed partial class Session
            {
                [PersonalInfo(DataCategory.Device.CookieId), Mask(4, 2)]
                public string Cookie { get; set; } = "";

                public GeoPoint Where { get; set; }

                public GeoPoint? LastWhere { get; set; }

                public List<GeoPoint> Track { get; set; } = new List<GeoPoint>();

                public List<GeoPoint?>? Gaps { get; set; }

                public GeoPoint?[] Stops { get; set; } = new GeoPoint?[0];

                public IEnumerable<GeoPoint>? Route { get; set; }
            }

            public partial class Person
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";
            }

            public partial class Employee : Person
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string WorkEmail { get; set; } = "";
            }

            public sealed partial class Manager : Employee
            {
                public List<Employee> Reports { get; set; } = new List<Employee>();
            }

            public partial class Intern : Person
            {
                public string School { get; set; } = "";
            }

            public partial class Team
            {
                public string Title { get; set; } = "";

                public Person? Lead { get; set; }
            }

            public partial class Outer
            {
                public partial class Inner
                {
                    [PersonalInfo(DataCategory.Name.First)]
                    public string @class { get; set; } = "";
                }
            }

            public partial class Box<T>
            {
                [PersonalInfo(DataCategory.Content)]
                public string? Label { get; set; }

                public T Item { get; set; } = default!;
            }

            public partial class CustomPrinted
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";

                public override string ToString() => "CustomPrinted";
            }

            public readonly partial struct Badge
            {
                public Badge(string number) { Number = number; }

                [PersonalInfo(DataCategory.GovernmentId.NationalId)]
                public string Number { get; }
            }

            public partial class GetOnly
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; } = "";
            }

            public sealed partial class Ticket
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                private readonly string? _email;

                public Ticket(string holder, string? email)
                {
                    Holder = holder;
                    _email = email;
                }

                [PersonalInfo(DataCategory.Name.All)]
                public string Holder { get; }

                public string? Email => _email;

                public int Seat { get; set; }
            }

            [RetainFor(Days = 30, From = nameof(CreatedAt), OnExpiry = ExpiryAction.Anonymize, Basis = "Cybersecurity Law Art. 21")]
            public partial class LoginLog
            {
                [PersonalInfo(DataCategory.Device.IpAddress)]
                public string Ip { get; set; } = "";

                public DateTime? CreatedAt { get; set; }
            }

            [RetainFor(Months = 6)]
            public partial class AuditEntry
            {
                public string Action { get; set; } = "";
            }

            public partial class Measurements
            {
                [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 100)]
                public int? Score { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 50)]
                public decimal Spent { get; set; }

                [PersonalInfo(DataCategory.Transaction.Amount), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 1000)]
                public long? Lifetime { get; set; }

                [PersonalInfo(DataCategory.Behavior.LoginLog), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Month)]
                public DateTimeOffset? LastLogin { get; set; }

                [PersonalInfo(DataCategory.UniqueId), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public string? ExternalId { get; set; }

                [PersonalInfo(DataCategory.UniqueId), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public Guid? Correlation { get; set; }

                [PersonalInfo(DataCategory.UniqueId), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public long AccountNumber { get; set; }

                [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public int NotPseudonymizable { get; set; }

                [PersonalInfo(DataCategory.Device.Telemetry)]
                public ulong Counter { get; set; }

                [PersonalInfo(DataCategory.Device.Telemetry)]
                public float Ratio { get; set; }

                [PersonalInfo(DataCategory.Device.Telemetry)]
                public char Initial { get; set; }

                [PersonalInfo(DataCategory.Device.Telemetry)]
                public byte[]? Blob { get; set; }
            }

            [RetainFor(Days = 7)]
            public sealed partial class Purge
            {
                public string Reason { get; set; } = "";
            }

            [RetainFor(Days = 7)]
            public partial struct PurgeMarker
            {
                public int Count;
            }

            [RetainFor(Years = 1, From = nameof(Created))]
            public partial class BaseLog
            {
                public DateTime Created { get; set; }
            }

            [RetainFor(Years = 2, From = nameof(Created))]
            public partial class DerivedLog : BaseLog
            {
                [PersonalInfo(DataCategory.Device.IpAddress)]
                public string Ip { get; set; } = "";
            }

            public partial class Envelope<T>
            {
                public T Payload { get; set; } = default!;

                public partial class Part
                {
                    [PersonalInfo(DataCategory.Content)]
                    public string Text { get; set; } = "";
                }
            }

            public partial struct Pair<TKey> where TKey : struct
            {
                public TKey Key { get; set; }

                [PersonalInfo(DataCategory.Name.All)]
                public string? Name { get; set; }
            }

            public partial class Registry
            {
                private partial class Entry
                {
                    [PersonalInfo(DataCategory.Name.All)]
                    public string Name { get; set; } = "";
                }

                protected partial struct Slot
                {
                    [PersonalInfo(DataCategory.Name.All)]
                    public string Name;
                }
            }

            [PersonalInfo(DataCategory.Name.All)]
            public interface IHasName
            {
                string Name { get; }
            }

            public partial class HoldsInterface
            {
                public IHasName? Named { get; set; }

                public IHasName Required { get; set; } = null!;
            }

            public class PlainBase
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Secret { get; set; } = "";
            }

            public partial class FromPlainBase : PlainBase
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string Other { get; set; } = "";
            }

            public class SealedPrinter
            {
                public sealed override string ToString() => "sealed";
            }

            public partial class UnderSealedPrinter : SealedPrinter
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";
            }

            public partial class NestedOnlyViaNotPartial
            {
                public PlainBase? Plain { get; set; }
            }

        #nullable disable
            public partial class Oblivious
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; }

                public Address Home { get; set; }

                public List<Address> Homes { get; set; }

                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public List<string> Phones { get; set; }
            }
        #nullable restore

            public class NotPartial
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; set; } = "";
            }
        }

        public partial class GlobalCustomer
        {
            [PersonalInfo(DataCategory.Contact.PhoneNumber)]
            public string Mobile { get; set; } = "";
        }
        """;

    /// <summary>Records: C# 9.</summary>
    public const string Records = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Models.Records
        {
            public partial record Contact(
                [property: PersonalInfo(DataCategory.Name.All)] string Name,
                [property: PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)] string? Mobile)
            {
                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; init; } = "";

                public int Visits { get; set; }
            }

            public sealed partial record Member(string Name, [property: PersonalInfo(DataCategory.UniqueId)] Guid Id) : Contact(Name, null)
            {
                public List<Contact> Friends { get; init; } = new List<Contact>();
            }

            public sealed partial record Note
            {
                [PersonalInfo(DataCategory.Content)]
                public string Text { get; init; } = "";

                public Contact? Author { get; init; }
            }

            public partial record Printed
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; init; } = "";

                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("custom");
                    return true;
                }
            }

            public partial record GetOnlyRecord
            {
                [PersonalInfo(DataCategory.Name.All)]
                public string Name { get; } = "";
            }

            public record NotPartialRecord([property: PersonalInfo(DataCategory.Name.All)] string Name);

            public abstract partial record Shape([property: PersonalInfo(DataCategory.Content)] string Label);

            public partial record Circle(string Label, [property: PersonalInfo(DataCategory.Location.Imprecise)] double Radius) : Shape(Label);

            public abstract partial class Document
            {
                [PersonalInfo(DataCategory.Content)]
                public string Body { get; set; } = "";

                public abstract string Kind { get; }
            }

            public sealed partial class Letter : Document
            {
                public override string Kind => "letter";

                [PersonalInfo(DataCategory.Contact.Address)]
                public string? Recipient { get; set; }
            }
        }
        """;

    /// <summary>Record structs and file-scoped namespaces: C# 10.</summary>
    public const string RecordStructs = """
        using System;
        using PrivacyAnalyzers;

        namespace Models.RecordStructs;

        public partial record struct Coordinates(
            [property: PersonalInfo(DataCategory.Location.Precise)] double Latitude,
            [property: PersonalInfo(DataCategory.Location.Precise)] double Longitude);

        public readonly partial record struct Token([property: PersonalInfo(DataCategory.Authorization.Credentials)] string Value);

        [RetainFor(Years = 1, From = nameof(IssuedAt))]
        public partial record struct Visit([property: PersonalInfo(DataCategory.Device.IpAddress)] string Ip, DateTimeOffset IssuedAt, Coordinates? Where);
        """;

    /// <summary>
    /// Sealed classes and structs whose personal members a copy cannot assign (init-only, get-only auto-properties,
    /// readonly fields, readonly structs): copied through a generated constructor. C# 9 (init).
    /// </summary>
    public const string ConstructorCopies = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Models.Copies
        {
            public sealed partial class Account
            {
                private readonly int _version;
                private int _visits;

                [PersonalInfo(DataCategory.GovernmentId.Passport)]
                private readonly string? _passport;

                public Account(string email, string mobile, string? passport, int version)
                {
                    Email = email;
                    Mobile = mobile;
                    _passport = passport;
                    _version = version;
                }

                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; init; }

                [PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
                public string Mobile { get; }

                public Address? Home { get; init; }

                public List<Address> Past { get; } = new List<Address>();

                public string Plan { get; set; } = "free";

                private string Secret { get; } = "s3cret";

                public int Version => _version;

                public event EventHandler? Changed;

                public int Visit()
                {
                    Changed?.Invoke(this, EventArgs.Empty);
                    return ++_visits + Secret.Length + (_passport?.Length ?? 0);
                }
            }

            public partial class Address
            {
                [PersonalInfo(DataCategory.Contact.Street)]
                public string Street { get; set; } = "";
            }

            public sealed partial class Box<T>
            {
                public Box(T value) => Value = value;

                [PersonalInfo(DataCategory.Content)]
                public T Value { get; }
            }

            public readonly partial struct Badge
            {
                public Badge(string holder, int number)
                {
                    Holder = holder;
                    Number = number;
                }

                [PersonalInfo(DataCategory.Name.All)]
                public string Holder { get; }

                public int Number { get; }
            }

            public partial struct Visit
            {
                public readonly DateTime At;

                public Visit(string ip, DateTime at)
                {
                    Ip = ip;
                    At = at;
                }

                [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize)]
                public string? Ip { get; init; }
            }
        }
        """;

    /// <summary>Required members: C# 11.</summary>
    public const string Latest = """
        using System;
        using PrivacyAnalyzers;

        namespace Models.Latest;

        public partial class Applicant
        {
            [PersonalInfo(DataCategory.Name.All)]
            public required string Name { get; set; }

            [PersonalInfo(DataCategory.GovernmentId.Passport)]
            public required string Passport { get; set; }
        }

        public partial record Candidate
        {
            [PersonalInfo(DataCategory.Contact.Email)]
            public required string Email { get; init; }
        }

        public sealed partial class Enrolment
        {
            [PersonalInfo(DataCategory.Name.All)]
            public required string Name { get; init; }

            public required int Year { get; init; }
        }
        """;


    /// <summary>
    /// Required and init-only members in classes that are not sealed, inheritance chains, generic, nested and
    /// field-backed types: C# 11. The runtime tests compile the same file with the real generator.
    /// </summary>
    public static readonly string Shapes = EmbeddedModels("ModelShapeModels.cs");

    private static string EmbeddedModels(string name)
    {
        using var stream = typeof(TestModels).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return "using PrivacyAnalyzers;\n" + reader.ReadToEnd();
    }
}
