using System.Collections.Generic;

namespace PrivacyAnalyzers.Tool.Model;

/// <summary>
/// What a solution's code holds and where it sends it: the annotated types and members, every flow of personal
/// information to a recipient, HTTP host, log, exception or cookie, and the analyzers' findings. Every writer
/// (JSON, Markdown, HTML, Fides) and the policy check read this one model; lists are sorted so output is stable.
/// </summary>
/// <param name="SchemaVersion">Version of the JSON data-map schema (docs/data-map.schema.json).</param>
/// <param name="Source">File name of the solution or project the map was made from.</param>
public sealed record DataMap(
    string SchemaVersion,
    string Source,
    IReadOnlyList<ProjectEntry> Projects,
    PolicyEntry? Policy,
    IReadOnlyList<DataTypeEntry> Types,
    IReadOnlyList<FlowEntry> Flows,
    IReadOnlyList<FindingEntry> Findings)
{
    public const string CurrentSchemaVersion = "1.0";
}

/// <summary>A place in a file: path relative to the directory of <see cref="DataMap.Source"/> with '/' separators, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column);

/// <param name="Name">The project's name.</param>
/// <param name="Path">Project file, relative like every <see cref="SourceLocation.Path"/>.</param>
/// <param name="PolicyFile">The privacy policy file the project's analyzers read, or null when it has none.</param>
public sealed record ProjectEntry(string Name, string Path, string? PolicyFile);

/// <summary>A type holding personal information: its own [PersonalInfo] members and type-level settings.</summary>
/// <param name="Name">Fully qualified name without <c>global::</c>.</param>
/// <param name="Kind">class, struct, record or record struct.</param>
/// <param name="Retention">The type's [RetainFor], which applies to every personal member without its own.</param>
/// <param name="DataSubjectId">Name of the member marked [DataSubjectId], or null.</param>
/// <param name="Erasure">For an entity of an EF Core DbContext, how erasure and export find its data subject ("[DataSubjectId] Id",
/// "through Account") or "not reached"; null for a type that is no entity.</param>
public sealed record DataTypeEntry(
    string Name,
    string Project,
    string Kind,
    RetentionEntry? Retention,
    string? DataSubjectId,
    IReadOnlyList<DataMemberEntry> Members,
    SourceLocation Location,
    string? Erasure = null);

/// <param name="Name">Member name.</param>
/// <param name="Type">C# type as written in source (minimal display).</param>
/// <param name="Category">Data category key (fideslang or a documented extension).</param>
/// <param name="Sensitive">[PersonalInfo(Sensitive = true)]: sensitive personal information.</param>
/// <param name="Purposes">Purposes the member is collected for ([PersonalInfo(Purposes = ...)]).</param>
/// <param name="Mask">Mask style of the generated Mask() and ToString, e.g. "PhoneNumber", or null when not masked.</param>
/// <param name="Anonymization">Anonymization strategy of the generated Anonymize(key), e.g. "Pseudonymize", or null.</param>
/// <param name="Retention">The member's own [RetainFor], or null (then the type's applies).</param>
public sealed record DataMemberEntry(
    string Name,
    string Type,
    string Category,
    bool Sensitive,
    IReadOnlyList<string> Purposes,
    string? Mask,
    string? Anonymization,
    RetentionEntry? Retention,
    bool IsDataSubjectId,
    SourceLocation Location);

/// <summary>A [RetainFor] period.</summary>
/// <param name="OnExpiry">"delete" or "anonymize".</param>
public sealed record RetentionEntry(int Years, int Months, int Days, string? From, string? Basis, string OnExpiry);

/// <summary>One place where personal information leaves the code's hands.</summary>
/// <param name="Kind">One of <see cref="FlowKinds"/>.</param>
/// <param name="Sink">What receives the data, e.g. "WeChatPayClient.CreateOrderAsync", "ILogger.LogInformation", "HttpClient.PostAsJsonAsync".</param>
/// <param name="Recipient">The policy recipient (by [ThirdParty] name, SDK or HTTP host), or null for logs, exceptions, cookies and unknown hosts.</param>
/// <param name="Host">The HTTP host of a request, or null.</param>
/// <param name="Data">The personal members the value carries, with their categories.</param>
/// <param name="Purposes">Purposes the calling code declares with [Purpose], empty when it declares none.</param>
/// <param name="Approved">True when the policy approves every item of <paramref name="Data"/> for this destination (recipient, region or cookie list); always false for logs and exceptions.</param>
/// <param name="Method">The member whose code sends it, e.g. "SimWorks.Cloud.Payments.WeChatPayGateway.PayAsync(Order)".</param>
public sealed record FlowEntry(
    string Kind,
    string Sink,
    string? Recipient,
    string? Host,
    IReadOnlyList<FlowData> Data,
    IReadOnlyList<string> Purposes,
    bool Approved,
    string Method,
    string Project,
    SourceLocation Location);

/// <summary>Values of <see cref="FlowEntry.Kind"/>.</summary>
public static class FlowKinds
{
    public const string Recipient = "recipient";
    public const string Http = "http";
    public const string Log = "log";
    public const string Exception = "exception";
    public const string Cookie = "cookie";
}

/// <param name="Member">Type-qualified member, e.g. "Customer.Mobile".</param>
public sealed record FlowData(string Member, string Category);

/// <summary>A diagnostic of the PrivacyAnalyzers rules, with the severity the project configures.</summary>
/// <param name="Severity">"error", "warning", "info" or "hidden".</param>
public sealed record FindingEntry(string RuleId, string Severity, string Message, string Project, SourceLocation? Location, string HelpUri);

/// <summary>What the project's privacy.json declares, with where each declaration is written.</summary>
public sealed record PolicyEntry(
    string Path,
    IReadOnlyList<PolicyPurposeEntry> Purposes,
    IReadOnlyList<PolicyRecipientEntry> Recipients,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> CookieCategories,
    IReadOnlyList<PolicyRetentionEntry> Retention);

public sealed record PolicyPurposeEntry(string Id, string? Description);

/// <param name="Categories">Approved category keys; a key approves its children.</param>
/// <param name="Members">Individually approved members ("Type.Member").</param>
public sealed record PolicyRecipientEntry(
    string Name,
    string? Description,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> HttpHosts,
    string? Region,
    SourceLocation Location);

/// <summary>A retention rule of the policy: categories kept at least <see cref="Minimum"/> (ISO 8601 period, e.g. "P3Y").</summary>
/// <param name="OnExpiry">"delete" or "anonymize", or null when the policy does not say.</param>
public sealed record PolicyRetentionEntry(
    IReadOnlyList<string> Categories,
    string Minimum,
    string? Basis,
    string? OnExpiry,
    SourceLocation Location);
