using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeModel;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// The personal members a value handed to a policy sink carries — every personal value it is built from, and every
    /// one an object it holds has — and how diagnostics name them.
    /// </summary>
    internal sealed class CarriedMembers
    {
        // Nested objects are followed this deep when listing what a whole object carries.
        private const int MaxNestedDepth = 4;

        // The message names this many members, then counts the rest.
        private const int NamedMembers = 3;

        private readonly Compilation _compilation;
        private readonly PrivacyModelReader _reader;

        public CarriedMembers(Compilation compilation, PrivacyModelReader reader)
        {
            _compilation = compilation;
            _reader = reader;
        }

        /// <summary>
        /// What <paramref name="value"/> carries, or <c>null</c> when the flow engine finds nothing personal in it: every
        /// personal value it is built from (the fields of an anonymous object, the parts of text, the entries of a
        /// dictionary), so that an approved member does not hide another one next to it, and every personal member of
        /// the objects it holds.
        /// </summary>
        public List<(string Member, string Category)>? Of(MethodFlow flow, IOperation value, CancellationToken cancellationToken)
        {
            if (flow.Evaluate(value) is not { } taint)
            {
                return null;
            }

            var carried = new List<(string Member, string Category)>();
            List<PersonalTaint>? objects = null;
            foreach (var single in taint.All)
            {
                if (single.Kind == TaintKind.Value)
                {
                    Add(carried, (single.Member, single.Category));
                }
                else
                {
                    (objects ??= new List<PersonalTaint>()).Add(single);
                }
            }

            if (objects is not null)
            {
                AddObjectMembers(value, objects, carried, cancellationToken);
            }

            return carried;
        }

        private static void Add(List<(string Member, string Category)> carried, (string Member, string Category) item)
        {
            if (!carried.Contains(item))
            {
                carried.Add(item);
            }
        }

        /// <summary>
        /// Every personal member the objects hold, nested objects included: those of the value's own type when it is
        /// such an object (or a collection of them), else those of each object's type the engine found.
        /// </summary>
        private void AddObjectMembers(IOperation value, List<PersonalTaint> objects, List<(string Member, string Category)> carried, CancellationToken cancellationToken)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            // Content serialized from an object carries what the object holds.
            if (value is IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "JsonContent" }, Arguments.Length: > 0 } serialized)
            {
                value = serialized.Arguments[0].Value;
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }
            }

            var members = new List<(string Member, string Category)>();
            var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var type = value.Type is { } valueType ? _reader.CollectionElementType(valueType, out _) ?? valueType : null;
            if (type is not null && PrivacyModelReader.UnwrapNullable(type) is INamedTypeSymbol named)
            {
                AddMembers(named, members, visited, 0, cancellationToken);
            }

            // A value built from objects carries the members of each object's type: an anonymous object, tuple or
            // dictionary holds them whole; text holds what they printed, so only those whose printing shows personal
            // values. A type the reader cannot see through still counts by what the engine found.
            if (members.Count == 0)
            {
                var text = value.Type?.SpecialType == SpecialType.System_String;
                foreach (var single in objects)
                {
                    var before = members.Count;
                    if ((single.PrintsPersonalInfo || !text) && single.TypeId is { } typeId
                        && DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, _compilation) is INamedTypeSymbol held)
                    {
                        AddMembers(held, members, visited, 0, cancellationToken);
                    }

                    if (members.Count == before && single.Category.Length > 0)
                    {
                        members.Add((single.Member, single.Category));
                    }
                }
            }

            foreach (var member in members)
            {
                Add(carried, member);
            }
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

        public static string Describe(List<(string Member, string Category)> unapproved)
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
    }
}
