namespace PrivacyAnalyzers.Tests.Generated;

// Types whose personal members a copy cannot assign from outside a constructor: init-only and get-only
// auto-properties, readonly fields, readonly structs. Mask() and Anonymize() copy them through a generated constructor.

public sealed partial class Subscriber
{
    private readonly int _version;
    private string _note;

    [PersonalInfo(DataCategory.GovernmentId.NationalId)]
    private readonly string? _nationalId;

    public Subscriber(string mobile, string? nationalId, int version, string note)
    {
        Mobile = mobile;
        _nationalId = nationalId;
        _version = version;
        _note = note;
    }

    [PersonalInfo(DataCategory.Name.All)]
    public string Name { get; init; } = "";

    [PersonalInfo(DataCategory.Contact.PhoneNumber), Anonymize(AnonymizeStrategy.Pseudonymize)]
    public string Mobile { get; }

    public Address? Home { get; init; }

    public string Plan { get; set; } = "free";

    private string Secret { get; } = "s3cret";

    public int Version => _version;

    public string? NationalId => _nationalId;

    public event EventHandler? Renewed;

    public int RenewedHandlers => Renewed?.GetInvocationList().Length ?? 0;

    public string Describe() => _note + "/" + Secret;

    public void Annotate(string note) => _note = note;
}

public readonly partial struct StaffBadge
{
    public StaffBadge(string holder, int number, DateTime issued)
    {
        Holder = holder;
        Number = number;
        Issued = issued;
    }

    [PersonalInfo(DataCategory.Name.All)]
    public string Holder { get; }

    public int Number { get; }

    public readonly DateTime Issued;
}

public partial struct DeviceVisit
{
    public readonly DateTime At;

    public DeviceVisit(string ip, DateTime at)
    {
        Ip = ip;
        At = at;
    }

    [PersonalInfo(DataCategory.Device.IpAddress), Anonymize(AnonymizeStrategy.Generalize)]
    public string? Ip { get; init; }
}
