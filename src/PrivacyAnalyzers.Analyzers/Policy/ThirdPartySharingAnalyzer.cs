using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Infrastructure;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>The properties of a PRIV002 diagnostic for a recipient the policy declares, read by the approve-in-policy fix.</summary>
    internal static class ApprovalDiagnosticProperties
    {
        public const string Recipient = "Recipient";
        public const string UnapprovedCategories = "UnapprovedCategories";
        public const string Separator = "\n";
    }

    /// <summary>
    /// PRIV002: personal information passed to a method, constructor, type or interface marked <c>[ThirdParty("X")]</c>
    /// when the privacy policy does not approve its category (or the member itself) for recipient X. Values are tracked
    /// by the flow engine; whole objects count by every personal member they hold; anonymized and masked values pass.
    /// Calls into a recipient's SDK (<c>sdkNamespaces</c>, <c>sdkTypes</c>) and <c>HttpClient</c> requests (URI, content,
    /// headers) to a host the code states are sinks too; a host no recipient declares approves nothing. Property and
    /// indexer setters of marked and SDK types (object initializers included) are sinks as their methods are.
    /// PRIV009: personal information sent by any of these sinks to a recipient processing it outside the policy's regions.
    /// PRIV205: a <c>[ThirdParty]</c> name the policy does not declare.
    /// PRIV900 (off by default): every value carrying personal information that reaches these sinks, approved or not.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ThirdPartySharingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.SharedWithUnapprovedRecipient, RuleCatalog.ThirdPartyUnknownRecipient, RuleCatalog.CrossBorderTransfer, RuleCatalog.PersonalInfoFlow);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                var policyFile = PolicyFiles.Find(start.Options);
                var policy = policyFile is null ? PrivacyPolicy.Empty : PolicyFiles.Read(policyFile, start.CancellationToken).Policy;
                var recipients = symbols.ThirdParty is null ? null : new ThirdPartyRecipients(symbols.ThirdParty);
                if (recipients is not null)
                {
                    start.RegisterSymbolAction(
                        symbolContext => ReportUnknownRecipient(symbolContext, recipients, policy, policyFile is not null),
                        SymbolKind.NamedType,
                        SymbolKind.Method);
                }

                var flow = PersonalDataFlow.TryCreate(start.Compilation);
                if (flow is null)
                {
                    return;
                }

                var sharing = new Sharing(flow, recipients, HttpSinks.TryCreate(start.Compilation), policy, policyFile is not null, new CarriedMembers(start.Compilation, SharedModelReader.For(start.Compilation, symbols)));
                start.RegisterOperationBlockAction(sharing.Analyze);
            });
        }

        private static void ReportUnknownRecipient(SymbolAnalysisContext context, ThirdPartyRecipients recipients, PrivacyPolicy policy, bool hasPolicyFile)
        {
            var attribute = recipients.DeclaredOn(context.Symbol, out var name);
            if (attribute is null || policy.FindRecipient(name!) is not null
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax)
            {
                return;
            }

            string detail;
            if (!hasPolicyFile)
            {
                detail = "; the project has no privacy policy file (" + PolicyFiles.DefaultFileName + "), so no recipient is approved";
            }
            else if (policy.Recipients.IsEmpty)
            {
                detail = "; the policy declares no recipient";
            }
            else
            {
                detail = "; it declares " + string.Join(", ", policy.Recipients.Select(r => "'" + r.Name.Value + "'"));
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.ThirdPartyUnknownRecipient, syntax.ArgumentList.Arguments[0].Expression.GetLocation(), name, detail));
        }

        /// <summary>The analysis of one compilation's method bodies.</summary>
        private sealed class Sharing
        {
            private readonly PersonalDataFlow _flow;
            private readonly ThirdPartyRecipients? _recipients;
            private readonly HttpSinks? _http;
            private readonly PrivacyPolicy _policy;
            private readonly ConcurrentDictionary<INamedTypeSymbol, PolicyRecipient?> _sdkOwners =
                new ConcurrentDictionary<INamedTypeSymbol, PolicyRecipient?>(SymbolEqualityComparer.Default);
            private readonly bool _hasPolicyFile;
            private readonly CarriedMembers _carried;

            public Sharing(PersonalDataFlow flow, ThirdPartyRecipients? recipients, HttpSinks? http, PrivacyPolicy policy, bool hasPolicyFile, CarriedMembers carried)
            {
                _flow = flow;
                _recipients = recipients;
                _http = http;
                _policy = policy;
                _hasPolicyFile = hasPolicyFile;
                _carried = carried;
            }

            /// <summary>
            /// Collects what a method body hands over from its candidate sinks (<see cref="BodyOperations"/>, shared with
            /// the log and exception rules); only a body that hands something over runs the flow engine.
            /// </summary>
            public void Analyze(OperationBlockAnalysisContext context)
            {
                if (FlowReporter.OwnerTree(context.OwningSymbol, context.OperationBlocks) is not { } tree)
                {
                    return;
                }

                var callerType = (context.OwningSymbol as INamedTypeSymbol ?? context.OwningSymbol.ContainingType)?.OriginalDefinition;
                List<Shared>? hits = null;
                List<HttpSend>? sends = null;
                List<Shared>? setterHits = null;
                var body = BodyOperations.Of(context.OperationBlocks);
                foreach (var operation in body.Candidates)
                {
                    Collect(operation, callerType, context.OperationBlocks, context.CancellationToken, ref hits, ref sends, ref setterHits);
                }

                if ((hits is not null || sends is not null || setterHits is not null) && body.ReadsPersonalData(_flow, context.CancellationToken))
                {
                    ReportHandedOver(context, tree, hits, sends, setterHits);
                }
            }

            private void Collect(IOperation operation, INamedTypeSymbol? callerType, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken, ref List<Shared>? hits, ref List<HttpSend>? sends, ref List<Shared>? setterHits)
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        Collect(invocation.TargetMethod, invocation.Arguments, callerType, ref hits);
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor } creation:
                        Collect(constructor, creation.Arguments, callerType, ref hits);
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                        CollectSetter(property, assignment.Value, callerType, ref setterHits);
                        break;
                }

                _http?.Collect(operation, blocks, cancellationToken, ref sends);
            }

            private void ReportHandedOver(OperationBlockAnalysisContext context, SyntaxTree tree, List<Shared>? hits, List<HttpSend>? sends, List<Shared>? setterHits)
            {
                foreach (var send in sends ?? Enumerable.Empty<HttpSend>())
                {
                    // A request to a host the code does not state is not attributed to anyone.
                    if (send.Host is { } host)
                    {
                        var recipient = _policy.FindRecipientByHost(host);
                        Add(ref hits, new Shared(send.Value, send.Value.Syntax, recipient?.Name.Value ?? "unknown host " + host, send.Sink, host, recipient is null));
                    }
                }

                if (hits is null && setterHits is null)
                {
                    return;
                }

                var options = _flow.ReadOptions(context.Options, tree);
                var methodFlow = new MethodFlow(_flow, context.OperationBlocks, context.GetControlFlowGraph, options, context.CancellationToken);
                var handedOver = new List<(Shared Hit, List<(string Member, string Category)> Carried)>();
                foreach (var hit in hits ?? Enumerable.Empty<Shared>())
                {
                    if (_carried.Of(methodFlow, hit.Value, context.CancellationToken) is { Count: > 0 } carried)
                    {
                        Report(context, hit, carried);
                        handedOver.Add((hit, carried));
                    }
                }

                // What a method sets on a request object and hands to the same recipient in a call (an initializer passed
                // to the SDK's client, a request filled in and then sent) is reported once, where the object is handed
                // over; so is a setter inside an initializer already reported.
                var set = new List<Shared>();
                foreach (var setter in setterHits ?? Enumerable.Empty<Shared>())
                {
                    if (set.Any(outer => Encloses(outer, setter))
                        || _carried.Of(methodFlow, setter.Value, context.CancellationToken) is not { Count: > 0 } carried
                        || handedOver.Any(call => call.Hit.Recipient == setter.Recipient && carried.All(call.Carried.Contains)))
                    {
                        continue;
                    }

                    Report(context, setter, carried);
                    set.Add(setter);
                }
            }

            private static bool Encloses(Shared outer, Shared inner)
                => outer.Recipient == inner.Recipient && outer.Syntax.SyntaxTree == inner.Syntax.SyntaxTree && outer.Syntax.Span.Contains(inner.Syntax.Span);

            private void Collect(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol? callerType, ref List<Shared>? hits)
            {
                if (RecipientOf(method, callerType) is not { } recipient)
                {
                    return;
                }

                var skipsReceiver = method.ReducedFrom is null && method.IsExtensionMethod;
                var sink = method.MethodKind == MethodKind.Constructor
                    ? "new " + method.ContainingType.Name
                    : method.ContainingType?.Name + "." + method.Name;
                foreach (var argument in arguments)
                {
                    if (skipsReceiver && argument.Parameter?.Ordinal == 0)
                    {
                        continue;
                    }

                    if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (var element in elements.ElementValues)
                        {
                            Add(ref hits, new Shared(element, element.Syntax, recipient, sink, host: null, unknownHost: false));
                        }

                        continue;
                    }

                    var syntax = argument.Syntax is ArgumentSyntax written ? written.Expression : argument.Value.Syntax;
                    Add(ref hits, new Shared(argument.Value, syntax, recipient, sink, host: null, unknownHost: false));
                }
            }

            /// <summary>
            /// The recipient a call to <paramref name="method"/> (a method, constructor or property accessor) hands its
            /// arguments to: the <c>[ThirdParty]</c> one, else the one whose SDK declares its type; <c>null</c> when none,
            /// or when <paramref name="callerType"/> is the marked type itself or a type of the same SDK.
            /// </summary>
            private string? RecipientOf(IMethodSymbol method, INamedTypeSymbol? callerType)
            {
                if (_recipients?.Of(method) is { } marked)
                {
                    return callerType is not null && SymbolEqualityComparer.Default.Equals(marked.SharingType, callerType) ? null : marked.Recipient;
                }

                return method.ContainingType is { } type && SdkOwner(type) is { } owner
                    && (callerType is null || !ReferenceEquals(SdkOwner(callerType), owner))
                    ? owner.Name.Value
                    : null;
            }

            /// <summary>
            /// A value assigned to a property or indexer of a <c>[ThirdParty]</c> or SDK type (also in an object initializer),
            /// and the indexer's arguments: the setter hands them to the recipient as a method call would.
            /// </summary>
            private void CollectSetter(IPropertyReferenceOperation target, IOperation value, INamedTypeSymbol? callerType, ref List<Shared>? setterHits)
            {
                var property = target.Property;
                if ((property.SetMethod ?? property.GetMethod) is not { } accessor || RecipientOf(accessor, callerType) is not { } recipient)
                {
                    return;
                }

                var sink = property.ContainingType.Name + (property.IsIndexer ? "[...]" : "." + property.Name);
                foreach (var argument in target.Arguments)
                {
                    var syntax = argument.Syntax is ArgumentSyntax written ? written.Expression : argument.Value.Syntax;
                    Add(ref setterHits, new Shared(argument.Value, syntax, recipient, sink, host: null, unknownHost: false));
                }

                Add(ref setterHits, new Shared(value, value.Syntax, recipient, sink, host: null, unknownHost: false));
            }

            /// <summary>The recipient whose SDK (<c>sdkNamespaces</c>, <c>sdkTypes</c>) declares <paramref name="type"/>, or <c>null</c>.</summary>
            private PolicyRecipient? SdkOwner(INamedTypeSymbol type)
            {
                if (_policy.Recipients.IsEmpty)
                {
                    return null;
                }

                return _sdkOwners.GetOrAdd(type.OriginalDefinition, definition =>
                {
                    if (definition.ContainingNamespace is not { IsGlobalNamespace: false } ns)
                    {
                        return null;
                    }

                    var namespaceName = ns.ToDisplayString();
                    var outer = definition;
                    while (outer.ContainingType is { } containing)
                    {
                        outer = containing;
                    }

                    return _policy.FindRecipientBySdk(namespaceName, namespaceName + "." + outer.MetadataName);
                });
            }

            private void Report(OperationBlockAnalysisContext context, Shared hit, List<(string Member, string Category)> carried)
            {
                var recipient = hit.UnknownHost ? null : _policy.FindRecipient(hit.Recipient);
                var location = hit.Syntax.GetLocation();
                var crossesBorder = false;
                if (recipient is not null && !_policy.AllowsTransferTo(recipient))
                {
                    crossesBorder = true;
                    context.ReportDiagnostic(Diagnostic.Create(
                        RuleCatalog.CrossBorderTransfer,
                        location,
                        CarriedMembers.Describe(carried),
                        recipient.Name.Value,
                        hit.Sink,
                        recipient.Region!.Value,
                        string.Join(", ", _policy.Regions.Select(region => region.Value))));
                }

                var unapproved = carried
                    .Where(item => recipient is null || !(recipient.ApprovesCategory(item.Category) || recipient.ApprovesMember(item.Member)))
                    .ToList();
                context.ReportDiagnostic(FlowObservation.Create(
                    location,
                    hit.Host is null ? FlowObservation.RecipientKind : FlowObservation.HttpKind,
                    hit.Sink,
                    recipient?.Name.Value ?? (hit.UnknownHost ? null : hit.Recipient),
                    hit.Host,
                    approved: !crossesBorder && unapproved.Count == 0,
                    carried));
                if (unapproved.Count == 0)
                {
                    return;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.SharedWithUnapprovedRecipient,
                    location,
                    ApprovalProperties(recipient, unapproved),
                    CarriedMembers.Describe(unapproved),
                    recipient?.Name.Value ?? hit.Recipient,
                    hit.Sink,
                    Approval(recipient, hit.UnknownHost)));
            }

            /// <summary>
            /// What the "approve in the policy" fix needs: the declared recipient and the categories it does not approve.
            /// A recipient the policy does not declare gets none, so no fix edits the policy for it.
            /// </summary>
            private static ImmutableDictionary<string, string?>? ApprovalProperties(PolicyRecipient? recipient, List<(string Member, string Category)> unapproved)
            {
                var categories = unapproved.Select(item => item.Category).Where(category => !string.IsNullOrEmpty(category)).Distinct().ToList();
                if (recipient is null || categories.Count == 0)
                {
                    return null;
                }

                return ImmutableDictionary<string, string?>.Empty
                    .Add(ApprovalDiagnosticProperties.Recipient, recipient.Name.Value)
                    .Add(ApprovalDiagnosticProperties.UnapprovedCategories, string.Join(ApprovalDiagnosticProperties.Separator, categories));
            }

            private string Approval(PolicyRecipient? recipient, bool unknownHost)
            {
                if (unknownHost)
                {
                    return "declares no recipient with this HTTP host";
                }

                if (recipient is null)
                {
                    return _hasPolicyFile
                        ? "does not declare this recipient"
                        : "file (" + PolicyFiles.DefaultFileName + ") is missing, so no recipient is approved";
                }

                var approved = recipient.Categories.Select(c => c.Value).Concat(recipient.Members.Select(m => m.Value)).ToList();
                return approved.Count == 0
                    ? "approves no personal information for it"
                    : "approves only " + string.Join(", ", approved) + " for it";
            }

            private static void Add(ref List<Shared>? hits, Shared hit)
            {
                hits ??= new List<Shared>();
                hits.Add(hit);
            }
        }

        /// <summary>A value handed to a recipient.</summary>
        private sealed class Shared
        {
            public Shared(IOperation value, SyntaxNode syntax, string recipient, string sink, string? host, bool unknownHost)
            {
                Host = host;
                Value = value;
                Syntax = syntax;
                Recipient = recipient;
                Sink = sink;
                UnknownHost = unknownHost;
            }

            public IOperation Value { get; }

            public SyntaxNode Syntax { get; }

            public string Recipient { get; }

            public string Sink { get; }

            /// <summary>The host of an HTTP request, or <c>null</c> for a call into a recipient's code.</summary>
            public string? Host { get; }

            /// <summary>True when <see cref="Recipient"/> describes an HTTP host no recipient of the policy declares.</summary>
            public bool UnknownHost { get; }
        }
    }
}
