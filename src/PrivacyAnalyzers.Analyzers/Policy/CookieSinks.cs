using System.Collections.Generic;
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

        private CookieSinks(INamedTypeSymbol? responseCookies, INamedTypeSymbol? cookieOptions, INamedTypeSymbol? setCookieHeader, INamedTypeSymbol? httpCookie)
        {
            _responseCookies = responseCookies;
            _cookieOptions = cookieOptions;
            _setCookieHeader = setCookieHeader;
            _httpCookie = httpCookie;
        }

        /// <summary>The cookie sinks of a compilation that references a cookie API; otherwise <c>null</c>.</summary>
        public static CookieSinks? TryCreate(Compilation compilation)
        {
            var sinks = new CookieSinks(
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieOptions"),
                compilation.GetTypeByMetadataName("Microsoft.Net.Http.Headers.SetCookieHeaderValue"),
                compilation.GetTypeByMetadataName("System.Web.HttpCookie"));
            return sinks._responseCookies is null && sinks._setCookieHeader is null && sinks._httpCookie is null ? null : sinks;
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

                    break;
            }
        }

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
