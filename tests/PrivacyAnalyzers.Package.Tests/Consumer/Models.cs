using System;
using PrivacyAnalyzers;

// C# 9 and block namespaces: the same file also builds as a netstandard2.0 library.
namespace Consumer
{
    [RetainFor(Years = 3, From = nameof(CompletedAt), Basis = "E-Commerce Law Art. 31")]
    public partial record Order(
        [property: PersonalInfo(DataCategory.Transaction.OrderNumber)] string OrderNumber,
        [property: PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)] string Mobile,
        DateTimeOffset CompletedAt);

    public partial class Customer
    {
        [PersonalInfo(DataCategory.Name.All)]
        public string Name { get; set; } = "";

        [PersonalInfo(DataCategory.Contact.Email), Anonymize(AnonymizeStrategy.Pseudonymize)]
        public string? Email { get; set; }

        [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize)]
        public string LastIp { get; set; } = "";

        public int Visits { get; set; }
    }
}
