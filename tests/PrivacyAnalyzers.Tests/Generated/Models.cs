namespace PrivacyAnalyzers.Tests.Generated;

// Partial models compiled by the real generator. Each generated behaviour is tested against them.

public enum Gender
{
    Unknown,
    Female,
    Male,
}

public partial class Customer
{
    public int Id { get; set; }

    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; set; } = "";

    [PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public string Mobile { get; set; } = "";

    [PersonalInfo(DataCategory.Contact.Email), Mask(MaskStyle.Email, MaskChar = '#')]
    public string? Email { get; set; }

    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    public string? NationalId { get; set; }

    [PersonalInfo(DataCategory.Financial.BankAccount)]
    public string? BankCard { get; set; }

    [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize)]
    public string? LastIp { get; set; }

    [PersonalInfo(DataCategory.Transaction.OrderNumber)]
    public string? LastOrder { get; set; }

    [PersonalInfo(DataCategory.Device.CookieId), Mask(2, 3)]
    public string? Cookie { get; set; }

    [PersonalInfo(DataCategory.Account.Username), Mask(MaskStyle.Full)]
    public string? Username { get; set; }

    [PersonalInfo(DataCategory.Account.Settings), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public string? Theme { get; set; }

    [PersonalInfo(DataCategory.Demographic.DateOfBirth), Anonymize(AnonymizeStrategy.Generalize, To = Generalization.Year)]
    public DateTime BirthDate { get; set; }

    [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 10)]
    public int Age { get; set; }

    [PersonalInfo(DataCategory.Demographic.All), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 100)]
    public int? Score { get; set; }

    [PersonalInfo(DataCategory.UniqueId), DataSubjectId, Anonymize(AnonymizeStrategy.Pseudonymize)]
    public Guid SubjectId { get; set; }

    [PersonalInfo(DataCategory.Transaction.Amount), Mask(MaskStyle.None), Anonymize(AnonymizeStrategy.Keep)]
    public decimal Balance { get; set; }

    [PersonalInfo(DataCategory.Demographic.Gender)]
    public Gender? Gender { get; set; }

    [PersonalInfo(DataCategory.Account.Settings)]
    public bool Verified { get; set; }

    public Address? Home { get; set; }

    public List<Address> Addresses { get; set; } = new();

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public List<string> Phones { get; set; } = new();

    [PersonalInfo(DataCategory.Behavior.SearchHistory, Purposes = new[] { "recommendation", "search" })]
    public string[]? Searches { get; set; }
}

[PersonalInfo(DataCategory.Contact.Address)]
public partial class Address
{
    public string City { get; set; } = "";

    public string? Street { get; set; }
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

    public string Title { get; set; } = "";
}

public partial class Team
{
    public string Title { get; set; } = "";

    public Person? Lead { get; set; }

    public IReadOnlyList<Employee> Members { get; set; } = Array.Empty<Employee>();

    public Employee[]? Alumni { get; set; }
}

public partial record Contact(
    [property: PersonalInfo(DataCategory.Name.All)] string Name,
    [property: PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)] string? Mobile)
{
    [PersonalInfo(DataCategory.Contact.Email)]
    public string Email { get; init; } = "";

    public int Visits { get; set; }
}

public sealed partial record Member(string Name, [property: PersonalInfo(DataCategory.Account.Username)] string Handle) : Contact(Name, null);

public partial struct GeoPoint
{
    [PersonalInfo(DataCategory.Location.Precise), Anonymize(AnonymizeStrategy.Generalize, BucketSize = 0.1)]
    public double Latitude { get; set; }

    [PersonalInfo(DataCategory.Location.Precise)]
    public double Longitude { get; set; }

    public string Label { get; set; }
}

public partial record struct Visit([property: PersonalInfo(DataCategory.Device.IpAddress)] string Ip, GeoPoint? Where);

[RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31")]
public partial record Order(
    [property: PersonalInfo(DataCategory.Transaction.OrderNumber)] string OrderNumber,
    [property: PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)] string Mobile,
    DateTimeOffset CompletedAt);

[RetainFor(Days = 30, From = nameof(LoggedInAt), OnExpiry = ExpiryAction.Anonymize, Basis = "Cybersecurity Law Art. 21")]
public partial class LoginRecord
{
    [PersonalInfo(DataCategory.Device.IpAddress)]
    public string Ip { get; set; } = "";

    public DateTime? LoggedInAt { get; set; }
}

public partial class Outer
{
    public partial class Inner
    {
        [PersonalInfo(DataCategory.Name.First)]
        public string @class { get; set; } = "";
    }
}

public partial class Labelled<T>
{
    [PersonalInfo(DataCategory.Content)]
    public string? Label { get; set; }

    public T? Value { get; set; }
}

public partial class CustomPrinted
{
    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; set; } = "";

    public override string ToString() => "CustomPrinted (user-defined)";
}

public class NotPartialHolder
{
    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; set; } = "";
}

internal partial class Credentials
{
    [PersonalInfo(DataCategory.Authorization.Password, Sensitive = true)]
    [RetainFor(Days = 90)]
    public string Password { get; set; } = "";
}

public partial class Trip
{
    public List<GeoPoint?> Stops { get; set; } = new();

    public GeoPoint[] Path { get; set; } = Array.Empty<GeoPoint>();
}
