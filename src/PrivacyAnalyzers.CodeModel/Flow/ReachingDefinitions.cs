using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>A write into a local or parameter, as the reaching-definitions analysis sees it.</summary>
    internal readonly struct DefinitionSite
    {
        public DefinitionSite(ISymbol target, IOperation? site, bool kills)
        {
            Target = target;
            Site = site;
            Kills = kills;
        }

        public ISymbol Target { get; }

        /// <summary>The write in the operation tree; <c>null</c> for the value a parameter comes in with.</summary>
        public IOperation? Site { get; }

        /// <summary>True when the write replaces the variable's value (<c>x = ...</c>), not adds to it (<c>sb.Append(...)</c>).</summary>
        public bool Kills { get; }
    }

    /// <summary>
    /// Classic reaching definitions over one <see cref="ControlFlowGraph"/>: which writes of a local or parameter can be
    /// the last one before a read, iterated over the basic blocks to a fixed point. Writes are found in the graph by
    /// their syntax and kind. Conservative where the graph does not say: a write that cannot be placed (in a lambda, a
    /// local function, a finally block, or lowered beyond recognition, like a foreach variable) reaches every read, and
    /// blocks entered only by exceptions (catch, finally) or not at all start with every write.
    /// </summary>
    internal sealed class ReachingDefinitions
    {
        private readonly IReadOnlyList<DefinitionSite> _definitions;
        private readonly Dictionary<SyntaxNode, List<Position>> _reads = new Dictionary<SyntaxNode, List<Position>>();

        // Located writes per block, in execution order; the sets of writes live at each block's start.
        private readonly List<Placed>?[] _writesByBlock;
        private readonly BitSet[] _blockEntry;
        private readonly BitSet _unplaced;
        private readonly Dictionary<ISymbol, BitSet> _byTarget = new Dictionary<ISymbol, BitSet>(SymbolEqualityComparer.Default);

        private ReachingDefinitions(ControlFlowGraph graph, IReadOnlyList<DefinitionSite> definitions, CancellationToken cancellationToken)
        {
            _definitions = definitions;
            var count = definitions.Count;
            var blocks = graph.Blocks;
            _writesByBlock = new List<Placed>?[blocks.Length];
            _blockEntry = new BitSet[blocks.Length];
            _unplaced = new BitSet(count);

            var wanted = new Dictionary<(SyntaxNode, OperationKind), List<int>>();
            for (var i = 0; i < count; i++)
            {
                var definition = definitions[i];
                if (!_byTarget.TryGetValue(definition.Target, out var sameTarget))
                {
                    sameTarget = new BitSet(count);
                    _byTarget.Add(definition.Target, sameTarget);
                }

                sameTarget.Add(i);
                if (definition.Site is { } site && KindInGraph(site) is { } kind)
                {
                    var key = (site.Syntax, kind);
                    if (!wanted.TryGetValue(key, out var atSite))
                    {
                        atSite = new List<int>(1);
                        wanted.Add(key, atSite);
                    }

                    atSite.Add(i);
                }
            }

            var placed = new Position?[count];
            var ambiguous = new bool[count];
            foreach (var block in blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operations = block.Operations;
                var inFinally = InFinally(block);
                for (var index = 0; index <= operations.Length; index++)
                {
                    var statement = index < operations.Length ? operations[index] : block.BranchValue;
                    if (statement is null)
                    {
                        continue;
                    }

                    foreach (var operation in statement.DescendantsAndSelf())
                    {
                        var position = new Position(block.Ordinal, index);
                        if (operation is ILocalReferenceOperation or IParameterReferenceOperation)
                        {
                            if (!_reads.TryGetValue(operation.Syntax, out var positions))
                            {
                                positions = new List<Position>(1);
                                _reads.Add(operation.Syntax, positions);
                            }

                            positions.Add(position);
                        }
                        else if (wanted.TryGetValue((operation.Syntax, operation.Kind), out var atSite))
                        {
                            // A write found twice cannot be placed; one in a finally block runs on paths the graph leaves implicit.
                            foreach (var definition in atSite)
                            {
                                ambiguous[definition] |= placed[definition] is not null || inFinally;
                                placed[definition] = position;
                            }
                        }
                    }
                }
            }

            for (var i = 0; i < count; i++)
            {
                if (definitions[i].Site is null)
                {
                    continue;
                }

                if (placed[i] is not { } position || ambiguous[i])
                {
                    _unplaced.Add(i);
                    continue;
                }

                var writes = _writesByBlock[position.Block] ??= new List<Placed>();
                writes.Add(new Placed(i, position.Index, definitions[i].Site!.Syntax.Span.End));
            }

            foreach (var writes in _writesByBlock)
            {
                writes?.Sort((left, right) => left.Index != right.Index ? left.Index.CompareTo(right.Index) : left.End.CompareTo(right.End));
            }

            Solve(graph, count, cancellationToken);
        }

        /// <summary>The analysis of <paramref name="graph"/>; the entries of <paramref name="definitions"/> are what it answers in.</summary>
        public static ReachingDefinitions Create(ControlFlowGraph graph, IReadOnlyList<DefinitionSite> definitions, CancellationToken cancellationToken)
            => new ReachingDefinitions(graph, definitions, cancellationToken);

        /// <summary>
        /// Adds to <paramref name="reaching"/> the indices of the writes of <paramref name="variable"/> that can reach the
        /// read <paramref name="read"/>; false when the read is not in this graph (it is in a lambda or local function).
        /// </summary>
        public bool TryGetReaching(IOperation read, ISymbol variable, List<int> reaching)
        {
            if (!_reads.TryGetValue(read.Syntax, out var positions) || !_byTarget.TryGetValue(variable, out var sameTarget))
            {
                return false;
            }

            var live = new BitSet(_definitions.Count);
            foreach (var position in positions)
            {
                var state = _blockEntry[position.Block].Copy();
                if (_writesByBlock[position.Block] is { } writes)
                {
                    foreach (var write in writes)
                    {
                        if (write.Index > position.Index || (write.Index == position.Index && write.End > read.Syntax.SpanStart))
                        {
                            break;
                        }

                        Apply(state, write.Definition);
                    }
                }

                live.UnionWith(state);
            }

            live.UnionWith(_unplaced);
            live.IntersectWith(sameTarget);
            live.AddIndicesTo(reaching);
            return true;
        }

        private void Solve(ControlFlowGraph graph, int count, CancellationToken cancellationToken)
        {
            var blocks = graph.Blocks;
            var exits = new BitSet[blocks.Length];
            var everything = new BitSet(count);
            var entry = new BitSet(count);
            for (var i = 0; i < count; i++)
            {
                everything.Add(i);
                if (_definitions[i].Site is null)
                {
                    entry.Add(i);
                }
            }

            for (var i = 0; i < blocks.Length; i++)
            {
                exits[i] = new BitSet(count);
                _blockEntry[i] = blocks[i].Kind == BasicBlockKind.Entry ? entry.Copy()
                    : blocks[i].Predecessors.IsEmpty ? everything.Copy()
                    : new BitSet(count);
            }

            // Sets only grow, so this ends; blocks in order make most bodies settle in two rounds.
            var changed = true;
            while (changed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                changed = false;
                foreach (var block in blocks)
                {
                    var start = _blockEntry[block.Ordinal];
                    foreach (var predecessor in block.Predecessors)
                    {
                        start.UnionWith(exits[predecessor.Source.Ordinal]);
                    }

                    var exit = start.Copy();
                    if (_writesByBlock[block.Ordinal] is { } writes)
                    {
                        foreach (var write in writes)
                        {
                            Apply(exit, write.Definition);
                        }
                    }

                    changed |= exits[block.Ordinal].UnionWith(exit);
                }
            }
        }

        private void Apply(BitSet state, int definition)
        {
            if (_definitions[definition].Kills)
            {
                state.ExceptWith(_byTarget[_definitions[definition].Target]);
            }

            state.Add(definition);
        }

        /// <summary>The kind the write has in the graph, which lowers declarations and <c>??=</c> to plain assignments.</summary>
        private static OperationKind? KindInGraph(IOperation site)
            => site.Kind switch
            {
                OperationKind.VariableDeclarator or OperationKind.CoalesceAssignment or OperationKind.SimpleAssignment => OperationKind.SimpleAssignment,
                OperationKind.CompoundAssignment or OperationKind.DeconstructionAssignment or OperationKind.IsPattern or OperationKind.Invocation => site.Kind,
                _ => null,
            };

        private static bool InFinally(BasicBlock block)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind == ControlFlowRegionKind.Finally)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A place in the graph: a block and the index of its statement (the branch value comes last).</summary>
        private readonly struct Position
        {
            public Position(int block, int index)
            {
                Block = block;
                Index = index;
            }

            public int Block { get; }

            public int Index { get; }
        }

        /// <summary>A write placed in its block: its statement, and where it ends, which orders writes within one statement.</summary>
        private readonly struct Placed
        {
            public Placed(int definition, int index, int end)
            {
                Definition = definition;
                Index = index;
                End = end;
            }

            public int Definition { get; }

            public int Index { get; }

            public int End { get; }
        }

        /// <summary>A fixed-size set of definition indices.</summary>
        private sealed class BitSet
        {
            private readonly ulong[] _words;

            public BitSet(int count) => _words = new ulong[(count + 63) / 64];

            private BitSet(ulong[] words) => _words = words;

            public BitSet Copy() => new BitSet((ulong[])_words.Clone());

            public void Add(int index) => _words[index >> 6] |= 1UL << (index & 63);

            /// <summary>Adds every member of <paramref name="other"/>; true when that changed this set.</summary>
            public bool UnionWith(BitSet other)
            {
                var changed = false;
                for (var i = 0; i < _words.Length; i++)
                {
                    var merged = _words[i] | other._words[i];
                    changed |= merged != _words[i];
                    _words[i] = merged;
                }

                return changed;
            }

            public void IntersectWith(BitSet other)
            {
                for (var i = 0; i < _words.Length; i++)
                {
                    _words[i] &= other._words[i];
                }
            }

            public void ExceptWith(BitSet other)
            {
                for (var i = 0; i < _words.Length; i++)
                {
                    _words[i] &= ~other._words[i];
                }
            }

            public void AddIndicesTo(List<int> indices)
            {
                for (var i = 0; i < _words.Length; i++)
                {
                    for (var word = _words[i]; word != 0; word &= word - 1)
                    {
                        var bit = 0;
                        while ((word & (1UL << bit)) == 0)
                        {
                            bit++;
                        }

                        indices.Add((i << 6) + bit);
                    }
                }
            }
        }
    }
}
