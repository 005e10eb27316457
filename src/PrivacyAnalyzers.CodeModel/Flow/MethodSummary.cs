using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>
    /// What a method does with personal information, as its callers see it: what its return value carries of its own
    /// reads, which parameters reach the return value, and which parameters reach a sink (directly or through the
    /// methods it calls). Immutable; computed once per method and compilation by <see cref="MethodSummaries"/>.
    /// </summary>
    public sealed class MethodSummary
    {
        public static MethodSummary Empty { get; } = new MethodSummary(null, ImmutableArray<int>.Empty, ImmutableArray<ParameterSink>.Empty);

        public MethodSummary(PersonalTaint? returns, ImmutableArray<int> parametersToReturn, ImmutableArray<ParameterSink> parameterSinks)
        {
            Returns = returns;
            ParametersToReturn = parametersToReturn;
            ParameterSinks = parameterSinks;
        }

        /// <summary>The personal information the return value carries from what the method itself reads, or <c>null</c>.</summary>
        public PersonalTaint? Returns { get; }

        /// <summary>The ordinals of the parameters whose value reaches the return value.</summary>
        public ImmutableArray<int> ParametersToReturn { get; }

        /// <summary>The parameters whose value reaches a sink, one entry per parameter and sink.</summary>
        public ImmutableArray<ParameterSink> ParameterSinks { get; }

        public bool IsEmpty => Returns is null && ParametersToReturn.IsEmpty && ParameterSinks.IsEmpty;

        /// <summary>True when both say the same of the method, so that a fixed point can stop.</summary>
        internal bool SameAs(MethodSummary other)
        {
            if (!ParametersToReturn.SequenceEqual(other.ParametersToReturn) || ParameterSinks.Length != other.ParameterSinks.Length)
            {
                return false;
            }

            for (var i = 0; i < ParameterSinks.Length; i++)
            {
                if (!ParameterSinks[i].SameAs(other.ParameterSinks[i]))
                {
                    return false;
                }
            }

            return Carried(Returns).SetEquals(Carried(other.Returns));
        }

        private static HashSet<(TaintKind, string, string)> Carried(PersonalTaint? taint)
        {
            var carried = new HashSet<(TaintKind, string, string)>();
            if (taint is not null)
            {
                foreach (var single in taint.All)
                {
                    carried.Add((single.Kind, single.Member, single.Category));
                }
            }

            return carried;
        }
    }

    /// <summary>A parameter of a method whose value reaches a sink: which one, the sink, and where it is.</summary>
    public sealed class ParameterSink
    {
        public ParameterSink(int ordinal, string parameterName, SinkKind kind, string sink, Location location, bool destructured)
        {
            Ordinal = ordinal;
            ParameterName = parameterName;
            Kind = kind;
            Sink = sink;
            Location = location;
            Destructured = destructured;
        }

        public int Ordinal { get; }

        public string ParameterName { get; }

        public SinkKind Kind { get; }

        /// <summary>The sink as the data map names it: <c>ILogger.LogInformation</c>.</summary>
        public string Sink { get; }

        /// <summary>Where the value is written out: the sink's argument, possibly in another method than the one summarized.</summary>
        public Location Location { get; }

        /// <summary>The sink destructures the value (Serilog's <c>{@Name}</c>).</summary>
        public bool Destructured { get; }

        public bool IsException => Kind == SinkKind.ExceptionMessage || Kind == SinkKind.ExceptionData;

        internal bool SameAs(ParameterSink other)
            => Ordinal == other.Ordinal && Kind == other.Kind && Sink == other.Sink && Location == other.Location && Destructured == other.Destructured;
    }
}
