using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// Tracks personal information through one method body (its lambdas and local functions included).
    /// A read of a local or parameter in the body itself sees the writes that reach it along the control flow graph
    /// (<see cref="ReachingDefinitions"/>), so <c>phone = Mask(phone)</c> on every path cleans what follows, and a write
    /// on one branch or later in a loop still counts. Writes inside lambdas and local functions may run at any time and
    /// reach every read; reads inside them, and reads that depend on themselves, are tracked flow-insensitively: tainted
    /// when any write anywhere is. Fields, properties and calls into other methods are not followed; their
    /// classification (attributes, the type of the value) is what counts. The graph is built only when a read of a
    /// written local or parameter is asked about. Not thread-safe: one instance per body.
    /// </summary>
    public sealed class MethodFlow
    {
        // Deeper expressions (thousands of concatenations) are cut off rather than risk the stack.
        private const int MaxDepth = 200;

        // Rounds of the local fixpoint; chains of copies longer than this in one body are not followed further.
        private const int MaxRounds = 8;

        private readonly PersonalDataFlow _flow;
        private readonly ImmutableArray<IOperation> _roots;
        private readonly FlowOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<IOperation> _functionsInProgress = new HashSet<IOperation>();
        private readonly HashSet<IOperation> _readsInProgress = new HashSet<IOperation>();
        private readonly Dictionary<IOperation, PersonalTaint?> _reads = new Dictionary<IOperation, PersonalTaint?>();
        private readonly Func<IOperation, ControlFlowGraph?> _graphOf;
        private readonly IMethodSymbol? _summarized;
        private Dictionary<ISymbol, List<Definition>>? _definitionsByTarget;
        private Dictionary<IOperation, ReachingDefinitions?>? _reachingByBlock;

        // Set while the flow-insensitive fixpoint runs, whose rounds must read the map they build.
        private bool _insensitive;
        private Dictionary<ISymbol, PersonalTaint>? _locals;
        private HashSet<ISymbol>? _sanitizedLocals;
        private List<Definition>? _definitions;
        private Dictionary<IMethodSymbol, ILocalFunctionOperation>? _localFunctions;

        /// <param name="graphOf">The control flow graph of a method body, block or initializer among <paramref name="roots"/>.</param>
        /// <param name="summarized">
        /// The method whose summary is being computed: the values its parameters come in with are followed as parameter
        /// markers (<see cref="PersonalTaint.ForParameter"/>).
        /// </param>
        public MethodFlow(PersonalDataFlow flow, ImmutableArray<IOperation> roots, Func<IOperation, ControlFlowGraph?> graphOf, FlowOptions options, CancellationToken cancellationToken, IMethodSymbol? summarized = null)
        {
            _summarized = summarized;
            _flow = flow;
            _roots = roots;
            _graphOf = graphOf;
            _options = options;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// The personal information <paramref name="value"/> carries, or <c>null</c>. Decided flow-insensitively first
        /// (every write of a local counts, no control flow graph); only a value that pass finds tainted is evaluated
        /// again along the control flow graph, which may clean it (a masked reassignment on every path).
        /// </summary>
        public PersonalTaint? Evaluate(IOperation? value)
        {
            if (!_insensitive)
            {
                _insensitive = true;
                var coarse = Evaluate(value, 0);
                _insensitive = false;
                if (coarse is null)
                {
                    return null;
                }
            }

            return Evaluate(value, 0);
        }

        private PersonalTaint? Evaluate(IOperation? operation, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return null;
            }

            depth++;
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Evaluate(conversion.Operand, depth);
                case IParenthesizedOperation parenthesized:
                    return Evaluate(parenthesized.Operand, depth);
                case ILocalReferenceOperation local:
                    return VariableAt(local, local.Local, entry: null);
                case IParameterReferenceOperation parameter:
                    return VariableAt(parameter, parameter.Parameter, entry: Entry(parameter.Parameter));
                case IFieldReferenceOperation field:
                    return IsSanitized(field.Instance) ? null : _flow.Sources.ForSymbol(field.Field) ?? TupleElement(field, depth);
                case IPropertyReferenceOperation property:
                    return Property(property, depth);
                case IArrayElementReferenceOperation element:
                    return Propagation.CarriesText(element.Type) ? ElementOf(element.Type, Evaluate(element.ArrayReference, depth)) : null;
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Evaluate(handler.Content, depth);
                case IInterpolatedStringAdditionOperation addition:
                    return PersonalTaint.Merge(Evaluate(addition.Left, depth), Evaluate(addition.Right, depth));
                case IInterpolatedStringOperation interpolated:
                    return Parts(interpolated.Parts, depth);
                case IBinaryOperation binary:
                    return Binary(binary, depth);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when Propagation.IsNumber(unary.Type):
                    return PersonalTaint.Values(Evaluate(unary.Operand, depth));
                case IConditionalOperation conditional:
                    return Propagation.CarriesText(conditional.Type)
                        ? PersonalTaint.Merge(Evaluate(conditional.WhenTrue, depth), Evaluate(conditional.WhenFalse, depth))
                        : Propagation.IsNumber(conditional.Type)
                            ? PersonalTaint.Values(PersonalTaint.Merge(Evaluate(conditional.WhenTrue, depth), Evaluate(conditional.WhenFalse, depth)))
                            : null;
                case ICoalesceOperation coalesce:
                    return PersonalTaint.Merge(Evaluate(coalesce.Value, depth), Evaluate(coalesce.WhenNull, depth));
                case IConditionalAccessOperation conditionalAccess:
                    return Evaluate(conditionalAccess.WhenNotNull, depth);
                case IConditionalAccessInstanceOperation instance:
                    return Evaluate(AccessedValue(instance), depth);
                case ISwitchExpressionOperation switchExpression:
                    return SwitchArms(switchExpression, depth);
                case ITupleOperation tuple:
                    return All(tuple.Elements, depth);
                case IAnonymousObjectCreationOperation anonymous:
                    return Initializers(anonymous.Initializers, depth);
                case IObjectCreationOperation creation:
                    return Creation(creation, depth);
                case IArrayCreationOperation array:
                    return Evaluate(array.Initializer, depth);
                case IArrayInitializerOperation initializer:
                    return All(initializer.ElementValues, depth);
                case IAwaitOperation awaited:
                    return Evaluate(awaited.Operation, depth);
                case IAssignmentOperation assignment:
                    return Evaluate(assignment.Value, depth);
                case IDeclarationExpressionOperation declaration:
                    return Evaluate(declaration.Expression, depth);
                case IDelegateCreationOperation delegateCreation:
                    return Evaluate(delegateCreation.Target, depth);
                case IAnonymousFunctionOperation function:
                    return Returns(function, function.Body, depth);
                case IInvocationOperation invocation:
                    return Invocation(invocation, depth);

                // Constructs the operation tree of Roslyn 4.8 does not model (collection expressions, and the arguments of
                // a params span, which newer compilers give as collection expressions and spreads): what they are made of.
                case var unmodeled when IsUnmodeled(unmodeled.Kind) && Propagation.CarriesText(unmodeled.Type):
                    PersonalTaint? parts = null;
                    foreach (var child in unmodeled.ChildOperations)
                    {
                        parts = PersonalTaint.Merge(parts, Evaluate(child, depth));
                    }

                    return parts;
                default:
                    return null;
            }
        }

        /// <summary>
        /// True for a construct this version of the API does not name: <c>None</c> under Roslyn 4.8, and the kinds newer
        /// compilers give collection expressions and their spreads (known to the running compiler by name only).
        /// </summary>
        private static bool IsUnmodeled(OperationKind kind)
            => kind == OperationKind.None || kind > OperationKind.Attribute && kind.ToString() is "CollectionExpression" or "Spread";

        /// <summary>
        /// Concatenation carries what its operands print; arithmetic carries the personal numbers it is computed from
        /// (an amount in cents is still the amount). Comparisons and logical operators give a bool, which carries nothing.
        /// </summary>
        private PersonalTaint? Binary(IBinaryOperation binary, int depth)
        {
            if (binary.Type?.SpecialType == SpecialType.System_String)
            {
                return PersonalTaint.Merge(PersonalTaint.Stringified(Evaluate(binary.LeftOperand, depth)), PersonalTaint.Stringified(Evaluate(binary.RightOperand, depth)));
            }

            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Add:
                case BinaryOperatorKind.Subtract:
                case BinaryOperatorKind.Multiply:
                case BinaryOperatorKind.Divide:
                case BinaryOperatorKind.Remainder:
                    return Propagation.IsNumber(binary.Type)
                        ? PersonalTaint.Values(PersonalTaint.Merge(Evaluate(binary.LeftOperand, depth), Evaluate(binary.RightOperand, depth)))
                        : null;
                default:
                    return null;
            }
        }

        private PersonalTaint? Property(IPropertyReferenceOperation reference, int depth)
        {
            if (IsSanitized(reference.Instance))
            {
                return null;
            }

            var source = _flow.Sources.ForSymbol(reference.Property);
            if (source is not null)
            {
                return source;
            }

            // A computed property: what its getter returns.
            if (!reference.Property.IsIndexer && reference.Property.GetMethod is { } getter && Summarized(getter, ImmutableArray<IArgumentOperation>.Empty, depth) is { } computed)
            {
                return PersonalTaint.Merge(ObjectOf(reference.Type), computed);
            }

            // An element of a tainted collection, or a member of an anonymous object built from tainted values.
            if (reference.Property.IsIndexer && Propagation.CarriesText(reference.Type))
            {
                return ElementOf(reference.Type, Evaluate(reference.Instance, depth));
            }

            if (reference.Property.ContainingType is { IsAnonymousType: true })
            {
                if (TryBuiltMember(reference.Instance, reference.Property, depth, out var built))
                {
                    return PersonalTaint.Merge(ObjectOf(reference.Type), built);
                }

                if (Propagation.CarriesText(reference.Type) || _insensitive)
                {
                    return PersonalTaint.Merge(ObjectOf(reference.Type), Evaluate(reference.Instance, depth));
                }
            }

            return ObjectOf(reference.Type);
        }

        /// <summary>
        /// An element of a tuple: what it was built from when that can be told, else text carries what the whole tuple
        /// does (<c>pair.Phone</c>) and other elements only what their type holds.
        /// </summary>
        private PersonalTaint? TupleElement(IFieldReferenceOperation field, int depth)
        {
            if (field.Field.ContainingType is not { IsTupleType: true })
            {
                return ObjectOf(field.Type);
            }

            if (TryBuiltMember(field.Instance, field.Field, depth, out var built))
            {
                return PersonalTaint.Merge(ObjectOf(field.Type), built);
            }

            // The flow-insensitive pass only filters: it keeps whatever the tuple carries.
            return Propagation.CarriesText(field.Type) || _insensitive ? PersonalTaint.Merge(ObjectOf(field.Type), Evaluate(field.Instance, depth)) : ObjectOf(field.Type);
        }

        /// <summary>
        /// What the member of an anonymous object or tuple was built from, when every write of it reaching
        /// <paramref name="instance"/> builds it in place: <c>new { a = x }.a</c>, <c>var p = (x, y); ... p.Item1</c>,
        /// <c>request.amount.total</c>. False when that cannot be told (a parameter, a call's result, a tuple element set
        /// later, a loop).
        /// </summary>
        private bool TryBuiltMember(IOperation? instance, ISymbol member, int depth, out PersonalTaint? taint)
        {
            taint = null;
            var values = new List<IOperation>();
            if (!TryAddBuiltValues(instance, member, values, depth))
            {
                return false;
            }

            foreach (var value in values)
            {
                taint = PersonalTaint.Merge(taint, Evaluate(value, depth));
            }

            return true;
        }

        /// <summary>Adds to <paramref name="values"/> the operations the member was built from; see <see cref="TryBuiltMember"/>.</summary>
        private bool TryAddBuiltValues(IOperation? instance, ISymbol member, List<IOperation> values, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            depth++;
            while (instance is IConversionOperation or IParenthesizedOperation)
            {
                instance = instance is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)instance).Operand;
            }

            switch (instance)
            {
                case IAnonymousObjectCreationOperation creation:
                    foreach (var initializer in creation.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == member.Name)
                        {
                            values.Add(assignment.Value);
                            return true;
                        }
                    }

                    return false;
                case ITupleOperation tuple:
                    var index = TupleIndex(member);
                    if (index < 0 || index >= tuple.Elements.Length)
                    {
                        return false;
                    }

                    values.Add(tuple.Elements[index]);
                    return true;

                // A member of a member: request.amount.total.
                case IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } outer:
                    return TryAddBuiltValuesOfEach(outer.Instance, outer.Property, member, values, depth);
                case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } outer:
                    return TryAddBuiltValuesOfEach(outer.Instance, outer.Field, member, values, depth);
                case ILocalReferenceOperation local:
                    return TryAddBuiltValuesOfLocal(local, member, values, depth);
                default:
                    return false;
            }
        }

        private bool TryAddBuiltValuesOfEach(IOperation? instance, ISymbol outerMember, ISymbol member, List<IOperation> values, int depth)
        {
            var outerValues = new List<IOperation>();
            if (!TryAddBuiltValues(instance, outerMember, outerValues, depth))
            {
                return false;
            }

            foreach (var outer in outerValues)
            {
                if (!TryAddBuiltValues(outer, member, values, depth))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryAddBuiltValuesOfLocal(ILocalReferenceOperation local, ISymbol member, List<IOperation> values, int depth)
        {
            // Also fills the writes by variable that the flow-insensitive mode reads.
            CollectDefinitions();
            var writes = _insensitive ? null : WritesReaching(local, local.Local);
            if (writes is null && !_definitionsByTarget!.TryGetValue(local.Local, out writes))
            {
                return false;
            }

            // A local that depends on itself (a loop) cannot be told apart.
            if (writes.Count == 0 || !_readsInProgress.Add(local))
            {
                return false;
            }

            var built = true;
            foreach (var write in writes)
            {
                if (!write.IsValue || !write.Kills || !TryAddBuiltValues(write.Value, member, values, depth))
                {
                    built = false;
                    break;
                }
            }

            _readsInProgress.Remove(local);
            return built;
        }

        /// <summary>The position of <paramref name="member"/> among the elements of its tuple (<c>Item3</c> and a name for it alike), or -1.</summary>
        private static int TupleIndex(ISymbol member)
        {
            var name = (member as IFieldSymbol)?.CorrespondingTupleField?.Name;
            return name is not null && name.StartsWith("Item", StringComparison.Ordinal)
                && int.TryParse(name.Substring("Item".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                && position > 0
                ? position - 1
                : -1;
        }

        private PersonalTaint? Creation(IObjectCreationOperation creation, int depth)
        {
            // An object of a type that holds personal information prints as its type decides, whatever it was built from.
            var holder = ObjectOf(creation.Type);
            if (holder is not null)
            {
                return holder;
            }

            PersonalTaint? taint = null;
            if (creation.Initializer is { } initializer)
            {
                taint = Initializers(initializer.Initializers, depth);
            }

            // A builder, collection, or record made from a value holds it; so does anything printing its constructor arguments.
            if (creation.Type is INamedTypeSymbol type
                && (type.IsRecord || _flow.Propagation.IsStringBuilder(type) || type.IsTupleType || IsCollection(type) || _flow.Propagation.HoldsConstructorArguments(type)))
            {
                foreach (var argument in creation.Arguments)
                {
                    taint = PersonalTaint.Merge(taint, Evaluate(argument.Value, depth));
                }
            }

            return taint;
        }

        private static bool IsCollection(INamedTypeSymbol type)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }

        private PersonalTaint? Initializers(ImmutableArray<IOperation> initializers, int depth)
        {
            PersonalTaint? taint = null;
            foreach (var initializer in initializers)
            {
                switch (initializer)
                {
                    case IAssignmentOperation assignment:
                        taint = PersonalTaint.Merge(taint, Evaluate(assignment.Value, depth));
                        break;
                    case IMemberInitializerOperation member:
                        taint = PersonalTaint.Merge(taint, Initializers(member.Initializer.Initializers, depth));
                        break;
                    case IInvocationOperation add:
                        foreach (var argument in add.Arguments)
                        {
                            taint = PersonalTaint.Merge(taint, Evaluate(argument.Value, depth));
                        }

                        break;
                    default:
                        taint = PersonalTaint.Merge(taint, Evaluate(initializer, depth));
                        break;
                }
            }

            return taint;
        }

        private PersonalTaint? Invocation(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            if (_flow.Sanitizers.IsSanitizer(method, _options.AdditionalSanitizers))
            {
                return null;
            }

            var source = _flow.Sources.ForSymbol(method);
            if (source is not null)
            {
                return source;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return Propagation.CarriesText(invocation.Type) ? Evaluate(invocation.Instance, depth) : null;
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return LocalFunction(method, depth) ?? ObjectOf(invocation.Type);
            }

            if (Summarized(method, invocation.Arguments, depth) is { } returned)
            {
                return PersonalTaint.Merge(ObjectOf(invocation.Type), returned);
            }

            if (_flow.Propagation.PropagatesThrough(method) && (Propagation.CarriesText(invocation.Type) || method.Name == "GetHashCode"))
            {
                var taint = Evaluate(invocation.Instance, depth);
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.RefKind != RefKind.Out)
                    {
                        taint = PersonalTaint.Merge(taint, Evaluate(argument.Value, depth));
                    }
                }

                return Printed(method, invocation.Type, taint);
            }

            if (_flow.Propagation.KeepsNumber(method))
            {
                PersonalTaint? taint = null;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.RefKind != RefKind.Out)
                    {
                        taint = PersonalTaint.Merge(taint, Evaluate(argument.Value, depth));
                    }
                }

                return PersonalTaint.Values(taint);
            }

            return ObjectOf(invocation.Type);
        }

        /// <summary>
        /// What a propagating call's result shows of each object it was given (values are kept): an object result prints as its own type does
        /// (<c>customers.First()</c>); text made by <c>string.Join</c>/<c>Concat</c> prints each element; any other text
        /// (<c>ToString()</c>, <c>string.Format</c>) prints a collection as its type name.
        /// </summary>
        private PersonalTaint? Printed(IMethodSymbol method, ITypeSymbol? resultType, PersonalTaint? taint)
        {
            if (taint is null)
            {
                return null;
            }

            return taint.Others.IsEmpty ? PrintedOne(method, resultType, taint) : PrintedEach(method, resultType, taint);
        }

        // Apart from Printed so that the common single-taint path allocates no closure.
        private PersonalTaint? PrintedEach(IMethodSymbol method, ITypeSymbol? resultType, PersonalTaint taint)
            => PersonalTaint.Select(taint, single => PrintedOne(method, resultType, single));

        private PersonalTaint? PrintedOne(IMethodSymbol method, ITypeSymbol? resultType, PersonalTaint taint)
        {
            if (taint.Kind != TaintKind.Object)
            {
                return taint;
            }

            if (!Propagation.CarriesText(resultType))
            {
                return null;
            }

            if (resultType?.SpecialType != SpecialType.System_String)
            {
                return ObjectOf(resultType) ?? taint;
            }

            return method.ContainingType?.SpecialType == SpecialType.System_String && (method.Name == "Join" || method.Name == "Concat")
                ? PersonalTaint.Enumerated(taint)
                : PersonalTaint.Stringified(taint);
        }

        private PersonalTaint? LocalFunction(IMethodSymbol method, int depth)
        {
            if (_localFunctions is null)
            {
                _localFunctions = new Dictionary<IMethodSymbol, ILocalFunctionOperation>(SymbolEqualityComparer.Default);
                foreach (var root in _roots)
                {
                    foreach (var operation in root.DescendantsAndSelf())
                    {
                        if (operation is ILocalFunctionOperation function && !_localFunctions.ContainsKey(function.Symbol))
                        {
                            _localFunctions.Add(function.Symbol, function);
                        }
                    }
                }
            }

            return _localFunctions.TryGetValue(method.OriginalDefinition, out var declaration)
                ? Returns(declaration, declaration.Body ?? declaration.IgnoredBody, depth)
                : null;
        }

        /// <summary>What a lambda or local function returns; a recursive call adds nothing.</summary>
        private PersonalTaint? Returns(IOperation function, IOperation? body, int depth)
        {
            if (body is null || !_functionsInProgress.Add(function))
            {
                return null;
            }

            PersonalTaint? taint = null;
            foreach (var operation in body.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned } && EnclosingFunction(operation) == function)
                {
                    taint = PersonalTaint.Merge(taint, Evaluate(returned, depth));
                }
            }

            _functionsInProgress.Remove(function);
            return taint;
        }

        private static IOperation? EnclosingFunction(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>The value that <c>?.</c> accesses: the nearest conditional access whose WhenNotNull part holds the instance.</summary>
        private static IOperation? AccessedValue(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        private PersonalTaint? SwitchArms(ISwitchExpressionOperation switchExpression, int depth)
        {
            var number = Propagation.IsNumber(switchExpression.Type);
            if (!number && !Propagation.CarriesText(switchExpression.Type))
            {
                return null;
            }

            PersonalTaint? taint = null;
            foreach (var arm in switchExpression.Arms)
            {
                taint = PersonalTaint.Merge(taint, Evaluate(arm.Value, depth));
            }

            return number ? PersonalTaint.Values(taint) : taint;
        }

        private PersonalTaint? Parts(ImmutableArray<IInterpolatedStringContentOperation> parts, int depth)
        {
            PersonalTaint? taint = null;
            foreach (var part in parts)
            {
                switch (part)
                {
                    case IInterpolationOperation interpolation:
                        taint = PersonalTaint.Merge(taint, PersonalTaint.Stringified(Evaluate(interpolation.Expression, depth)));
                        break;

                    // A handler's AppendFormatted(value) call: the value is what gets formatted.
                    case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                        foreach (var argument in append.Arguments)
                        {
                            taint = PersonalTaint.Merge(taint, PersonalTaint.Stringified(Evaluate(argument.Value, depth)));
                        }

                        break;
                }
            }

            return taint;
        }

        private PersonalTaint? All(ImmutableArray<IOperation> operations, int depth)
        {
            PersonalTaint? taint = null;
            foreach (var operation in operations)
            {
                taint = PersonalTaint.Merge(taint, Evaluate(operation, depth));
            }

            return taint;
        }

        /// <summary>
        /// True for the result of a sanitizer (<c>account.Mask()</c>) and for locals whose writes reaching the read are all
        /// sanitizer results, so that <c>account.Mask().PhoneNumber</c> and <c>masked.PhoneNumber</c> read masked values.
        /// </summary>
        private bool IsSanitized(IOperation? instance)
        {
            while (instance is IConversionOperation conversion)
            {
                instance = conversion.Operand;
            }

            switch (instance)
            {
                case IInvocationOperation invocation:
                    return _flow.Sanitizers.IsSanitizer(invocation.TargetMethod, _options.AdditionalSanitizers);
                case IAwaitOperation awaited:
                    return IsSanitized(awaited.Operation);
                case ILocalReferenceOperation local:
                    if (!_insensitive && WritesReaching(local, local.Local) is { } reaching && _readsInProgress.Add(local))
                    {
                        var sanitized = reaching.TrueForAll(definition => definition.IsValue && IsSanitized(definition.Value));
                        _readsInProgress.Remove(local);
                        return sanitized;
                    }

                    _sanitizedLocals ??= SanitizedLocals();
                    return _sanitizedLocals.Contains(local.Local);
                case IParameterReferenceOperation parameter:
                    if (!_insensitive && WritesReaching(parameter, parameter.Parameter) is { } written && _readsInProgress.Add(parameter))
                    {
                        var sanitized = written.TrueForAll(definition => definition.IsValue && IsSanitized(definition.Value));
                        _readsInProgress.Remove(parameter);
                        return sanitized;
                    }

                    return false;
                default:
                    return false;
            }
        }

        private HashSet<ISymbol> SanitizedLocals()
        {
            var sanitized = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var other = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            _sanitizedLocals = sanitized;
            foreach (var definition in CollectDefinitions())
            {
                if (definition.IsValue && IsSanitized(definition.Value))
                {
                    sanitized.Add(definition.Target);
                }
                else
                {
                    other.Add(definition.Target);
                }
            }

            sanitized.ExceptWith(other);
            return sanitized;
        }

        private PersonalTaint? ObjectOf(ITypeSymbol? type) => _flow.Sources.ForObjectOf(type, _cancellationToken);

        /// <summary>The value a parameter comes in with: what its attributes and type say, and its marker in a summarized method.</summary>
        private PersonalTaint? Entry(IParameterSymbol parameter)
        {
            var entry = PersonalTaint.Merge(_flow.Sources.ForSymbol(parameter), ObjectOf(parameter.Type));
            return _summarized is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _summarized)
                ? PersonalTaint.Merge(entry, PersonalTaint.ForParameter(parameter.Ordinal))
                : entry;
        }

        /// <summary>What a call into a method of the compilation returns, by its summary; <c>null</c> when it has none.</summary>
        private PersonalTaint? Summarized(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, int depth)
        {
            if (_flow.Summaries.Summarizable(method) is not { } callee)
            {
                return null;
            }

            var summary = _flow.Summaries.Of(callee, _cancellationToken);
            return summary.ParametersToReturn.IsEmpty ? summary.Returns : _flow.Summaries.ReturnedBy(summary, arguments, value => Evaluate(value, depth));
        }

        /// <summary>An element taken out of a collection: an object prints as its own type does; values carry the collection's taint.</summary>
        private PersonalTaint? ElementOf(ITypeSymbol? elementType, PersonalTaint? collection)
            => ObjectOf(elementType) ?? PersonalTaint.Values(collection);

        /// <summary>
        /// What a read of a local or parameter sees: the writes that reach it when they can be told, else every write and
        /// <paramref name="entry"/>, the value a parameter comes in with.
        /// </summary>
        private PersonalTaint? VariableAt(IOperation read, ISymbol variable, PersonalTaint? entry)
        {
            if (_insensitive)
            {
                return PersonalTaint.Merge(entry, Local(variable));
            }

            if (_reads.TryGetValue(read, out var known))
            {
                return known;
            }

            // A read that depends on itself (a loop) falls back to every write, which is what it could see.
            var reaching = WritesReaching(read, variable);
            if (reaching is null || !_readsInProgress.Add(read))
            {
                return PersonalTaint.Merge(entry, Local(variable));
            }

            PersonalTaint? taint = null;
            foreach (var definition in reaching)
            {
                taint = PersonalTaint.Merge(taint, definition.Evaluate(this));
            }

            _readsInProgress.Remove(read);
            _reads[read] = taint;
            return taint;
        }

        /// <summary>
        /// The writes that can reach <paramref name="read"/> along the control flow graph of its body, the value a
        /// parameter comes in with included; <c>null</c> when the read is not in a graph (it is in a lambda or local
        /// function) or the variable is never written: then every write counts.
        /// </summary>
        private List<Definition>? WritesReaching(IOperation read, ISymbol variable)
        {
            var definitions = CollectDefinitions();
            if (!_definitionsByTarget!.ContainsKey(variable) || ReachingDefinitionsOf(read) is not { } analysis)
            {
                return null;
            }

            var indices = new List<int>();
            if (!analysis.TryGetReaching(read, variable, indices))
            {
                return null;
            }

            var reaching = new List<Definition>(indices.Count);
            foreach (var index in indices)
            {
                reaching.Add(definitions[index]);
            }

            return reaching;
        }

        /// <summary>The analysis of the operation block holding <paramref name="operation"/>, built on first use.</summary>
        private ReachingDefinitions? ReachingDefinitionsOf(IOperation operation)
        {
            var block = operation;
            while (block is not null && !_roots.Contains(block))
            {
                block = block.Parent;
            }

            if (block is null)
            {
                return null;
            }

            _reachingByBlock ??= new Dictionary<IOperation, ReachingDefinitions?>();
            if (_reachingByBlock.TryGetValue(block, out var known))
            {
                return known;
            }

            ReachingDefinitions? analysis = null;
            if (block is IMethodBodyBaseOperation or IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation or IParameterInitializerOperation
                && _graphOf(block) is { } graph)
            {
                var sites = new List<DefinitionSite>(_definitions!.Count);
                foreach (var definition in _definitions)
                {
                    sites.Add(new DefinitionSite(definition.Target, definition.Site, definition.Kills));
                }

                analysis = ReachingDefinitions.Create(graph, sites, _cancellationToken);
            }

            _reachingByBlock.Add(block, analysis);
            return analysis;
        }

        private PersonalTaint? Local(ISymbol symbol)
        {
            _locals ??= ComputeLocals();
            return _locals.TryGetValue(symbol, out var taint) ? taint : null;
        }

        /// <summary>
        /// Taints every local and parameter that some assignment in the body fills with personal information, repeating
        /// until nothing changes (a copy of a copy) or <see cref="MaxRounds"/> is reached.
        /// </summary>
        private Dictionary<ISymbol, PersonalTaint> ComputeLocals()
        {
            var definitions = CollectDefinitions();
            var locals = new Dictionary<ISymbol, PersonalTaint>(SymbolEqualityComparer.Default);

            // Lookups during the rounds read the map being built.
            _locals = locals;
            var wasInsensitive = _insensitive;
            _insensitive = true;
            for (var round = 0; round < MaxRounds; round++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var changed = false;
                foreach (var definition in definitions)
                {
                    var taint = definition.Evaluate(this);
                    if (taint is null)
                    {
                        continue;
                    }

                    locals.TryGetValue(definition.Target, out var existing);
                    var merged = PersonalTaint.Merge(existing, taint)!;
                    if (!ReferenceEquals(merged, existing))
                    {
                        locals[definition.Target] = merged;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            _insensitive = wasInsensitive;
            return locals;
        }

        private List<Definition> CollectDefinitions()
        {
            if (_definitions is not null)
            {
                return _definitions;
            }

            var definitions = new List<Definition>();
            _definitions = definitions;
            foreach (var root in _roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            definitions.Add(new Definition(declarator, declarator.Symbol, initializer.Value));
                            break;
                        case IDeconstructionAssignmentOperation deconstruction:
                            AddDeconstruction(definitions, deconstruction, deconstruction.Target, deconstruction.Value);
                            break;
                        case IAssignmentOperation assignment:
                            AddAssignment(definitions, assignment);
                            break;
                        case IIsPatternOperation { Pattern: IDeclarationPatternOperation { DeclaredSymbol: { } declared } } pattern:
                            definitions.Add(new Definition(pattern, declared, pattern.Value));
                            break;
                        case IForEachLoopOperation loop:
                            foreach (var local in loop.Locals)
                            {
                                definitions.Add(new Definition(loop, local, loop.Collection, elementOf: true));
                            }

                            break;
                        case IInvocationOperation invocation:
                            AddInvocationEffects(definitions, invocation);
                            break;
                    }
                }
            }

            _definitionsByTarget = new Dictionary<ISymbol, List<Definition>>(SymbolEqualityComparer.Default);
            var written = definitions.Count;
            for (var i = 0; i < written; i++)
            {
                var definition = definitions[i];
                if (!_definitionsByTarget.TryGetValue(definition.Target, out var writes))
                {
                    writes = new List<Definition>();
                    _definitionsByTarget.Add(definition.Target, writes);

                    // A written parameter may still hold the value it came in with.
                    if (definition.Target is IParameterSymbol parameter)
                    {
                        var entry = Definition.Entry(parameter);
                        definitions.Add(entry);
                        writes.Add(entry);
                    }
                }

                writes.Add(definition);
            }

            return definitions;
        }

        private void AddAssignment(List<Definition> definitions, IAssignmentOperation assignment)
        {
            switch (assignment.Target)
            {
                case ILocalReferenceOperation local:
                    definitions.Add(new Definition(assignment, local.Local, assignment.Value));
                    break;
                case IParameterReferenceOperation parameter:
                    definitions.Add(new Definition(assignment, parameter.Parameter, assignment.Value));
                    break;

                // Setting a member of a local object (dto.Phone = phone) makes the object carry the value, unless its
                // type holds personal information and so prints as that type decides.
                case IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } when ObjectOf(owner.Local.Type) is null:
                    definitions.Add(new Definition(assignment, owner.Local, assignment.Value));
                    break;
            }
        }

        private static void AddDeconstruction(List<Definition> definitions, IOperation site, IOperation target, IOperation value)
        {
            if (target is IDeclarationExpressionOperation declaration)
            {
                target = declaration.Expression;
            }

            if (target is ITupleOperation targets)
            {
                var values = value is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length ? tuple : null;
                for (var i = 0; i < targets.Elements.Length; i++)
                {
                    AddDeconstruction(definitions, site, targets.Elements[i], values is null ? value : values.Elements[i]);
                }

                return;
            }

            switch (target)
            {
                case ILocalReferenceOperation local:
                    definitions.Add(new Definition(site, local.Local, value));
                    break;
                case IParameterReferenceOperation parameter:
                    definitions.Add(new Definition(site, parameter.Parameter, value));
                    break;
            }
        }

        private void AddInvocationEffects(List<Definition> definitions, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;

            // sb.Append(phone) and list.Add(phone) fill the receiver, also through chained appends.
            if (_flow.Propagation.AddsArgumentsToReceiver(method) && ReceiverVariable(invocation.Instance) is { } receiver)
            {
                definitions.Add(new Definition(invocation, receiver, invocation, argumentsOnly: true));
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is not { RefKind: RefKind.Out or RefKind.Ref } parameter || Variable(argument.Value) is not { } variable)
                {
                    continue;
                }

                // An out parameter marked as personal fills the variable; so does TryGetValue on a tainted collection.
                if (_flow.Sources.ForSymbol(parameter) is not null)
                {
                    definitions.Add(new Definition(invocation, variable, parameter));
                }
                else if (_flow.Propagation.PropagatesThrough(method))
                {
                    definitions.Add(new Definition(invocation, variable, invocation, argumentsOnly: true, includeReceiver: true));
                }
            }
        }

        private ISymbol? ReceiverVariable(IOperation? instance)
        {
            while (instance is IInvocationOperation chained && _flow.Propagation.IsStringBuilder(chained.Type))
            {
                instance = chained.Instance;
            }

            return Variable(instance);
        }

        private static ISymbol? Variable(IOperation? operation)
        {
            if (operation is IDeclarationExpressionOperation declaration)
            {
                operation = declaration.Expression;
            }

            return operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
        }

        /// <summary>
        /// Something written into a local or parameter: a value, a call's receiver and arguments, a personal out parameter,
        /// or the value a parameter comes in with.
        /// </summary>
        private readonly struct Definition
        {
            private readonly IOperation? _value;
            private readonly IParameterSymbol? _personalParameter;
            private readonly bool _entry;
            private readonly bool _argumentsOnly;
            private readonly bool _includeReceiver;
            private readonly bool _elementOf;

            public Definition(IOperation site, ISymbol target, IOperation value, bool argumentsOnly = false, bool includeReceiver = false, bool elementOf = false)
            {
                Site = site;
                _elementOf = elementOf;
                Target = target;
                _value = value;
                _personalParameter = null;
                _argumentsOnly = argumentsOnly;
                _includeReceiver = includeReceiver;
                _entry = false;
            }

            public Definition(IOperation site, ISymbol target, IParameterSymbol personalParameter)
                : this(site, target, personalParameter, entry: false)
            {
            }

            private Definition(IOperation? site, ISymbol target, IParameterSymbol personalParameter, bool entry)
            {
                Site = site;
                Target = target;
                _value = null;
                _personalParameter = personalParameter;
                _argumentsOnly = false;
                _includeReceiver = false;
                _elementOf = false;
                _entry = entry;
            }

            /// <summary>The value <paramref name="parameter"/> comes in with: what its attributes and type say.</summary>
            public static Definition Entry(IParameterSymbol parameter) => new Definition(null, parameter, parameter, entry: true);

            public ISymbol Target { get; }

            /// <summary>Where the write happens: the declarator, assignment, call, pattern or loop; <c>null</c> for a parameter's entry value.</summary>
            public IOperation? Site { get; }

            /// <summary>True when the definition is a plain value written into <see cref="Target"/>.</summary>
            public bool IsValue => _personalParameter is null && !_argumentsOnly && !_elementOf;

            /// <summary>
            /// True when the write replaces what the variable held: a declaration, <c>x = ...</c>, or a deconstruction;
            /// not <c>x += ...</c>, <c>sb.Append(...)</c> or <c>dto.Phone = ...</c>.
            /// </summary>
            public bool Kills
                => IsValue
                    && (Site is IVariableDeclaratorOperation or IDeconstructionAssignmentOperation
                        || (Site is ISimpleAssignmentOperation { Target: var target } && SymbolEqualityComparer.Default.Equals(Variable(target), Target)));

            public IOperation? Value => _value;

            public PersonalTaint? Evaluate(MethodFlow flow)
            {
                if (_entry)
                {
                    return flow.Entry(_personalParameter!);
                }

                if (_personalParameter is not null)
                {
                    return flow._flow.Sources.ForSymbol(_personalParameter);
                }

                if (_argumentsOnly && _value is IInvocationOperation invocation)
                {
                    var taint = _includeReceiver ? flow.Evaluate(invocation.Instance, 0) : null;
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.RefKind != RefKind.Out)
                        {
                            taint = PersonalTaint.Merge(taint, flow.Evaluate(argument.Value, 0));
                        }
                    }

                    return taint;
                }

                if (_elementOf)
                {
                    return flow.ElementOf((Target as ILocalSymbol)?.Type, flow.Evaluate(_value, 0));
                }

                return flow.Evaluate(_value, 0);
            }
        }
    }
}
