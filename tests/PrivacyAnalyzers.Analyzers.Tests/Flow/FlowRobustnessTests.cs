using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>The flow analyzers run on code as it is typed; none may throw.</summary>
public class FlowRobustnessTests
{
    private static readonly string[] BrokenSources =
    {
        // Calls that do not bind, missing arguments, unknown loggers and half-typed interpolations.
        """
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        namespace Shop;
        public partial class Account { [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Phone { get; set; } }
        class A
        {
            void M(ILogger logger, Account account, Unknown unknown)
            {
                logger.LogInformation(;
                logger.LogInformation($"{account.Phone", account.);
                logger.LogWarning("{P}", account.Phone, unknown.Value, Missing());
                Console.WriteLine(account.Phone
                var x = account.Phone + ;
                x = x.Substring(;
                throw new InvalidOperationException($"{account.Phone}" +);
            }
        }
        """,
        // Self-referencing locals, recursive local functions and lambdas, deconstruction of the wrong shape.
        """
        using System;
        using System.Text;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        public partial record Person([property: PersonalInfo("user.name")] string Name, Person? Manager)
        {
            public override string ToString() => Name + Manager;
        }
        public record Loop(Loop Next, [property: PersonalInfo("user.name")] string Name);
        class B
        {
            void M(ILogger logger, Person person, Loop loop)
            {
                var a = a + person.Name;
                string Recurse(int n) => n == 0 ? person.Name : Recurse(n - 1);
                Func<string> f = null!;
                f = () => f() + person.Name;
                var (x, y, z) = (person.Name, 1);
                var sb = new StringBuilder();
                sb.Append(sb).Append(person.Name).Append(sb.ToString());
                logger.LogInformation(a + Recurse(3) + f() + x + sb);
                logger.LogInformation("{P} {L}", person, loop);
                var e = new Exception();
                e.Data[person.Name] = e.Data;
                e.Data.Add();
            }
        }
        """,
        // Attributes that do not bind, wrong sanitizer use, error types as collections.
        """
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        [PersonalInfo] public class C { [PersonalInfo(42)] public Missing? M { get; set; } public List<Missing> L { get; } = new(); }
        public static class S { [Sanitizer(1)] public static string Clean(string s) => s; [return: PersonalInfo] public static string Dirty() => ""; }
        class D
        {
            void M(C c, System.Diagnostics.Activity activity)
            {
                System.Console.WriteLine(c.M + S.Clean(S.Dirty()) + c.L);
                activity.SetTag("x", c);
                System.Diagnostics.Debug.WriteLine(c.L[0].Value);
                throw new System.Exception(message: S.Dirty(), innerException: );
            }
        }
        """,
        // Reads in loops that depend on themselves, half-typed switch sections, labels without targets.
        """
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        class E
        {
            void M(ILogger logger, [PersonalInfo("user.name")] string name, int n)
            {
                var a = name; var b = a;
                while (n-- > 0) { a = b; b = a + a; logger.LogInformation(a); b = Masking.Full(b); }
                switch (n) { case 1: var c = name; logger.LogInformation(c); c = ; case 2: logger.LogInformation(c); default }
                name = name;
                goto missing;
                logger.LogInformation(name
            }
        }
        """,
        // Control flow the reaching-definitions analysis walks: exception regions, jumps, half-typed loops and
        // initializers, locals written in local functions and lambdas, ref locals.
        """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        class F
        {
            private static readonly ILogger Logger = null!;
            private readonly Action _log = () => { var p = Phone(); Logger.LogInformation(p); };
            private string _field = Phone() + Logger.LogInformation(Phone());
            [return: PersonalInfo("user.contact.phone_number")] static string Phone() => "";
            F(string phone = Phone()) : this(phone.Length) { Logger.LogInformation(phone); }
            F(int n) { }
            string Shown => (Logger.LogInformation(Phone()), "").Item2;
            void M(ILogger logger, [PersonalInfo("user.name")] string name, List<string> names, bool flag)
            {
                var a = name;
                try { a = Masking.Full(a); throw; } catch (Exception e) when (e.Message == a) { a = name; } catch { goto after; } finally { a = ; }
                after:
                logger.LogInformation(a);
                foreach (var (x, y) in names) { a += x; continue; break; }
                for (;;) { if (flag) break; a = name; }
                using (var d = (IDisposable)null) { a = name; }
                ref var r = ref a; r = name; logger.LogInformation(a);
                void Write() => a = name;
                Action w = () => { a = name; logger.LogInformation(a); };
                Write(); w();
                logger.LogInformation(a ??= name);
                lock (a) { yield return a; }
                switch (a) { case string s when s.Length > 0: logger.LogInformation(s); break; case : }
                goto case 3;
                logger.LogInformation(a);
            }
        }
        """,
        // Data classifications that do not bind or have no usable constructor, on records, parameters and [LoggerMessage] methods.
        """
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Logging;
        public sealed class PrivateDataAttribute : DataClassificationAttribute { }
        public record Contact([PrivateData] string Phone, [Missing] string Other, [NoDataClassification(1)] string Theme);
        static partial class G
        {
            [LoggerMessage(Message = "{Phone}")] static partial void Logged(ILogger logger, [PrivateData] string phone, [DataClassification] string other);
            static void M(ILogger logger, Contact contact) { Logged(logger, contact.Phone, contact.Other); Logged(logger, contact.); logger.LogInformation(contact.Phone + contact.Theme); }
        }
        """,
        // Top-level statements and garbage.
        """
        using PrivacyAnalyzers;
        System.Console.WriteLine(new Shop.Account().Phone);
        [PersonalInfo("x")] string Local() => "";
        System.Console.WriteLine(Local());
        """,
        "}}}{{{ Console.WriteLine($\"{ [[[ PersonalInfo( \"",
    };

    /// <summary>
    /// Helpers the method summaries read: calls that do not bind, half-typed helpers, recursion through broken code,
    /// properties whose getter does not compile, and a file of 5,000 methods each calling the next.
    /// </summary>
    private static readonly string[] BrokenHelperSources =
    {
        """
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;
        namespace Shop;
        public partial class Account { [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Phone { get; set; } public string Shown => Phone + ; }
        static class Helpers
        {
            public static string? Unbound(Account a) => Missing(a.Phone);
            public static string? Half(Account a) { var p = a.Phone; return p.; }
            public static void Write(ILogger logger, string? value) { logger.LogInformation(value); logger.LogWarning(value, Unknown.Value); }
            public static string? Self(Account a, int n) => n == 0 ? a.Phone : Self(a, );
            public static string? Other(Account a) => Self(a, 1) ?? Unbound(a) ?? Half(a);
            public static string Extension(this Account a) => a.Phone + Helpers.;
        }
        class Service
        {
            void Run(ILogger logger, Account account)
            {
                logger.LogInformation(Helpers.Other(account) + account.Shown + account.Extension());
                Helpers.Write(logger, account.Phone);
                Helpers.Write(logger, Helpers.Missing(account));
                Helpers.Write(logger, );
                Undeclared(logger, account.Phone);
            }
        }
        """,
        ChainOfMethods(5000),
    };

    private static string ChainOfMethods(int count)
    {
        var source = new System.Text.StringBuilder("using Microsoft.Extensions.Logging;\nnamespace Shop;\npublic class Chain\n{\n");
        for (var i = 0; i < count - 1; i++)
        {
            source.Append("    public string? M").Append(i).Append("(Account a, ILogger logger) { logger.LogInformation(\"{I}\", ").Append(i).Append("); return M").Append(i + 1).Append("(a, logger); }\n");
        }

        source.Append("    public string? M").Append(count - 1).Append("(Account a, ILogger logger) => a.Phone;\n");
        source.Append("    public void Log(ILogger logger, Account a) => logger.LogInformation(M0(a, logger) + M2500(a, logger) + M4990(a, logger));\n}\n");
        return source.ToString();
    }

    [Fact]
    public async Task Flow_analyzers_do_not_throw_on_broken_or_half_typed_code()
    {
        var diagnostics = await AnalyzeAsync("Broken", BrokenSources);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PRIV001");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PRIV003");
    }

    [Fact]
    public async Task Method_summaries_do_not_throw_on_unbound_calls_half_typed_helpers_or_a_5000_method_file()
    {
        var diagnostics = await AnalyzeAsync("BrokenHelpers", BrokenHelperSources);

        var logged = diagnostics.Where(diagnostic => diagnostic.Id == "PRIV001").Select(diagnostic => diagnostic.Location.GetLineSpan().Path + ": " + diagnostic.GetMessage()).ToList();

        // The helper that logs its parameter is found through its summary, broken as the code around it is.
        Assert.Contains(logged, message => message.Contains("passed to Helpers.Write(value)", StringComparison.Ordinal));
        // The end of the chain is within reach of the methods near it.
        Assert.Contains(logged, message => message.StartsWith("Broken1.cs", StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string assemblyName, string[] sources)
    {
        var references = await FlowVerifier<LogSinkAnalyzer>.WithLibraries.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Broken{index}.cs")),
            references.Add(TestReferences.Runtime).AddRange(FlowVerifier<LogSinkAnalyzer>.Compliance),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LogSinkAnalyzer(), new ExceptionSinkAnalyzer(), new PersonalReturnAnalyzer());

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Contains(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        // Broken as it is, each batch still has leaks the rules see.
        return diagnostics;
    }
}
