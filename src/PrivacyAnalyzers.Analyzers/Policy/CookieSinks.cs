using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Analyzers.Policy
{
    /// <summary>The places code writes a cookie's name or value, for the cookie APIs the compilation references.</summary>
    internal sealed class CookieSinks
    {
        private readonly INamedTypeSymbol? _responseCookies;
        private readonly INamedTypeSymbol? _cookieOptions;
        private readonly INamedTypeSymbol? _setCookieHeader;
        private readonly INamedTypeSymbol? _httpCookie;
        private readonly INamedTypeSymbol? _headerDictionary;
        private readonly INamedTypeSymbol? _headerNames;

        private CookieSinks(
            INamedTypeSymbol? responseCookies,
            INamedTypeSymbol? cookieOptions,
            INamedTypeSymbol? setCookieHeader,
            INamedTypeSymbol? httpCookie,
            INamedTypeSymbol? headerDictionary,
            INamedTypeSymbol? headerNames)
        {
            _responseCookies = responseCookies;
            _cookieOptions = cookieOptions;
            _setCookieHeader = setCookieHeader;
            _httpCookie = httpCookie;
            _headerDictionary = headerDictionary;
            _headerNames = headerNames;
        }

        /// <summary>The cookie sinks of a compilation that references a cookie API; otherwise <c>null</c>.</summary>
        public static CookieSinks? TryCreate(Compilation compilation)
        {
            var sinks = new CookieSinks(
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieOptions"),
                compilation.GetTypeByMetadataName("Microsoft.Net.Http.Headers.SetCookieHeaderValue"),
                compilation.GetTypeByMetadataName("System.Web.HttpCookie"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary"),
                compilation.GetTypeByMetadataName("Microsoft.Net.Http.Headers.HeaderNames"));
            return sinks._responseCookies is null && sinks._setCookieHeader is null && sinks._httpCookie is null && sinks._headerDictionary is null ? null : sinks;
        }

        /// <summary>Adds the values <paramref name="operation"/> writes into a cookie, with the API that writes them.</summary>
        public void Collect(IOperation operation, List<(IOperation Value, string Sink)> stored)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    if ((Is(method.ContainingType, _responseCookies) && method.Name == "Append")
                        || (Is(method.ContainingType, _cookieOptions) && method.Name == "CreateCookieHeader"))
                    {
                        AddArguments(invocation.Arguments, method.ContainingType.Name + "." + method.Name, stored);
                    }
                    else if (invocation.Instance is IPropertyReferenceOperation { Property.Name: "Values" } values
                        && Is(values.Property.ContainingType, _httpCookie) && (method.Name == "Add" || method.Name == "Set"))
                    {
                        AddArguments(invocation.Arguments, "HttpCookie.Values." + method.Name, stored);
                    }
                    else
                    {
                        CollectHeaderCall(invocation, stored);
                    }

                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation
                    when Is(constructor.ContainingType, _setCookieHeader) || Is(constructor.ContainingType, _httpCookie):
                    AddArguments(creation.Arguments, "new " + constructor.ContainingType.Name, stored);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    if (Is(property.Property.ContainingType, _httpCookie) && (property.Property.IsIndexer || property.Property.Name == "Value" || property.Property.Name == "Name"))
                    {
                        stored.Add((assignment.Value, property.Property.IsIndexer ? "HttpCookie[...]" : "HttpCookie." + property.Property.Name));
                    }
                    else if (Is(property.Property.ContainingType, _setCookieHeader) && (property.Property.Name == "Value" || property.Property.Name == "Name"))
                    {
                        stored.Add((assignment.Value, "SetCookieHeaderValue." + property.Property.Name));
                    }
                    else if (property.Property.IsIndexer && property.Instance is IPropertyReferenceOperation { Property.Name: "Values" } cookieValues
                        && Is(cookieValues.Property.ContainingType, _httpCookie))
                    {
                        stored.Add((assignment.Value, "HttpCookie.Values[...]"));
                    }
                    else if (SetsCookieHeader(property))
                    {
                        stored.Add((assignment.Value, property.Property.IsIndexer ? "IHeaderDictionary[Set-Cookie]" : "IHeaderDictionary.SetCookie"));
                    }

                    break;
            }
        }

        // Response.Headers.Append("Set-Cookie", value) and the other ways of adding a header by name.
        private void CollectHeaderCall(IInvocationOperation invocation, List<(IOperation Value, string Sink)> stored)
        {
            var method = invocation.TargetMethod;
            if (method.Name is not ("Append" or "Add" or "TryAdd" or "AppendCommaSeparatedValues" or "SetCommaSeparatedValues"))
            {
                return;
            }

            // Extension methods (Append, TryAdd) take the dictionary as their first argument.
            var receiver = invocation.Instance
                ?? (method.IsExtensionMethod ? invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value : null);
            var key = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "key");
            if (receiver is null || !IsHeaderDictionary(WithoutConversions(receiver).Type) || key is null || !NamesSetCookie(key.Value))
            {
                return;
            }

            var sink = "IHeaderDictionary." + method.Name;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name is not ("value" or "values"))
                {
                    continue;
                }

                // Each cookie of AppendCommaSeparatedValues(key, params string[] values) is reported where it is written.
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } cookies })
                {
                    foreach (var cookie in cookies.ElementValues)
                    {
                        stored.Add((cookie, sink));
                    }
                }
                else
                {
                    stored.Add((argument.Value, sink));
                }
            }
        }

        // Response.Headers["Set-Cookie"] = value, Response.Headers.SetCookie = value.
        private bool SetsCookieHeader(IPropertyReferenceOperation property)
        {
            if (!IsHeaderDictionary(property.Instance?.Type))
            {
                return false;
            }

            return property.Property.IsIndexer
                ? property.Arguments.Length == 1 && NamesSetCookie(property.Arguments[0].Value)
                : property.Property.Name == "SetCookie";
        }

        /// <summary>True for the text "Set-Cookie" (in any case) and <c>HeaderNames.SetCookie</c>, which is not a constant.</summary>
        private bool NamesSetCookie(IOperation name)
        {
            name = WithoutConversions(name);
            if (name.ConstantValue is { HasValue: true, Value: string text })
            {
                return string.Equals(text, "Set-Cookie", StringComparison.OrdinalIgnoreCase);
            }

            return name is IFieldReferenceOperation { Field.Name: "SetCookie" } field && Is(field.Field.ContainingType, _headerNames);
        }

        private static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private bool IsHeaderDictionary(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _headerDictionary is not null
                && (Is(named, _headerDictionary) || named.AllInterfaces.Any(contract => Is(contract, _headerDictionary)));

        // Names and values; the options of a cookie hold no value of the user's.
        private static void AddArguments(IEnumerable<IArgumentOperation> arguments, string sink, List<(IOperation Value, string Sink)> stored)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name is "key" or "value" or "name" or "keyValuePairs")
                {
                    stored.Add((argument.Value, sink));
                }
            }
        }

        private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
            => type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }
}
