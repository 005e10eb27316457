using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.CodeModel.Flow
{
    /// <summary>Where a sink writes; it decides the rule and the words of the message.</summary>
    public enum SinkKind
    {
        Log,
        Console,
        DebugOutput,
        Telemetry,
        ExceptionMessage,
        ExceptionData,
    }

    /// <summary>One row of the sink table: every argument of the named methods of one type is written out.</summary>
    public sealed class SinkRow
    {
        public SinkRow(string typeMetadataName, string display, SinkKind kind, params string[] methods)
            : this(typeMetadataName, display, kind, false, methods)
        {
        }

        public SinkRow(string typeMetadataName, string display, SinkKind kind, bool destructures, params string[] methods)
        {
            Destructures = destructures;
            TypeMetadataName = typeMetadataName;
            Display = display;
            Kind = kind;
            Methods = ImmutableHashSet.Create(System.StringComparer.Ordinal, methods);
        }

        public string TypeMetadataName { get; }

        /// <summary>How the message names the type: <c>ILogger</c> for Microsoft's <c>LoggerExtensions</c>, as users write it.</summary>
        public string Display { get; }

        public SinkKind Kind { get; }

        public ImmutableHashSet<string> Methods { get; }

        /// <summary>
        /// Message templates that destructure: a <c>{@Name}</c> hole writes the object's public properties instead of its
        /// ToString in Serilog (also <c>ForContext(name, value, destructureObjects: true)</c>) and in
        /// Microsoft.Extensions.Logging with a destructuring provider (Serilog's, NLog's).
        /// </summary>
        public bool Destructures { get; }
    }

    /// <summary>A value that a sink writes out, with the words the diagnostic uses for the sink.</summary>
    public readonly struct SinkHit
    {
        public SinkHit(IOperation value, SyntaxNode syntax, SinkKind kind, string sink, string destination, bool destructured = false, Location? sinkLocation = null)
        {
            Destructured = destructured;
            Value = value;
            Syntax = syntax;
            Kind = kind;
            Sink = sink;
            Destination = destination;
            SinkLocation = sinkLocation;
        }

        /// <summary>The sink as the data map names it: <c>ILogger.LogInformation</c>, <c>InvalidOperationException.Message</c>, <c>Exception.Data</c>.</summary>
        public string Sink { get; }

        /// <summary>For a value handed to a method that writes it out: where that method's sink is; <c>null</c> for a direct write.</summary>
        public Location? SinkLocation { get; }

        /// <summary>The written value.</summary>
        public IOperation Value { get; }

        /// <summary>The argument as written (a trailing <c>!</c> included): where the diagnostic goes.</summary>
        public SyntaxNode Syntax { get; }

        public SinkKind Kind { get; }

        /// <summary>The sink as the message words it: "written to a log by ILogger.LogInformation", "put into Exception.Data".</summary>
        public string Destination { get; }

        /// <summary>The sink writes the value's public properties one by one (Serilog's <c>{@Name}</c>), not its ToString.</summary>
        public bool Destructured { get; }

        public bool IsException => Kind == SinkKind.ExceptionMessage || Kind == SinkKind.ExceptionData;
    }

    /// <summary>
    /// The sinks: a declarative table of logging, console, debug and telemetry methods (a new sink is one row), plus
    /// [LoggerMessage] methods, exception constructors' message and <c>Exception.Data</c> writes. One instance per compilation.
    /// </summary>
    public sealed class SinkCatalog
    {
        private static readonly string[] MicrosoftLogMethods = { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope" };
        private static readonly string[] SerilogMethods = { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" };
        private static readonly string[] NLogMethods = { "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalTrace", "ConditionalDebug" };
        private static readonly string[] Log4NetMethods = { "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat" };
        private static readonly string[] ConsoleMethods = { "Write", "WriteLine" };
        private static readonly string[] DebugMethods = { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert" };
        private static readonly string[] TraceMethods = { "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Fail", "Assert" };
        private static readonly string[] ActivityMethods = { "SetTag", "AddTag", "SetBaggage", "AddBaggage" };

        /// <summary>The sink table.</summary>
        public static ImmutableArray<SinkRow> Rows { get; } = ImmutableArray.Create(
            new SinkRow("Microsoft.Extensions.Logging.LoggerExtensions", "ILogger", SinkKind.Log, destructures: true, MicrosoftLogMethods),
            new SinkRow("Microsoft.Extensions.Logging.ILogger", "ILogger", SinkKind.Log, "Log", "BeginScope"),
            new SinkRow("Serilog.Log", "Log", SinkKind.Log, destructures: true, SerilogMethods),
            new SinkRow("Serilog.ILogger", "ILogger", SinkKind.Log, destructures: true, SerilogMethods),
            new SinkRow("Serilog.Core.Logger", "Logger", SinkKind.Log, destructures: true, SerilogMethods),
            new SinkRow("NLog.Logger", "Logger", SinkKind.Log, NLogMethods),
            new SinkRow("NLog.ILogger", "ILogger", SinkKind.Log, NLogMethods),
            new SinkRow("NLog.ILoggerBase", "ILogger", SinkKind.Log, NLogMethods),
            new SinkRow("NLog.ILoggerExtensions", "ILogger", SinkKind.Log, NLogMethods),
            new SinkRow("log4net.ILog", "ILog", SinkKind.Log, Log4NetMethods),
            new SinkRow("Serilog.Context.LogContext", "LogContext", SinkKind.Log, "PushProperty"),
            new SinkRow("System.Diagnostics.TraceSource", "TraceSource", SinkKind.Log, "TraceEvent", "TraceInformation", "TraceData"),
            new SinkRow("System.Console", "Console", SinkKind.Console, ConsoleMethods),
            new SinkRow("System.Diagnostics.Debug", "Debug", SinkKind.DebugOutput, DebugMethods),
            new SinkRow("System.Diagnostics.Trace", "Trace", SinkKind.DebugOutput, TraceMethods),
            new SinkRow("System.Diagnostics.Activity", "Activity", SinkKind.Telemetry, ActivityMethods));

        private readonly Dictionary<INamedTypeSymbol, List<SinkRow>> _rowsByType = new Dictionary<INamedTypeSymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
        private readonly INamedTypeSymbol? _loggerMessage;
        private readonly INamedTypeSymbol? _microsoftLogger;
        private readonly INamedTypeSymbol? _console;
        private readonly INamedTypeSymbol? _exception;
        private readonly DataClassifications _classifications;

        public SinkCatalog(Compilation compilation, DataClassifications classifications)
        {
            _classifications = classifications;
            foreach (var row in Rows)
            {
                var type = compilation.GetTypeByMetadataName(row.TypeMetadataName);
                if (type is null)
                {
                    continue;
                }

                if (!_rowsByType.TryGetValue(type, out var rows))
                {
                    rows = new List<SinkRow>();
                    _rowsByType.Add(type, rows);
                }

                rows.Add(row);
            }

            _microsoftLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            _console = compilation.GetTypeByMetadataName("System.Console");
            _loggerMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
            _exception = compilation.GetTypeByMetadataName("System.Exception");
        }

        /// <summary>Adds to <paramref name="hits"/> the values that <paramref name="operation"/> writes to a log, the console, debug output or telemetry.</summary>
        public void CollectWrites(IOperation operation, FlowOptions options, ref List<SinkHit>? hits)
        {
            if (operation is not IInvocationOperation invocation)
            {
                return;
            }

            var method = invocation.TargetMethod;
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (definition.ContainingType is { } containing && _rowsByType.TryGetValue(containing.OriginalDefinition, out var rows))
            {
                foreach (var row in rows)
                {
                    if (row.Methods.Contains(definition.Name) && (row.Kind != SinkKind.DebugOutput || options.IncludeDebugTrace))
                    {
                        AddArguments(invocation, row.Kind, row.Display + "." + definition.Name, row.Destructures, ref hits);
                        return;
                    }
                }
            }

            // Console.Out and Console.Error are the console too.
            if (invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } writer }
                && SymbolEqualityComparer.Default.Equals(writer.ContainingType, _console)
                && (definition.Name == "Write" || definition.Name == "WriteLine"))
            {
                AddArguments(invocation, SinkKind.Console, "Console." + writer.Name + "." + definition.Name, destructures: false, ref hits);
                return;
            }

            // A delegate taking the logger first is a logging delegate, as LoggerMessage.Define makes them.
            if (method.MethodKind == MethodKind.DelegateInvoke
                && method.Parameters.Length > 0
                && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, _microsoftLogger))
            {
                AddArguments(invocation, SinkKind.Log, LoggingDelegate(invocation.Instance), destructures: false, ref hits);
                return;
            }

            // [LoggerMessage] methods return void; the check keeps attribute reads off every other call.
            if (_loggerMessage is not null && definition.ReturnsVoid && PrivacySymbols.Find(definition, _loggerMessage) is not null)
            {
                AddArguments(invocation, SinkKind.Log, definition.ContainingType?.Name + "." + definition.Name, destructures: false, ref hits, redactsClassified: true);
            }
            else if (!options.AdditionalSinks.IsEmpty && options.AdditionalSinks.Contains(definition))
            {
                AddArguments(invocation, SinkKind.Log, definition.ContainingType?.Name + "." + definition.Name, destructures: false, ref hits);
            }
        }

        /// <summary>Adds to <paramref name="hits"/> the values that <paramref name="operation"/> puts into an exception's message or Data.</summary>
        public void CollectExceptionWrites(IOperation operation, ref List<SinkHit>? hits)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation when IsException(creation.Type):
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is { Name: "message", Type.SpecialType: SpecialType.System_String })
                        {
                            Add(ref hits, new SinkHit(argument.Value, Written(argument), SinkKind.ExceptionMessage, creation.Type!.Name + ".Message", "put into the message of " + creation.Type.Name));
                        }
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment when IsExceptionData(indexer.Instance):
                    Add(ref hits, new SinkHit(assignment.Value, assignment.Syntax is AssignmentExpressionSyntax written ? written.Right : WithSuppression(assignment.Value.Syntax), SinkKind.ExceptionData, ExceptionData, "put into " + ExceptionData));
                    foreach (var argument in indexer.Arguments)
                    {
                        Add(ref hits, new SinkHit(argument.Value, Written(argument), SinkKind.ExceptionData, ExceptionData, "put into " + ExceptionData));
                    }

                    break;
                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Add" && IsExceptionData(invocation.Instance):
                    foreach (var argument in invocation.Arguments)
                    {
                        Add(ref hits, new SinkHit(argument.Value, Written(argument), SinkKind.ExceptionData, ExceptionData, "put into " + ExceptionData));
                    }

                    break;
            }
        }

        private const string ExceptionData = "Exception.Data";

        /// <summary>The words of a message for a sink: "written to a log by ILogger.LogInformation".</summary>
        public static string Written(SinkKind kind, string sink)
            => kind switch
            {
                SinkKind.ExceptionMessage => "put into the message of " + (sink.EndsWith(".Message", System.StringComparison.Ordinal) ? sink.Substring(0, sink.Length - ".Message".Length) : sink),
                SinkKind.ExceptionData => "put into " + sink,
                _ => Written(kind) + sink,
            };

        private static string LoggingDelegate(IOperation? instance)
            => instance switch
            {
                IFieldReferenceOperation field => "the logging delegate " + field.Field.Name,
                IPropertyReferenceOperation property => "the logging delegate " + property.Property.Name,
                ILocalReferenceOperation local => "the logging delegate " + local.Local.Name,
                IParameterReferenceOperation parameter => "the logging delegate " + parameter.Parameter.Name,
                _ => "a logging delegate",
            };

        private static string Written(SinkKind kind)
            => kind switch
            {
                SinkKind.Console => "written to the console by ",
                SinkKind.DebugOutput => "written to debug output by ",
                SinkKind.Telemetry => "written to telemetry by ",
                _ => "written to a log by ",
            };

        /// <param name="redactsClassified">
        /// True for a [LoggerMessage] method: Microsoft's logging generator redacts the arguments of parameters that carry
        /// a data classification when the application enables redaction, so those are not written out.
        /// </param>
        private void AddArguments(IInvocationOperation invocation, SinkKind kind, string sink, bool destructures, ref List<SinkHit>? hits, bool redactsClassified = false)
        {
            var destination = Written(kind) + sink;
            var method = invocation.TargetMethod;
            var skipsReceiver = method.ReducedFrom is null && method.IsExtensionMethod;
            var templateOrdinal = int.MaxValue;
            var destructureAll = false;
            var template = destructures ? Template(invocation, out templateOrdinal, out destructureAll) : null;
            var hole = 0;
            foreach (var argument in invocation.Arguments)
            {
                // The logger an extension method is called on is not written out.
                if (skipsReceiver && argument.Parameter?.Ordinal == 0)
                {
                    continue;
                }

                if (redactsClassified && argument.Parameter is { } redacted && _classifications.FindOn(redacted) is not null)
                {
                    continue;
                }

                var isProperty = destructures && argument.Parameter is { } parameter && (template is null ? parameter.Name == "value" : parameter.Ordinal > templateOrdinal);

                // Each element of a params array is its own argument in the source, and gets its own diagnostic.
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (var element in elements.ElementValues)
                    {
                        var syntax = element.Syntax is ArgumentSyntax elementArgument ? elementArgument.Expression : WithSuppression(element.Syntax);
                        Add(ref hits, new SinkHit(element, syntax, kind, sink, destination, isProperty && (destructureAll || IsDestructuringHole(template, hole++))));
                    }

                    continue;
                }

                Add(ref hits, new SinkHit(argument.Value, Written(argument), kind, sink, destination, isProperty && (destructureAll || IsDestructuringHole(template, hole++))));
            }
        }

        /// <summary>
        /// The constant message template of a Serilog call and its parameter's position; <paramref name="destructureAll"/>
        /// is set by <c>ForContext(name, value, destructureObjects: true)</c>.
        /// </summary>
        private static string? Template(IInvocationOperation invocation, out int ordinal, out bool destructureAll)
        {
            ordinal = int.MaxValue;
            destructureAll = false;
            string? template = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter)
                {
                    continue;
                }

                if (parameter.Name is "messageTemplate" or "message" or "messageFormat" && argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    ordinal = parameter.Ordinal;
                    template = text;
                }
                else if (parameter.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true })
                {
                    destructureAll = true;
                }
            }

            return template;
        }

        /// <summary>True when the hole at <paramref name="index"/> (holes counted left to right, <c>{{</c> skipped) starts with '@'.</summary>
        private static bool IsDestructuringHole(string? template, int index)
        {
            if (template is null)
            {
                return false;
            }

            var current = 0;
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    continue;
                }

                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                if (current == index)
                {
                    return i + 1 < template.Length && template[i + 1] == '@';
                }

                current++;
            }

            return false;
        }

        private static SyntaxNode Written(IArgumentOperation argument)
            => argument.Syntax is ArgumentSyntax written ? written.Expression : WithSuppression(argument.Value.Syntax);

        /// <summary>The expression with its null-forgiving operator, which the operation tree leaves out.</summary>
        private static SyntaxNode WithSuppression(SyntaxNode node)
        {
            while (node.Parent is PostfixUnaryExpressionSyntax suppression && suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression))
            {
                node = suppression;
            }

            return node;
        }

        private static void Add(ref List<SinkHit>? hits, SinkHit hit)
        {
            hits ??= new List<SinkHit>();
            hits.Add(hit);
        }

        private bool IsException(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _exception))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsExceptionData(IOperation? instance)
            => instance is IPropertyReferenceOperation { Property.Name: "Data" } data && IsException(data.Property.ContainingType);
    }
}
