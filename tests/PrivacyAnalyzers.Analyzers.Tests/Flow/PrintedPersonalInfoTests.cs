using Microsoft.CodeAnalysis.Testing;
using Exceptions = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.ExceptionSinkAnalyzer>;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>PRIV005: whole objects whose ToString prints personal information, when they reach a log or an exception.</summary>
public class PrintedPersonalInfoTests
{
    private const string CompilerAdvice = "make it partial so that the generated ToString masks personal members";
    private const string UserAdvice = "keep personal members out of it or log an identifier instead";

    private static string Body(string body) => """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;

        namespace Shop;
        class Service
        {
            void Run(ILogger logger, Account account, Customer customer, Member member, Device device, Printer printer, Order order, List<Customer> customers)
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public async Task Record_with_the_compiler_ToString_is_flagged_with_the_rule_message()
    {
        var source = Body("logger.LogInformation(\"Order by {Customer}\", {|#0:customer|});");

        await Verify.VerifyAsync(source, Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithMessage("'Customer' prints 'Customer.Email' (user.contact.email) in the compiler-generated ToString and is written to a log by ILogger.LogInformation; " + CompilerAdvice));
    }

    [Theory]
    [InlineData("logger.LogInformation({|#0:$\"Order by {customer}\"|});")]
    [InlineData("var who = customer; logger.LogInformation(\"{C}\", {|#0:who|});")]
    [InlineData("logger.LogInformation(\"{C}\", {|#0:customers|});")]
    [InlineData("logger.LogInformation(\"{C}\", {|#0:order.Buyers|});")]
    [InlineData("logger.LogInformation({|#0:customer.ToString()|});")]
    [InlineData("logger.LogInformation(\"{C}\", {|#0:new Customer(1, \"a@b.c\")|});")]
    [InlineData("logger.LogInformation({|#0:$\"First buyer {customers[0]}\"|});")]
    [InlineData("logger.LogInformation({|#0:$\"First buyer {customers.First()}\"|});")]
    [InlineData("foreach (var buyer in order.Buyers) { logger.LogInformation({|#0:\"Buyer \" + buyer|}); }")]
    [InlineData("logger.LogInformation({|#0:string.Join(\", \", customers)|});")]
    // A dictionary is written as its entries, which print their values.
    [InlineData("var byId = new Dictionary<int, Customer> { [1] = customer }; logger.LogInformation(\"{C}\", {|#0:byId|});")]
    [InlineData("logger.LogInformation(\"{C}\", {|#0:customers.ToDictionary(c => c.Id)|});")]
    public async Task Objects_printed_by_the_compiler_ToString_are_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body), Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithArguments("Customer", "Customer.Email", "user.contact.email", "the compiler-generated ToString", "written to a log by ILogger.LogInformation", CompilerAdvice));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"{S}\", {|#0:new Shipment(1, customer)|});")]
    [InlineData("logger.LogInformation(\"{I}\", {|#0:new Invoice { Payer = customer }|});")]
    public async Task Objects_printing_a_nested_object_that_prints_personal_information_name_the_nested_type(string body)
    {
        await Verify.VerifyAsync(Body(body), Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithArguments("Customer", "Customer.Email", "user.contact.email", "the compiler-generated ToString", "written to a log by ILogger.LogInformation", CompilerAdvice));
    }

    [Fact]
    public async Task Self_referencing_records_are_reported_once_without_looping()
    {
        await Verify.VerifyAsync(Body("logger.LogInformation(\"{P}\", {|#0:new Person(\"a@b.c\", null)|});"), Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithArguments("Person", "Person.Email", "user.contact.email", "the compiler-generated ToString", "written to a log by ILogger.LogInformation", CompilerAdvice));
    }

    [Fact]
    public async Task Hand_written_ToString_naming_a_personal_member_is_flagged()
    {
        await Verify.VerifyAsync(Body("logger.LogInformation(\"{D}\", {|#0:device|});"), Verify.Diagnostic("PRIV005").WithLocation(0)
            .WithArguments("Device", "Device.Ip", "user.device.ip_address", "its ToString", "written to a log by ILogger.LogInformation", UserAdvice));
    }

    [Theory]
    [InlineData("logger.LogInformation(\"{A}\", account);")]
    [InlineData("logger.LogInformation(\"{M}\", member);")]
    [InlineData("logger.LogInformation(\"{P}\", printer);")]
    [InlineData("logger.LogInformation(\"{O}\", order);")]
    [InlineData("logger.LogInformation(\"{D}\", new Delivery(1, member));")]
    [InlineData("logger.LogInformation(\"{A}\", account.Mask());")]
    [InlineData("logger.LogInformation(\"{C}\", customer.Id);")]
    [InlineData("logger.LogInformation($\"Buyers {customers}\");")]
    [InlineData("logger.LogInformation(\"Buyers \" + order.Buyers);")]
    [InlineData("logger.LogInformation($\"Buyers {customers.ToDictionary(c => c.Id)}\");")]
    [InlineData("logger.LogInformation(\"{B}\", new Dictionary<Customer, int>().Count);")]
    [InlineData("logger.LogInformation(\"{H}\", customer.GetHashCode());")]
    public async Task Objects_that_print_masked_or_no_personal_information_are_not_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }

    [Fact]
    public async Task Objects_printed_into_an_exception_message_are_flagged()
    {
        var source = Body("throw new InvalidOperationException({|#0:$\"Cannot ship to {customer}\"|});");

        await Exceptions.VerifyAsync(source, Exceptions.Diagnostic("PRIV005").WithLocation(0)
            .WithArguments("Customer", "Customer.Email", "user.contact.email", "the compiler-generated ToString", "put into the message of InvalidOperationException", CompilerAdvice));
    }
}
