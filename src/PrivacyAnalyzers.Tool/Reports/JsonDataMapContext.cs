using System.Text.Json.Serialization;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Reports;

/// <summary>
/// Serialization metadata of the data map, generated at build time so the JSON output needs no reflection. Names are
/// camelCase; null members are written as <c>null</c> so every property documented in docs/data-map.schema.json is
/// always present.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DataMap))]
internal sealed partial class JsonDataMapContext : JsonSerializerContext
{
}
