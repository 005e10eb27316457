using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Analyzers;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>Reads the analyzers' flow observations (PRIV900) into the data map's flows.</summary>
internal static class FlowObservations
{
    public const string RuleId = FlowObservation.RuleId;

    private static readonly SymbolDisplayFormat MethodFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static FlowEntry? Read(Diagnostic observation, Compilation compilation, INamedTypeSymbol? purposeAttribute, string project, RelativePaths paths, CancellationToken cancellationToken)
    {
        var properties = observation.Properties;
        if (paths.Of(observation.Location) is not { } location
            || !properties.TryGetValue(FlowObservation.KindProperty, out var kind) || string.IsNullOrEmpty(kind)
            || !properties.TryGetValue(FlowObservation.SinkProperty, out var sink) || string.IsNullOrEmpty(sink))
        {
            return null;
        }

        var sender = Sender(observation.Location, compilation, cancellationToken);
        var purpose = sender is not null && purposeAttribute is not null ? DeclaredPurposes.Of(sender, purposeAttribute) : null;
        return new FlowEntry(
            kind!,
            sink!,
            NullIfEmpty(properties.GetValueOrDefault(FlowObservation.RecipientProperty)),
            NullIfEmpty(properties.GetValueOrDefault(FlowObservation.HostProperty)),
            FlowObservation.ParseData(properties.GetValueOrDefault(FlowObservation.DataProperty)).Select(item => new FlowData(item.Member, item.Category)).ToList(),
            purpose is null ? [] : [purpose],
            string.Equals(properties.GetValueOrDefault(FlowObservation.ApprovedProperty), FlowObservation.True, StringComparison.Ordinal),
            sender?.ToDisplayString(MethodFormat) ?? string.Empty,
            project,
            location);
    }

    /// <summary>The member whose code holds <paramref name="location"/>; a lambda or local function counts as its outer member.</summary>
    private static ISymbol? Sender(Location location, Compilation compilation, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        var symbol = compilation.GetSemanticModel(tree).GetEnclosingSymbol(location.SourceSpan.Start, cancellationToken);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
        {
            symbol = inner.ContainingSymbol;
        }

        return symbol is IMethodSymbol { AssociatedSymbol: { } property } ? property : symbol;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
