using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Policy;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// PRIV008: code whose <c>[Purpose("X")]</c> (on the member, else on its type or an enclosing type) reads or writes a
    /// member whose <c>[PersonalInfo(Purposes = ...)]</c> does not include X, directly or through calls to methods of the same
    /// compilation without a purpose of their own (reported at the call). Members declaring no purposes are not checked.
    /// Called bodies are read lazily and cached per compilation, so the rule also runs live in the IDE.
    /// PRIV206: a purpose id in <c>[Purpose]</c> or <c>[PersonalInfo(Purposes = ...)]</c> the policy does not declare.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PurposeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RuleCatalog.PurposeLimitation, RuleCatalog.UnknownPurpose);

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

                var purposeType = start.Compilation.GetTypeByMetadataName(DeclaredPurposes.AttributeName);
                var policyFile = PolicyFiles.Find(start.Options);
                var policy = policyFile is null ? PrivacyPolicy.Empty : PolicyFiles.Read(policyFile, start.CancellationToken).Policy;
                var purposes = new Purposes(symbols.PersonalInfo, purposeType, policy, policyFile is not null);
                start.RegisterSymbolAction(purposes.ReportUnknown, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);
                if (purposeType is not null)
                {
                    start.RegisterOperationBlockAction(purposes.Analyze);
                }
            });
        }

        /// <summary>The purposes of one compilation: declared in code, collected for, and declared in the policy.</summary>
        private sealed class Purposes
        {
            // Calls followed from [Purpose] code before giving up: enough for helpers of helpers, bounded in the IDE.
            private const int MaxCallDepth = 8;

            private readonly INamedTypeSymbol _personalInfo;
            private readonly INamedTypeSymbol? _purpose;
            private readonly PrivacyPolicy _policy;
            private readonly bool _hasPolicyFile;
            private readonly ConcurrentDictionary<ISymbol, PersonalInfoData?> _collectedFor =
                new ConcurrentDictionary<ISymbol, PersonalInfoData?>(SymbolEqualityComparer.Default);
            private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _facts =
                new ConcurrentDictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);

            public Purposes(INamedTypeSymbol personalInfo, INamedTypeSymbol? purpose, PrivacyPolicy policy, bool hasPolicyFile)
            {
                _personalInfo = personalInfo;
                _purpose = purpose;
                _policy = policy;
                _hasPolicyFile = hasPolicyFile;
            }

            public void ReportUnknown(SymbolAnalysisContext context)
            {
                if (PrivacySymbols.Find(context.Symbol, _purpose) is { } declared
                    && declared.ConstructorArguments is { Length: 1 } arguments && arguments[0].Value is string id
                    && !_policy.HasPurpose(id)
                    && declared.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax)
                {
                    Report(context, syntax.ArgumentList.Arguments[0].Expression.GetLocation(), id);
                }

                if (PrivacySymbols.Find(context.Symbol, _personalInfo) is not { } personal
                    || personal.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList: { } list })
                {
                    return;
                }

                var written = list.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == "Purposes");
                if (written is null)
                {
                    return;
                }

                foreach (var purpose in AttributeReaders.ReadPersonalInfo(personal).Purposes)
                {
                    if (purpose.Length > 0 && !_policy.HasPurpose(purpose))
                    {
                        // The literal naming it when there is one; a constant is reported on the whole list.
                        var literal = written.Expression.DescendantNodesAndSelf()
                            .OfType<LiteralExpressionSyntax>()
                            .FirstOrDefault(node => node.Token.Value is string text && text == purpose);
                        Report(context, (literal ?? written.Expression).GetLocation(), purpose);
                    }
                }
            }

            private void Report(SymbolAnalysisContext context, Location location, string id)
            {
                string detail;
                if (!_hasPolicyFile)
                {
                    detail = "; the project has no privacy policy file (" + PolicyFiles.DefaultFileName + "), so no purpose is declared";
                }
                else if (_policy.Purposes.IsEmpty)
                {
                    detail = "; the policy declares no purpose";
                }
                else
                {
                    detail = "; it declares " + string.Join(", ", _policy.Purposes.Select(p => "'" + p.Id.Value + "'"));
                }

                context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.UnknownPurpose, location, id, detail));
            }

            public void Analyze(OperationBlockAnalysisContext context)
            {
                var purpose = DeclaredPurposes.Of(context.OwningSymbol, _purpose!);
                if (purpose is null)
                {
                    return;
                }

                var user = Describe(context.OwningSymbol);
                foreach (var block in context.OperationBlocks)
                {
                    Walk(context, block, purpose, user);
                }
            }

            private void Walk(OperationBlockAnalysisContext context, IOperation operation, string purpose, string user)
            {
                // nameof names a member without using its value.
                if (operation is INameOfOperation)
                {
                    return;
                }

                if (PersonalUse(operation) is { } use)
                {
                    if (!use.Personal.Purposes.Contains(purpose))
                    {
                        Report(context, operation.Syntax.GetLocation(), use.Member, use.Personal, purpose, user);
                    }
                }
                else if (CalledMethod(operation) is { } callee)
                {
                    ReportThroughCall(context, operation, callee, purpose, user);
                }

                foreach (var child in operation.ChildOperations)
                {
                    Walk(context, child, purpose, user);
                }
            }

            private void ReportThroughCall(OperationBlockAnalysisContext context, IOperation call, IMethodSymbol callee, string purpose, string user)
            {
                var followed = Followable(callee, context.Compilation);
                if (followed is null)
                {
                    return;
                }

                var through = user + " through " + Describe(callee);
                foreach (var read in ReadsThroughCalls(followed, context.Compilation, context.CancellationToken))
                {
                    if (!read.Personal.Purposes.Contains(purpose))
                    {
                        Report(context, call.Syntax.GetLocation(), read.Member, read.Personal, purpose, through);
                    }
                }
            }

            private static void Report(OperationBlockAnalysisContext context, Location location, ISymbol member, PersonalInfoData personal, string purpose, string user)
                => context.ReportDiagnostic(Diagnostic.Create(
                    RuleCatalog.PurposeLimitation,
                    location,
                    "'" + member.ContainingType?.Name + "." + member.Name + "' (" + personal.Category + ")",
                    purpose,
                    user,
                    string.Join(", ", personal.Purposes)));

            /// <summary>The method <paramref name="operation"/> runs: a call, a construction, or a property accessor.</summary>
            private static IMethodSymbol? CalledMethod(IOperation operation)
                => operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    IPropertyReferenceOperation property => operation.Parent is ISimpleAssignmentOperation assignment && assignment.Target == operation
                        ? property.Property.SetMethod
                        : property.Property.GetMethod,
                    _ => null,
                };

            /// <summary>
            /// The method whose body a call to <paramref name="callee"/> runs, when it is followed: declared in this compilation, with a
            /// body, and without a purpose of its own (such code is checked on its own). Virtual and interface calls follow only the
            /// body of the method named, not its overrides or implementations; local functions are part of their enclosing body.
            /// </summary>
            private IMethodSymbol? Followable(IMethodSymbol callee, Compilation compilation)
            {
                var method = callee.OriginalDefinition;
                method = method.PartialImplementationPart ?? method;
                if (method.MethodKind == MethodKind.LocalFunction || method.IsAbstract || method.IsExtern
                    || method.DeclaringSyntaxReferences.IsEmpty
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)
                    || DeclaredPurposes.Of(method, _purpose!) is not null)
                {
                    return null;
                }

                return method;
            }

            /// <summary>The personal members with declared purposes read or written by <paramref name="start"/> or the methods it calls, in order found.</summary>
            private IEnumerable<PersonalRead> ReadsThroughCalls(IMethodSymbol start, Compilation compilation, CancellationToken cancellationToken)
            {
                var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { start };
                var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                var level = new List<IMethodSymbol> { start };
                for (var depth = 0; depth < MaxCallDepth && level.Count > 0; depth++)
                {
                    var next = new List<IMethodSymbol>();
                    foreach (var method in level)
                    {
                        var facts = FactsOf(method, compilation, cancellationToken);
                        foreach (var read in facts.Reads)
                        {
                            if (reported.Add(read.Member))
                            {
                                yield return read;
                            }
                        }

                        foreach (var callee in facts.Calls)
                        {
                            if (visited.Add(callee))
                            {
                                next.Add(callee);
                            }
                        }
                    }

                    level = next;
                }
            }

            private MethodFacts FactsOf(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
                => _facts.GetOrAdd(method, key => ReadFacts(key, compilation, cancellationToken));

            /// <summary>What one method body does directly: the personal members it uses and the followable methods it calls.</summary>
            private MethodFacts ReadFacts(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
            {
                var reads = new List<PersonalRead>();
                var calls = new List<IMethodSymbol>();
                var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                    {
                        continue;
                    }

                    var body = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);
                    if (body is not null)
                    {
                        Collect(body, compilation, reads, calls, seen);
                    }
                }

                return new MethodFacts(reads, calls);
            }

            private void Collect(IOperation operation, Compilation compilation, List<PersonalRead> reads, List<IMethodSymbol> calls, HashSet<ISymbol> seen)
            {
                // An iterative walk: a deeply nested body must not exhaust the stack.
                var pending = new Stack<IOperation>();
                pending.Push(operation);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (current is INameOfOperation)
                    {
                        continue;
                    }

                    if (PersonalUse(current) is { } use)
                    {
                        if (seen.Add(use.Member))
                        {
                            reads.Add(use);
                        }
                    }
                    else if (CalledMethod(current) is { } called && Followable(called, compilation) is { } followed && seen.Add(followed))
                    {
                        calls.Add(followed);
                    }

                    foreach (var child in current.ChildOperations.Reverse())
                    {
                        pending.Push(child);
                    }
                }
            }

            /// <summary>The member <paramref name="operation"/> reads or writes, when it is personal with declared purposes.</summary>
            private PersonalRead? PersonalUse(IOperation operation)
            {
                var member = operation switch
                {
                    IPropertyReferenceOperation property => (ISymbol)property.Property,
                    IFieldReferenceOperation field => field.Field,
                    _ => null,
                };
                return member is not null && CollectedFor(member) is { Purposes.IsDefaultOrEmpty: false } personal
                    ? new PersonalRead(member.OriginalDefinition, personal)
                    : null;
            }

            private PersonalInfoData? CollectedFor(ISymbol member)
                => _collectedFor.GetOrAdd(member.OriginalDefinition, definition =>
                    PrivacySymbols.Find(definition, _personalInfo) is { } attribute ? AttributeReaders.ReadPersonalInfo(attribute) : (PersonalInfoData?)null);

            private static string Describe(ISymbol owner)
            {
                if (owner is IMethodSymbol method)
                {
                    if (method.MethodKind == MethodKind.Constructor)
                    {
                        return "new " + method.ContainingType?.Name;
                    }

                    if (method.AssociatedSymbol is { } associated)
                    {
                        owner = associated;
                    }
                }

                return owner.ContainingType is { } type ? type.Name + "." + owner.Name : owner.Name;
            }
        }

        /// <summary>A personal member with declared purposes, used by a method body.</summary>
        private sealed class PersonalRead
        {
            public PersonalRead(ISymbol member, PersonalInfoData personal)
            {
                Member = member;
                Personal = personal;
            }

            public ISymbol Member { get; }

            public PersonalInfoData Personal { get; }
        }

        /// <summary>What one method body does directly, cached per compilation.</summary>
        private sealed class MethodFacts
        {
            public MethodFacts(IReadOnlyList<PersonalRead> reads, IReadOnlyList<IMethodSymbol> calls)
            {
                Reads = reads;
                Calls = calls;
            }

            public IReadOnlyList<PersonalRead> Reads { get; }

            public IReadOnlyList<IMethodSymbol> Calls { get; }
        }
    }
}
