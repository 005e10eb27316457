using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>
/// The personal-information inventory of one compilation, read by the generator's own model reader: every source type
/// declaring [PersonalInfo] members, with what the generated code does to each.
/// </summary>
internal static class InventoryReader
{
    public static IEnumerable<DataTypeEntry> Read(Compilation compilation, PrivacySymbols symbols, string project, RelativePaths paths, CancellationToken cancellationToken)
    {
        var reader = new PrivacyModelReader(compilation, symbols);
        var erasure = ErasureReach.Of(compilation, symbols);
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = reader.Read(type, cancellationToken);
            var members = model.Members.Where(member => member.IsPersonal).ToList();
            if (members.Count == 0 || paths.Of(type.Locations[0]) is not { } location)
            {
                continue;
            }

            yield return new DataTypeEntry(
                type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                project,
                KindOf(model.Shape),
                Retention(model.Retention),
                model.Members.FirstOrDefault(member => member.IsDataSubjectId)?.Name,
                members.Select(member => Member(member, paths)).ToList(),
                location,
                erasure.TryGetValue(type, out var reach) ? reach : null);
        }
    }

    private static DataMemberEntry Member(PrivacyMember member, RelativePaths paths)
    {
        var personal = member.PersonalInfo!.Value;
        return new DataMemberEntry(
            member.Name,
            member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            member.Category,
            personal.SensitiveFlag,
            personal.Purposes.IsDefault ? [] : personal.Purposes.ToList(),
            member.MaskStyle == MaskStyle.None ? null : member.MaskStyle.ToString(),
            Anonymization(member),
            Retention(member.Retention),
            member.IsDataSubjectId,
            paths.Of(member.Symbol.Locations[0]) ?? new SourceLocation(string.Empty, 0, 0));
    }

    private static string? Anonymization(PrivacyMember member) => member.Strategy switch
    {
        AnonymizeStrategy.Keep => null,
        AnonymizeStrategy.Generalize => "Generalize (" + member.Generalization + ")",
        var strategy => strategy.ToString(),
    };

    internal static RetentionEntry? Retention(RetentionData? retention)
        => retention is { } value
            ? new RetentionEntry(value.Years, value.Months, value.Days, value.From, value.Basis, value.OnExpiry == ExpiryAction.Anonymize ? "anonymize" : "delete")
            : null;

    private static string KindOf(TypeShape shape) => shape switch
    {
        TypeShape.Struct => "struct",
        TypeShape.RecordClass => "record",
        TypeShape.RecordStruct => "record struct",
        _ => "class",
    };

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
                {
                    pending.Push(type);
                    yield return type;
                }
            }
        }
    }
}
