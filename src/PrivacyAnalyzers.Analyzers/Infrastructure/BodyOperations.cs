using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeModel.Flow;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// The operations of a method body that can hand a value to a sink (calls, object creations, assignments), and those
    /// that may read personal information, in the
    /// order of a walk of its blocks. The log, exception and third-party rules look at the same bodies: the first to ask
    /// walks the body, the others reuse the list, which lives as long as the body's operation tree.
    /// </summary>
    internal sealed class BodyOperations
    {
        private static readonly ConditionalWeakTable<IOperation, BodyOperations> ByFirstBlock = new ConditionalWeakTable<IOperation, BodyOperations>();

        // The operations that may read personal information (references, calls, creations, foreach loops), found by the same walk.
        private readonly List<IOperation> _reads;

        private BodyOperations(ImmutableArray<IOperation> blocks, List<IOperation> candidates, List<IOperation> reads)
        {
            Blocks = blocks;
            Candidates = candidates;
            _reads = reads;
        }

        public ImmutableArray<IOperation> Blocks { get; }

        /// <summary>Invocations, object creations and assignments, each block walked in turn, parents before children.</summary>
        public List<IOperation> Candidates { get; }

        // Whether the body reads personal information: 0 not asked yet, 1 no, 2 yes. Asked by several rules at once.
        private int _readsPersonalData;

        // What the rules that share one evaluation of the body found (see Shared).
        private object? _shared;

        public static BodyOperations Of(ImmutableArray<IOperation> blocks)
        {
            if (blocks.IsEmpty)
            {
                return Walk(blocks);
            }

            var shared = ByFirstBlock.GetValue(blocks[0], _ => Walk(blocks));

            // The blocks of one body are the same for every rule; a different list of blocks is walked by itself.
            return SameBlocks(shared.Blocks, blocks) ? shared : Walk(blocks);
        }

        /// <summary>
        /// The result of <paramref name="create"/>, computed once for the body by the first rule to ask; the others wait
        /// for it and reuse it. One kind of result per body: the log and exception rules' findings.
        /// </summary>
        public T Shared<T>(Func<T> create)
            where T : class
        {
            lock (Candidates)
            {
                return (T)(_shared ??= create());
            }
        }

        /// <summary>
        /// True when some operation of the body reads personal information (<see cref="PersonalDataFlow.ReadsPersonalData"/>).
        /// The rules that share the body share the answer; a body that reads none costs this one walk.
        /// </summary>
        public bool ReadsPersonalData(PersonalDataFlow flow, CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref _readsPersonalData);
            if (known != 0)
            {
                return known == 2;
            }

            var reads = false;
            foreach (var operation in _reads)
            {
                if (flow.ReadsPersonalData(operation, cancellationToken))
                {
                    reads = true;
                    break;
                }
            }

            Volatile.Write(ref _readsPersonalData, reads ? 2 : 1);
            return reads;
        }

        private static bool SameBlocks(ImmutableArray<IOperation> known, ImmutableArray<IOperation> blocks)
        {
            if (known.Length != blocks.Length)
            {
                return false;
            }

            for (var i = 0; i < known.Length; i++)
            {
                if (!ReferenceEquals(known[i], blocks[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static BodyOperations Walk(ImmutableArray<IOperation> blocks)
        {
            var candidates = new List<IOperation>();
            var reads = new List<IOperation>();
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    switch (operation.Kind)
                    {
                        case OperationKind.Invocation:
                        case OperationKind.ObjectCreation:
                            candidates.Add(operation);
                            reads.Add(operation);
                            break;
                        case OperationKind.SimpleAssignment:
                        case OperationKind.CompoundAssignment:
                        case OperationKind.CoalesceAssignment:
                            candidates.Add(operation);
                            break;
                        case OperationKind.FieldReference:
                        case OperationKind.PropertyReference:
                        case OperationKind.ParameterReference:
                        case OperationKind.ArrayElementReference:
                        case OperationKind.Loop:
                            reads.Add(operation);
                            break;
                    }
                }
            }

            return new BodyOperations(blocks, candidates, reads);
        }
    }
}
