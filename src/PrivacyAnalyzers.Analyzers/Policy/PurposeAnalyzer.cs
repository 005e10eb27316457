using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
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
    /// member whose <c>[PersonalInfo(Purposes = ...)]</c> does not include X. Members declaring no purposes are not checked.
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
            private readonly INamedTypeSymbol _personalInfo;
            private readonly INamedTypeSymbol? _purpose;
            private readonly PrivacyPolicy _policy;
            private readonly bool _hasPolicyFile;
            private readonly ConcurrentDictionary<ISymbol, PersonalInfoData?> _collectedFor =
                new ConcurrentDictionary<ISymbol, PersonalInfoData?>(SymbolEqualityComparer.Default);

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

                var member = operation switch
                {
                    IPropertyReferenceOperation property => (ISymbol)property.Property,
                    IFieldReferenceOperation field => field.Field,
                    _ => null,
                };
                if (member is not null && CollectedFor(member) is { Purposes.IsDefaultOrEmpty: false } personal && !personal.Purposes.Contains(purpose))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        RuleCatalog.PurposeLimitation,
                        operation.Syntax.GetLocation(),
                        "'" + member.ContainingType?.Name + "." + member.Name + "' (" + personal.Category + ")",
                        purpose,
                        user,
                        string.Join(", ", personal.Purposes)));
                }

                foreach (var child in operation.ChildOperations)
                {
                    Walk(context, child, purpose, user);
                }
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
    }
}
