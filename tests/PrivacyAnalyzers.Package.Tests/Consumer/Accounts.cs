using PrivacyAnalyzers;

namespace Consumer;

// The way .NET 8+ teams write a model: required, init-only, not sealed, no constructor of its own.
public partial class Account
{
    public required int Id { get; init; }

    [PersonalInfo(DataCategory.Contact.PhoneNumber)]
    public required string Phone { get; init; }
}
