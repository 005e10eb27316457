using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// The parts of an <c>HttpClient</c> request that leave the process — its URI, its content and its headers — and
    /// the host they go to, when the code states it: a constant URI, an interpolated or concatenated URI whose constant
    /// start holds the whole host, or a relative URI sent by a client whose <c>BaseAddress</c> is such a URI — set in the
    /// same method, by the client's <c>IHttpClientFactory</c> registration, or by the constructors and initializers of the
    /// type holding it (<see cref="HttpBaseAddresses"/>). Headers and content of a request go to the host of the
    /// <c>new HttpRequestMessage(...)</c> the same method created it with.
    /// </summary>
    internal sealed class HttpSinks
    {
        // A chain of receivers or initializers deeper than this is not worth following.
        private const int MaxDepth = 8;

        // What ends the host in a URI.
        private static readonly char[] HostEnd = { '/', '?', '#', ':' };

        private readonly INamedTypeSymbol _httpClient;
        private readonly INamedTypeSymbol? _messageInvoker;
        private readonly INamedTypeSymbol? _requestMessage;
        private readonly INamedTypeSymbol? _headers;
        private readonly INamedTypeSymbol? _jsonExtensions;
        private readonly INamedTypeSymbol? _uri;
        private readonly HttpBaseAddresses _baseAddresses;

        private HttpSinks(Compilation compilation, INamedTypeSymbol httpClient)
        {
            _httpClient = httpClient;
            _baseAddresses = new HttpBaseAddresses(compilation, this, httpClient);
            _messageInvoker = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageInvoker");
            _requestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
            _headers = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
            _jsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
            _uri = compilation.GetTypeByMetadataName("System.Uri");
        }

        /// <summary>The HTTP sinks of a compilation that references <c>HttpClient</c>; otherwise <c>null</c>.</summary>
        public static HttpSinks? TryCreate(Compilation compilation)
            => compilation.GetTypeByMetadataName("System.Net.Http.HttpClient") is { } httpClient ? new HttpSinks(compilation, httpClient) : null;

        /// <summary>The values <paramref name="operation"/> sends over HTTP, each with its host (<c>null</c> when the code does not state it).</summary>
        public void Collect(IOperation operation, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken, ref List<HttpSend>? sends)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    Invocation(invocation, blocks, cancellationToken, ref sends);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation when Is(constructor.ContainingType, _requestMessage):
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri")
                        {
                            var uriHost = HostOfRequestUri(argument.Value, creation, blocks, 0, cancellationToken);
                            (sends ??= new List<HttpSend>()).Add(new HttpSend(argument.Value, "new HttpRequestMessage", uriHost));
                        }
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when Is(property.Property.ContainingType, _requestMessage) && (property.Property.Name == "Content" || property.Property.Name == "RequestUri"):
                    var host = property.Property.Name == "RequestUri"
                        ? HostOfRequestUri(assignment.Value, property.Instance, blocks, 0, cancellationToken)
                        : HostOfObject(property.Instance, blocks, 0, cancellationToken);
                    (sends ??= new List<HttpSend>()).Add(new HttpSend(assignment.Value, "HttpRequestMessage." + property.Property.Name, host));
                    break;
            }
        }

        private void Invocation(IInvocationOperation invocation, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken, ref List<HttpSend>? sends)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return;
            }

            if (Is(type, _headers) && (method.Name == "Add" || method.Name == "TryAddWithoutValidation")
                && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Headers" or "DefaultRequestHeaders" } headers)
            {
                var host = HostOfObject(headers.Instance, blocks, 0, cancellationToken);
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "value" or "values")
                    {
                        (sends ??= new List<HttpSend>()).Add(new HttpSend(argument.Value, headers.Property.ContainingType.Name + "." + headers.Property.Name + "." + method.Name, host));
                    }
                }

                return;
            }

            var onClient = Is(type, _httpClient) || Is(type, _messageInvoker);
            var jsonExtension = Is(type, _jsonExtensions);
            if (!onClient && !jsonExtension)
            {
                return;
            }

            IOperation? client = invocation.Instance;
            IOperation? uri = null;
            var hasUri = false;
            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "client" when jsonExtension:
                        client = argument.Value;
                        break;
                    case "requestUri":
                        uri = argument.Value;
                        hasUri = true;
                        values.Add(argument.Value);
                        break;
                    case "content":
                    case "value" when jsonExtension:
                        values.Add(argument.Value);
                        break;
                }
            }

            if (values.Count == 0)
            {
                return;
            }

            string? requestHost = null;
            if (hasUri)
            {
                requestHost = HostOfUri(uri!);
                if (requestHost is null && IsRelative(uri!))
                {
                    requestHost = HostOfObject(client, blocks, 0, cancellationToken);
                }
            }

            var sink = (jsonExtension ? "HttpClient" : type.Name) + "." + method.Name;
            foreach (var value in values)
            {
                (sends ??= new List<HttpSend>()).Add(new HttpSend(value, sink, requestHost));
            }
        }

        /// <summary>
        /// The host a client or request object sends to: the <c>BaseAddress</c> of a client, or the URI a request was
        /// created with, as assigned in the same method (initializers and <c>factory.CreateClient("name")</c> included);
        /// when the method assigns neither, the <c>BaseAddress</c> a field, property or constructor parameter gets from
        /// its type's constructors or its <c>IHttpClientFactory</c> registration.
        /// </summary>
        private string? HostOfObject(IOperation? target, ImmutableArray<IOperation> blocks, int depth, CancellationToken cancellationToken)
        {
            target = Unwrap(target);
            switch (target)
            {
                case null:
                    return null;
                case IObjectCreationOperation or IInvocationOperation:
                    return HostOfCreated(target, blocks, depth, cancellationToken);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                    for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IObjectCreationOperation initialized)
                        {
                            return HostOfCreation(initialized, blocks, depth, cancellationToken);
                        }
                    }

                    return null;
            }

            var symbol = Referenced(target);
            if (symbol is null)
            {
                return null;
            }

            string? found = null;
            var assigned = false;
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    string? host;
                    switch (operation)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } property } assignment
                            when SymbolEqualityComparer.Default.Equals(Referenced(property.Instance), symbol):
                            host = HostOfUri(assignment.Value);
                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } property } assignment
                            when SymbolEqualityComparer.Default.Equals(Referenced(property.Instance), symbol):
                            host = HostOfRequestUri(assignment.Value, target, blocks, depth, cancellationToken);
                            break;
                        case ISimpleAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(Referenced(assignment.Target), symbol):
                            host = HostOfCreated(assignment.Value, blocks, depth, cancellationToken);
                            break;
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol):
                            host = HostOfCreated(initializer.Value, blocks, depth, cancellationToken);
                            break;
                        default:
                            continue;
                    }

                    // Two different hosts for one object: the code does not state which one a request goes to.
                    assigned = true;
                    if (host is not null)
                    {
                        if (found is not null && !string.Equals(found, host, StringComparison.Ordinal))
                        {
                            return null;
                        }

                        found = host;
                    }
                }
            }

            // What the method assigns wins over what the client was given elsewhere, even when its host is not stated.
            return assigned ? found : _baseAddresses.OfMember(symbol, cancellationToken);
        }

        /// <summary>
        /// The host of a client as created: <c>new HttpClient { BaseAddress = ... }</c> or a factory client
        /// <c>factory.CreateClient("name")</c>.
        /// </summary>
        internal string? HostOfCreated(IOperation value, CancellationToken cancellationToken)
            => HostOfCreated(value, ImmutableArray<IOperation>.Empty, 0, cancellationToken);

        private string? HostOfCreated(IOperation value, ImmutableArray<IOperation> blocks, int depth, CancellationToken cancellationToken) => Unwrap(value) switch
        {
            IObjectCreationOperation creation => HostOfCreation(creation, blocks, depth, cancellationToken),
            IInvocationOperation invocation => _baseAddresses.OfCreatedClient(invocation, cancellationToken),
            _ => null,
        };

        /// <summary>The host of <c>new HttpClient { BaseAddress = ... }</c>, <c>new HttpRequestMessage(method, uri)</c> or <c>new HttpRequestMessage { RequestUri = ... }</c>.</summary>
        private string? HostOfCreation(IObjectCreationOperation creation, ImmutableArray<IOperation> blocks, int depth, CancellationToken cancellationToken)
        {
            if (Is(creation.Constructor?.ContainingType, _requestMessage))
            {
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == "requestUri")
                    {
                        return HostOfRequestUri(argument.Value, creation, blocks, depth, cancellationToken);
                    }
                }
            }

            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    switch (member)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } } assignment:
                            return HostOfUri(assignment.Value);
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RequestUri" } } assignment:
                            return HostOfRequestUri(assignment.Value, creation, blocks, depth, cancellationToken);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The host a request's URI goes to: its own, or for a relative URI the <c>BaseAddress</c> of the client that
        /// sends <paramref name="request"/> (the request object or its creation) in the same method.
        /// </summary>
        private string? HostOfRequestUri(IOperation uri, IOperation? request, ImmutableArray<IOperation> blocks, int depth, CancellationToken cancellationToken)
        {
            if (HostOfUri(uri) is { } host)
            {
                return host;
            }

            return IsRelative(uri) ? HostOfSender(request, blocks, depth + 1, cancellationToken) : null;
        }

        /// <summary>The host of the client that sends <paramref name="request"/> with <c>Send</c>/<c>SendAsync</c> in the same method; <c>null</c> unless every such client has the same known host.</summary>
        private string? HostOfSender(IOperation? request, ImmutableArray<IOperation> blocks, int depth, CancellationToken cancellationToken)
        {
            request = Unwrap(request);
            if (request is null || depth > MaxDepth)
            {
                return null;
            }

            // A request created where it is sent, or stored in a local, field or property first.
            var symbol = Referenced(request);
            if (request is IObjectCreationOperation creation)
            {
                var use = creation.Parent;
                while (use is IConversionOperation or IParenthesizedOperation)
                {
                    use = use.Parent;
                }

                switch (use)
                {
                    case IArgumentOperation { Parent: IInvocationOperation send } when SentRequest(send) is { } sent && ReferenceEquals(Unwrap(sent), creation):
                        return HostOfObject(send.Instance, blocks, depth, cancellationToken);
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        symbol = declarator.Symbol;
                        break;
                    case ISimpleAssignmentOperation assignment:
                        symbol = Referenced(assignment.Target);
                        break;
                }
            }

            if (symbol is null)
            {
                return null;
            }

            string? found = null;
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation send && SentRequest(send) is { } sent && SymbolEqualityComparer.Default.Equals(Referenced(sent), symbol))
                    {
                        var host = HostOfObject(send.Instance, blocks, depth, cancellationToken);
                        if (host is null || (found is not null && !string.Equals(found, host, StringComparison.Ordinal)))
                        {
                            return null;
                        }

                        found = host;
                    }
                }
            }

            return found;
        }

        /// <summary>The request argument of <c>HttpClient.Send</c>/<c>SendAsync</c>, or <c>null</c> for any other call.</summary>
        private IOperation? SentRequest(IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.Name is not ("Send" or "SendAsync")
                || !(Is(invocation.TargetMethod.ContainingType, _httpClient) || Is(invocation.TargetMethod.ContainingType, _messageInvoker)))
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "request")
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>The host of a string or <c>Uri</c> whose constant start holds the scheme and the whole host.</summary>
        internal string? HostOfUri(IOperation uri)
        {
            var text = ConstantStart(UriText(uri), out var complete);
            return text is null ? null : ParseHost(text, complete);
        }

        private bool IsRelative(IOperation uri)
        {
            var value = UriText(uri);
            if (value is { ConstantValue: { HasValue: true, Value: null } })
            {
                return true;
            }

            var text = ConstantStart(value, out _);
            return text is { Length: > 0 } && text.IndexOf("://", StringComparison.Ordinal) < 0 && !text.StartsWith("//", StringComparison.Ordinal);
        }

        /// <summary>The text a URI argument is made from: <c>new Uri(text)</c> and <c>new Uri(baseUri, relative)</c> by their first argument.</summary>
        private IOperation? UriText(IOperation? uri)
        {
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                uri = Unwrap(uri);
                if (uri is IObjectCreationOperation creation && Is(creation.Constructor?.ContainingType, _uri) && creation.Arguments.Length > 0)
                {
                    uri = creation.Arguments[0].Value;
                    continue;
                }

                return uri;
            }

            return null;
        }

        /// <summary>The constant text a string starts with; <paramref name="complete"/> when that is the whole string.</summary>
        private static string? ConstantStart(IOperation? text, out bool complete)
        {
            complete = false;
            text = Unwrap(text);
            switch (text)
            {
                case { ConstantValue: { HasValue: true, Value: string constant } }:
                    complete = true;
                    return constant;
                case IInterpolatedStringOperation interpolated:
                    var start = "";
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is not IInterpolatedStringTextOperation { Text.ConstantValue.Value: string piece })
                        {
                            return start;
                        }

                        start += piece;
                    }

                    complete = true;
                    return start;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    var left = ConstantStart(concatenation.LeftOperand, out var leftComplete);
                    if (left is null || !leftComplete)
                    {
                        return left;
                    }

                    var right = ConstantStart(concatenation.RightOperand, out var rightComplete);
                    complete = rightComplete;
                    return left + (right ?? "");
                default:
                    return null;
            }
        }

        /// <summary>The host of an absolute http(s) URI, lower case; <c>null</c> when the known text ends before the host does.</summary>
        internal static string? ParseHost(string text, bool complete)
        {
            var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
            int start;
            if (schemeEnd > 0)
            {
                start = schemeEnd + 3;
            }
            else if (text.StartsWith("//", StringComparison.Ordinal))
            {
                start = 2;
            }
            else
            {
                return null;
            }

            // An IPv6 literal keeps its colons inside brackets.
            var bracket = start < text.Length && text[start] == '[' ? text.IndexOf(']', start) : -1;
            var end = text.IndexOfAny(HostEnd, bracket >= 0 ? bracket + 1 : start);
            if (end < 0)
            {
                if (!complete)
                {
                    return null;
                }

                end = text.Length;
            }

            var at = text.LastIndexOf('@', end - 1, end - start);
            if (at >= start)
            {
                start = at + 1;
            }

            var host = text.Substring(start, end - start).Trim();
            return host.Length == 0 ? null : host.ToLowerInvariant();
        }

        internal static ISymbol? Referenced(IOperation? operation) => Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        internal static IOperation? Unwrap(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        internal static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
            => type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }

    /// <summary>A value a request sends, the call that sends it and the host it goes to (<c>null</c>: not stated in the code).</summary>
    internal sealed class HttpSend
    {
        public HttpSend(IOperation value, string sink, string? host)
        {
            Value = value;
            Sink = sink;
            Host = host;
        }

        public IOperation Value { get; }

        public string Sink { get; }

        public string? Host { get; }
    }
}
