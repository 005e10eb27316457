using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// PRIV002: personal information passed to a method, constructor, type or interface marked <c>[ThirdParty("X")]</c>
    /// when the privacy policy does not approve its category (or the member itself) for recipient X. Values are tracked
    /// by the flow engine; whole objects count by every personal member they hold; anonymized and masked values pass.
    /// PRIV205: a <c>[ThirdParty]</c> name the policy does not declare.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ThirdPartySharingAnalyzer : DiagnosticAnalyzer
    {
        // Nested objects are followed this deep when listing what a whole object carries.
        private const int MaxNestedDepth = 4;

        // The message names this many unapproved members, then counts the rest.
        private const int NamedMembers = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.SharedWithUnapprovedRecipient, RuleCatalog.ThirdPartyUnknownRecipient);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = PrivacySymbols.TryCreate(start.Compilation);
                if (symbols?.ThirdParty is null)
                {
                    return;
                }

                var policyFile = PolicyFiles.Find(start.Options);
                var policy = policyFile is null ? PrivacyPolicy.Empty : PolicyFiles.Read(policyFile, start.CancellationToken).Policy;
                var recipients = new ThirdPartyRecipients(symbols.ThirdParty);
                start.RegisterSymbolAction(
                    symbolContext => ReportUnknownRecipient(symbolContext, recipients, policy, policyFile is not null),
                    SymbolKind.NamedType,
                    SymbolKind.Method);

                var flow = PersonalDataFlow.TryCreate(start.Compilation);
                if (flow is null)
                {
                    return;
                }

                var sharing = new Sharing(flow, recipients, policy, policyFile is not null, new PrivacyModelReader(start.Compilation, symbols));
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
            private readonly ThirdPartyRecipients _recipients;
            private readonly PrivacyPolicy _policy;
            private readonly bool _hasPolicyFile;
            private readonly PrivacyModelReader _reader;

            public Sharing(PersonalDataFlow flow, ThirdPartyRecipients recipients, PrivacyPolicy policy, bool hasPolicyFile, PrivacyModelReader reader)
            {
                _flow = flow;
                _recipients = recipients;
                _policy = policy;
                _hasPolicyFile = hasPolicyFile;
                _reader = reader;
            }

            public void Analyze(OperationBlockAnalysisContext context)
            {
                var tree = context.OwningSymbol.Locations.Length > 0 && context.OwningSymbol.Locations[0].SourceTree is { } owner
                    ? owner
                    : context.OperationBlocks.Length > 0 ? context.OperationBlocks[0].Syntax.SyntaxTree : null;
                if (tree is null)
                {
                    return;
                }

                var callerType = (context.OwningSymbol as INamedTypeSymbol ?? context.OwningSymbol.ContainingType)?.OriginalDefinition;
                List<Shared>? hits = null;
                foreach (var block in context.OperationBlocks)
                {
                    foreach (var operation in block.DescendantsAndSelf())
                    {
                        switch (operation)
                        {
                            case IInvocationOperation invocation:
                                Collect(invocation.TargetMethod, invocation.Arguments, callerType, ref hits);
                                break;
                            case IObjectCreationOperation { Constructor: { } constructor } creation:
                                Collect(constructor, creation.Arguments, callerType, ref hits);
                                break;
                        }
                    }
                }

                if (hits is null)
                {
                    return;
                }

                var options = _flow.ReadOptions(context.Options, tree);
                var methodFlow = new MethodFlow(_flow, context.OperationBlocks, context.GetControlFlowGraph, options, context.CancellationToken);
                foreach (var hit in hits)
                {
                    if (methodFlow.Evaluate(hit.Value) is { } taint)
                    {
                        Report(context, hit, taint);
                    }
                }
            }

            private void Collect(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol? callerType, ref List<Shared>? hits)
            {
                if (_recipients.Of(method) is not { } marked
                    || (callerType is not null && SymbolEqualityComparer.Default.Equals(marked.SharingType, callerType)))
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
                            Add(ref hits, new Shared(element, element.Syntax, marked.Recipient, sink));
                        }

                        continue;
                    }

                    var syntax = argument.Syntax is ArgumentSyntax written ? written.Expression : argument.Value.Syntax;
                    Add(ref hits, new Shared(argument.Value, syntax, marked.Recipient, sink));
                }
            }

            private void Report(OperationBlockAnalysisContext context, Shared hit, PersonalTaint taint)
            {
                var recipient = _policy.FindRecipient(hit.Recipient);
                var carried = taint.Kind == TaintKind.Value
                    ? new List<(string Member, string Category)> { (taint.Member, taint.Category) }
                    : ObjectMembers(hit.Value, taint, context.CancellationToken);
                var unapproved = carried
                    .Where(item => recipient is null || !(recipient.ApprovesCategory(item.Category) || recipient.ApprovesMember(item.Member)))
                    .ToList();
                if (unapproved.Count == 0)
                {
                    return;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.SharedWithUnapprovedRecipient,
                    hit.Syntax.GetLocation(),
                    Describe(unapproved),
                    recipient?.Name.Value ?? hit.Recipient,
                    hit.Sink,
                    Approval(recipient)));
            }

            /// <summary>Every personal member an object of the value's type holds, nested objects included.</summary>
            private List<(string Member, string Category)> ObjectMembers(IOperation value, PersonalTaint taint, CancellationToken cancellationToken)
            {
                var members = new List<(string Member, string Category)>();
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                var type = value.Type is { } valueType ? _reader.CollectionElementType(valueType, out _) ?? valueType : null;
                if (type is not null && PrivacyModelReader.UnwrapNullable(type) is INamedTypeSymbol named)
                {
                    AddMembers(named, members, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
                }

                // A type the reader cannot see through still counts by what the engine found in it.
                if (members.Count == 0 && taint.Category.Length > 0)
                {
                    members.Add((taint.Member, taint.Category));
                }

                return members;
            }

            private void AddMembers(INamedTypeSymbol type, List<(string Member, string Category)> members, HashSet<INamedTypeSymbol> visited, int depth, CancellationToken cancellationToken)
            {
                if (depth > MaxNestedDepth || !visited.Add(type.OriginalDefinition) || type.SpecialType != SpecialType.None || !_reader.HoldsPersonalInfo(type))
                {
                    return;
                }

                var model = _reader.Read(type, cancellationToken);
                foreach (var member in model.InheritedPersonalMembers.Concat(model.Members))
                {
                    if (member.IsPersonal)
                    {
                        members.Add((type.Name + "." + member.Name, member.Category));
                    }
                    else if (member.Role == MemberRole.Nested && member.NestedType is { } nested)
                    {
                        AddMembers(nested, members, visited, depth + 1, cancellationToken);
                    }
                }
            }

            private static string Describe(List<(string Member, string Category)> unapproved)
            {
                var text = new StringBuilder();
                for (var i = 0; i < unapproved.Count && i < NamedMembers; i++)
                {
                    if (i > 0)
                    {
                        text.Append(i == unapproved.Count - 1 ? " and " : ", ");
                    }

                    text.Append('\'').Append(unapproved[i].Member).Append("' (").Append(unapproved[i].Category).Append(')');
                }

                if (unapproved.Count > NamedMembers)
                {
                    text.Append(" and ").Append(unapproved.Count - NamedMembers).Append(" more");
                }

                return text.Append(unapproved.Count == 1 ? " is" : " are").ToString();
            }

            private string Approval(PolicyRecipient? recipient)
            {
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
            public Shared(IOperation value, SyntaxNode syntax, string recipient, string sink)
            {
                Value = value;
                Syntax = syntax;
                Recipient = recipient;
                Sink = sink;
            }

            public IOperation Value { get; }

            public SyntaxNode Syntax { get; }

            public string Recipient { get; }

            public string Sink { get; }
        }
    }
}
