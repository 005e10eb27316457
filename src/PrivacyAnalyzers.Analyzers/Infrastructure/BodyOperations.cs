using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Analyzers.Infrastructure
{
    /// <summary>
    /// The operations of a method body that can hand a value to a sink (calls, object creations, assignments), in the
    /// order of a walk of its blocks. The log, exception and third-party rules look at the same bodies: the first to ask
    /// walks the body, the others reuse the list, which lives as long as the body's operation tree.
    /// </summary>
    internal sealed class BodyOperations
    {
        private static readonly ConditionalWeakTable<IOperation, BodyOperations> ByFirstBlock = new ConditionalWeakTable<IOperation, BodyOperations>();

        private BodyOperations(ImmutableArray<IOperation> blocks, List<IOperation> candidates)
        {
            Blocks = blocks;
            Candidates = candidates;
        }

        public ImmutableArray<IOperation> Blocks { get; }

        /// <summary>Invocations, object creations and assignments, each block walked in turn, parents before children.</summary>
        public List<IOperation> Candidates { get; }

        public static List<IOperation> Of(ImmutableArray<IOperation> blocks)
        {
            if (blocks.IsEmpty)
            {
                return new List<IOperation>();
            }

            var shared = ByFirstBlock.GetValue(blocks[0], _ => Walk(blocks));

            // The blocks of one body are the same for every rule; a different list of blocks is walked by itself.
            return SameBlocks(shared.Blocks, blocks) ? shared.Candidates : Walk(blocks).Candidates;
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
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    switch (operation.Kind)
                    {
                        case OperationKind.Invocation:
                        case OperationKind.ObjectCreation:
                        case OperationKind.SimpleAssignment:
                        case OperationKind.CompoundAssignment:
                        case OperationKind.CoalesceAssignment:
                            candidates.Add(operation);
                            break;
                    }
                }
            }

            return new BodyOperations(blocks, candidates);
        }
    }
}
