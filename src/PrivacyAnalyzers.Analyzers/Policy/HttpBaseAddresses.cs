using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>
    /// The base addresses <c>HttpClient</c>s get outside the method that sends with them:
    /// <list type="bullet">
    /// <item>named and typed <c>IHttpClientFactory</c> clients whose <c>AddHttpClient</c> registration (or the
    /// <c>ConfigureHttpClient</c> chained to it) sets <c>BaseAddress</c>, anywhere in the compilation;</item>
    /// <item><c>HttpClient</c> fields, properties and constructor parameters whose <c>BaseAddress</c> a constructor or an
    /// initializer of their type sets.</item>
    /// </list>
    /// Nothing is read until a request needs it: the registrations once per compilation, each type once. Thread-safe.
    /// </summary>
    internal sealed class HttpBaseAddresses
    {
        // What a key maps to when the code gives it several hosts, or one it does not state as a constant.
        private const string Unstated = "";

        // How much source text is searched at a time for a registration.
        private const int TextChunk = 8192;

        // Builder chains (AddHttpClient(...).AddHttpMessageHandler(...).ConfigureHttpClient(...)) longer than this are not followed.
        private const int MaxChain = 16;

        private readonly Compilation _compilation;
        private readonly HttpSinks _sinks;
        private readonly INamedTypeSymbol _httpClient;
        private readonly INamedTypeSymbol? _factory;
        private readonly INamedTypeSymbol? _factoryExtensions;
        private readonly INamedTypeSymbol? _registrationExtensions;
        private readonly INamedTypeSymbol? _builderExtensions;
        private readonly INamedTypeSymbol? _builder;
        private readonly object _registrationsGate = new object();
        private Registrations? _registrations;
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeClients> _types =
            new ConcurrentDictionary<INamedTypeSymbol, TypeClients>(SymbolEqualityComparer.Default);

        public HttpBaseAddresses(Compilation compilation, HttpSinks sinks, INamedTypeSymbol httpClient)
        {
            _compilation = compilation;
            _sinks = sinks;
            _httpClient = httpClient;

            // Microsoft.Extensions.Http is optional: without it there are no factory clients to read.
            _factory = compilation.GetTypeByMetadataName("System.Net.Http.IHttpClientFactory");
            _factoryExtensions = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientFactoryExtensions");
            _registrationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions");
            _builderExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions");
            _builder = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.IHttpClientBuilder");
        }

        /// <summary>
        /// The host of the client <c>factory.CreateClient("name")</c> (or <c>factory.CreateClient()</c>) returns, as its
        /// registration sets it; <c>null</c> for any other call or a client whose host the code does not state.
        /// </summary>
        public string? OfCreatedClient(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            var method = invocation.TargetMethod;
            if (method.Name != "CreateClient" || _factory is null)
            {
                return null;
            }

            string? name;
            if (HttpSinks.Is(method.ContainingType, _factory))
            {
                name = ConstantName(invocation.Arguments);
            }
            else if (HttpSinks.Is(method.ContainingType, _factoryExtensions))
            {
                // The parameterless CreateClient asks for the default name, Options.DefaultName.
                name = "";
            }
            else
            {
                return null;
            }

            return name is not null && Registered(cancellationToken).Names.TryGetValue(name, out var host) ? Stated(host) : null;
        }

        /// <summary>
        /// The host of a client held in a field, a property or a constructor parameter (primary constructors included):
        /// the <c>BaseAddress</c> its type's constructors and initializers give it, else, when the type is a typed client
        /// and the client is the one injected, the <c>BaseAddress</c> of its <c>AddHttpClient&lt;T&gt;</c> registration.
        /// </summary>
        public string? OfMember(ISymbol symbol, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? owner;
            ITypeSymbol type;
            switch (symbol)
            {
                case IFieldSymbol field:
                    owner = field.ContainingType;
                    type = field.Type;
                    break;
                case IPropertySymbol property:
                    owner = property.ContainingType;
                    type = property.Type;
                    break;
                case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter:
                    owner = constructor.ContainingType;
                    type = parameter.Type;
                    break;
                default:
                    return null;
            }

            if (owner is null || !IsClient(type))
            {
                return null;
            }

            owner = owner.OriginalDefinition;
            if (!_types.TryGetValue(owner, out var clients))
            {
                clients = _types.GetOrAdd(owner, ReadType(owner, cancellationToken));
            }

            var member = symbol.OriginalDefinition;
            if (clients.Hosts.TryGetValue(member, out var host))
            {
                return Stated(host);
            }

            // The typed client's registration configures the client its constructor receives, and the members it stores it in.
            var injected = symbol is IParameterSymbol || (clients.Injected.Contains(member) && !clients.AssignedOtherwise.Contains(member));
            if (!injected || _registrationExtensions is null)
            {
                return null;
            }

            return Registered(cancellationToken).Types.TryGetValue(owner, out var typed) ? Stated(typed) : null;
        }

        private bool IsClient(ITypeSymbol? type)
        {
            for (var depth = 0; type is not null && depth < MaxChain; depth++)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _httpClient))
                {
                    return true;
                }

                type = type.BaseType;
            }

            return false;
        }

        private Registrations Registered(CancellationToken cancellationToken)
        {
            // A lock rather than Lazy<T>: a read cancelled half-way is not kept, the next request reads again.
            lock (_registrationsGate)
            {
                return _registrations ??= ReadRegistrations(cancellationToken);
            }
        }

        private Registrations ReadRegistrations(CancellationToken cancellationToken)
        {
            var registrations = new Registrations();
            if (_registrationExtensions is null)
            {
                return registrations;
            }

            // Only files whose text mentions AddHttpClient are walked and bound.
            const string Registration = "AddHttpClient";
            var buffer = new char[TextChunk + Registration.Length - 1];
            foreach (var tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!Mentions(tree.GetText(cancellationToken), Registration, buffer))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax call && CalledName(call) is "AddHttpClient" or "ConfigureHttpClient")
                    {
                        model ??= _compilation.GetSemanticModel(tree);
                        if (model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)
                        {
                            Register(invocation, registrations);
                        }
                    }
                }
            }

            return registrations;
        }

        private void Register(IInvocationOperation invocation, Registrations registrations)
        {
            var registration = invocation;
            if (HttpSinks.Is(invocation.TargetMethod.ContainingType, _builderExtensions) && invocation.TargetMethod.Name == "ConfigureHttpClient")
            {
                registration = RegistrationOf(invocation);
            }

            if (registration is null || !HttpSinks.Is(registration.TargetMethod.ContainingType, _registrationExtensions) || registration.TargetMethod.Name != "AddHttpClient")
            {
                return;
            }

            // AddHttpClient<TClient> injects into TClient, AddHttpClient<TClient, TImplementation> into TImplementation.
            var typeArguments = registration.TargetMethod.TypeArguments;
            var typed = typeArguments.Length > 0 ? typeArguments[typeArguments.Length - 1] as INamedTypeSymbol : null;
            var name = ConstantName(registration.Arguments);
            if (typed is null && name is null)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (HttpSinks.Unwrap(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation configure })
                {
                    continue;
                }

                foreach (var parameter in configure.Symbol.Parameters)
                {
                    if (!IsClient(parameter.Type))
                    {
                        continue;
                    }

                    foreach (var operation in configure.Body.Descendants())
                    {
                        if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } property } assignment
                            && SymbolEqualityComparer.Default.Equals(HttpSinks.Referenced(property.Instance), parameter))
                        {
                            var host = _sinks.HostOfUri(assignment.Value);
                            if (name is not null)
                            {
                                Merge(registrations.Names, name, host);
                            }

                            if (typed is not null)
                            {
                                Merge(registrations.Types, typed.OriginalDefinition, host);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The <c>AddHttpClient</c> call a builder method is chained to, or <c>null</c>.</summary>
        private IInvocationOperation? RegistrationOf(IInvocationOperation invocation)
        {
            for (var depth = 0; depth < MaxChain; depth++)
            {
                // Builder methods are extensions: the builder is their first argument.
                if (invocation.Arguments.Length == 0 || HttpSinks.Unwrap(invocation.Arguments[0].Value) is not IInvocationOperation receiver)
                {
                    return null;
                }

                if (HttpSinks.Is(receiver.TargetMethod.ContainingType, _registrationExtensions))
                {
                    return receiver;
                }

                if (!HttpSinks.Is(receiver.TargetMethod.ReturnType as INamedTypeSymbol, _builder))
                {
                    return null;
                }

                invocation = receiver;
            }

            return null;
        }

        /// <summary>What the constructors and member initializers of <paramref name="type"/> assign to its clients.</summary>
        private TypeClients ReadType(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var clients = new TypeClients();
            var injected = new List<(ISymbol Member, IParameterSymbol Parameter)>();
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                // A type of a referenced project is declared in a tree of another compilation.
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
                {
                    continue;
                }

                var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
                foreach (var member in declaration.Members)
                {
                    switch (member)
                    {
                        case ConstructorDeclarationSyntax constructor:
                            ReadAssignments(model.GetOperation(constructor, cancellationToken), clients, injected, cancellationToken);
                            break;
                        case FieldDeclarationSyntax field:
                            foreach (var variable in field.Declaration.Variables)
                            {
                                if (variable.Initializer is { } initializer)
                                {
                                    ReadAssignments(model.GetOperation(initializer, cancellationToken), clients, injected, cancellationToken);
                                }
                            }

                            break;
                        case PropertyDeclarationSyntax { Initializer: { } initializer }:
                            ReadAssignments(model.GetOperation(initializer, cancellationToken), clients, injected, cancellationToken);
                            break;
                    }
                }
            }

            // `_client = client;` hands the member the constructor parameter and the BaseAddress the constructor gave it.
            foreach (var (member, parameter) in injected)
            {
                clients.Injected.Add(member);
                if (clients.Hosts.TryGetValue(parameter, out var host))
                {
                    Merge(clients.Hosts, member, host);
                }
            }

            return clients;
        }

        private void ReadAssignments(IOperation? root, TypeClients clients, List<(ISymbol Member, IParameterSymbol Parameter)> injected, CancellationToken cancellationToken)
        {
            if (root is null)
            {
                return;
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } property } assignment
                        when IsClient(property.Property.ContainingType) && HttpSinks.Referenced(property.Instance) is { } client:
                        Merge(clients.Hosts, client.OriginalDefinition, _sinks.HostOfUri(assignment.Value));
                        break;
                    case ISimpleAssignmentOperation assignment when HttpSinks.Referenced(assignment.Target) is IFieldSymbol or IPropertySymbol:
                        Assigned(HttpSinks.Referenced(assignment.Target)!, assignment.Value, clients, injected, cancellationToken);
                        break;
                    case IFieldInitializerOperation initializer:
                        foreach (var field in initializer.InitializedFields)
                        {
                            Assigned(field, initializer.Value, clients, injected, cancellationToken);
                        }

                        break;
                    case IPropertyInitializerOperation initializer:
                        foreach (var property in initializer.InitializedProperties)
                        {
                            Assigned(property, initializer.Value, clients, injected, cancellationToken);
                        }

                        break;
                }
            }
        }

        private void Assigned(ISymbol member, IOperation value, TypeClients clients, List<(ISymbol Member, IParameterSymbol Parameter)> injected, CancellationToken cancellationToken)
        {
            var type = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (!IsClient(type))
            {
                return;
            }

            member = member.OriginalDefinition;
            value = HttpSinks.Unwrap(value)!;

            // `_client = client ?? throw new ArgumentNullException(...)` is the parameter too.
            if (value is ICoalesceOperation coalesce)
            {
                value = HttpSinks.Unwrap(coalesce.Value)!;
            }

            if (value is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } parameter)
            {
                injected.Add((member, parameter.Parameter));
                return;
            }

            // Any other client is not the injected one; a new HttpClient without BaseAddress sets none.
            clients.AssignedOtherwise.Add(member);
            if (_sinks.HostOfCreated(value, cancellationToken) is { } host)
            {
                Merge(clients.Hosts, member, host);
            }
        }

        /// <summary>The constant value of the <c>name</c> argument, or <c>null</c>.</summary>
        private static string? ConstantName(IEnumerable<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { Name: "name", Type.SpecialType: SpecialType.System_String } && argument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    return name;
                }
            }

            return null;
        }

        private static void Merge<TKey>(Dictionary<TKey, string> hosts, TKey key, string? host)
        {
            host ??= Unstated;
            hosts[key] = hosts.TryGetValue(key, out var known) && !string.Equals(known, host, StringComparison.Ordinal) ? Unstated : host;
        }

        private static string? Stated(string host) => host.Length == 0 ? null : host;

        private static string? CalledName(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// Whether <paramref name="text"/> contains <paramref name="word"/>, read in chunks into <paramref name="buffer"/>
        /// (<see cref="TextChunk"/> plus the word's length less one) rather than copied into one string.
        /// </summary>
        private static bool Mentions(SourceText text, string word, char[] buffer)
        {
            for (var start = 0; start < text.Length; start += TextChunk)
            {
                var count = Math.Min(buffer.Length, text.Length - start);
                text.CopyTo(start, buffer, 0, count);
                for (var i = 0; i + word.Length <= count; i++)
                {
                    var j = 0;
                    while (j < word.Length && buffer[i + j] == word[j])
                    {
                        j++;
                    }

                    if (j == word.Length)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The hosts <c>AddHttpClient</c> registrations give named clients and typed clients' implementation types.</summary>
        private sealed class Registrations
        {
            public Dictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

            public Dictionary<INamedTypeSymbol, string> Types { get; } = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        }

        /// <summary>What one type's constructors and initializers assign to its clients.</summary>
        private sealed class TypeClients
        {
            /// <summary>The host each field, property or constructor parameter gets.</summary>
            public Dictionary<ISymbol, string> Hosts { get; } = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);

            /// <summary>Fields and properties given a constructor parameter.</summary>
            public HashSet<ISymbol> Injected { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            /// <summary>Fields and properties given a client other than a constructor parameter: not the one a factory injects.</summary>
            public HashSet<ISymbol> AssignedOtherwise { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        }
    }
}
