using Microsoft.CodeAnalysis.Testing;
using Verify = PrivacyAnalyzers.Analyzers.Tests.Flow.FlowVerifier<PrivacyAnalyzers.Analyzers.Flow.LogSinkAnalyzer>;

namespace PrivacyAnalyzers.Analyzers.Tests.Flow;

/// <summary>How personal values travel inside a method to a log call: each kind flagged, and silent when the value is plain.</summary>
public class PropagationTests
{
    private static DiagnosticResult Logged(string member, string category, string sink = "ILogger.LogInformation", int location = 0)
        => Verify.Diagnostic("PRIV001").WithLocation(location).WithArguments(member, category, "written to a log by " + sink);

    private static DiagnosticResult PhoneLogged(int location = 0) => Logged("Account.PhoneNumber", "user.contact.phone_number", location: location);

    private static DiagnosticResult EmailLogged(int location = 0) => Logged("Account.Email", "user.contact.email", location: location);

    private static string Body(string body, string members = "") => """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        namespace Shop;
        partial class Service
        {
            async Task Run(ILogger logger, Account account, bool flag)
            {
        """ + body + """

                await Task.CompletedTask;
            }
        """ + members + """

        }
        """;

    [Theory]
    // Locals and assignments, flow-insensitive: the assignment may come after the first copy.
    [InlineData("var phone = account.PhoneNumber; var copy = phone; logger.LogInformation({|#0:copy|});")]
    [InlineData("string? phone; phone = account.PhoneNumber; logger.LogInformation({|#0:phone|});")]
    [InlineData("var text = \"a\"; text += account.PhoneNumber; logger.LogInformation({|#0:text|});")]
    // Interpolation and concatenation.
    [InlineData("logger.LogInformation({|#0:$\"Phone {account.PhoneNumber}\"|});")]
    [InlineData("logger.LogInformation({|#0:\"Phone \" + account.PhoneNumber + \".\"|});")]
    [InlineData("FormattableString text = $\"{account.PhoneNumber}\"; logger.LogInformation({|#0:text.ToString()|});")]
    // string.Format, Concat, Join.
    [InlineData("logger.LogInformation({|#0:string.Format(\"{0}\", account.PhoneNumber)|});")]
    [InlineData("logger.LogInformation({|#0:string.Concat(\"p\", account.PhoneNumber)|});")]
    [InlineData("logger.LogInformation({|#0:string.Join(\",\", account.Nickname, account.PhoneNumber)|});")]
    // StringBuilder.
    [InlineData("var sb = new StringBuilder(); sb.Append(\"p=\").Append(account.PhoneNumber); logger.LogInformation({|#0:sb.ToString()|});")]
    [InlineData("var sb = new StringBuilder(); sb.AppendFormat(\"{0}\", account.PhoneNumber); logger.LogInformation({|#0:sb.ToString()|});")]
    [InlineData("var sb = new StringBuilder(account.PhoneNumber); logger.LogInformation({|#0:sb.ToString()|});")]
    [InlineData("var sb = new StringBuilder(); sb.Append($\"p={account.PhoneNumber}\"); logger.LogInformation({|#0:sb.ToString()|});")]
    // ToString and string methods.
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber!.Trim().ToUpperInvariant()|});")]
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber!.Substring(0, 3)|});")]
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber!.Replace(\"-\", \"\").PadLeft(11)|});")]
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber?.ToLowerInvariant()|});")]
    // Conditional, null-coalescing and switch expressions.
    [InlineData("logger.LogInformation({|#0:account.PhoneNumber ?? \"none\"|});")]
    [InlineData("logger.LogInformation({|#0:flag ? account.PhoneNumber : \"hidden\"|});")]
    [InlineData("logger.LogInformation({|#0:flag switch { true => account.PhoneNumber, false => \"-\" }|});")]
    // Tuples and anonymous objects.
    [InlineData("var pair = (account.PhoneNumber, account.Id); logger.LogInformation(\"{P}\", {|#0:pair|});")]
    [InlineData("var pair = (Phone: account.PhoneNumber, account.Id); logger.LogInformation({|#0:pair.Phone|});")]
    [InlineData("var (phone, id) = (account.PhoneNumber, account.Id); logger.LogInformation({|#0:phone|});")]
    [InlineData("logger.LogInformation(\"{A}\", {|#0:new { account.Id, account.PhoneNumber }|});")]
    // Collection and object initializers, collections and element access.
    [InlineData("var list = new List<string?> { account.PhoneNumber }; logger.LogInformation(\"{L}\", {|#0:list|});")]
    [InlineData("var list = new List<string?>(); list.Add(account.PhoneNumber); logger.LogInformation({|#0:list[0]|});")]
    [InlineData("var items = new[] { account.PhoneNumber }; logger.LogInformation({|#0:items[0]|});")]
    [InlineData("var map = new Dictionary<string, string?> { [\"p\"] = account.PhoneNumber }; logger.LogInformation({|#0:map[\"p\"]|});")]
    [InlineData("var map = new Dictionary<int, string?> { { 1, account.PhoneNumber } }; map.TryGetValue(1, out var found); logger.LogInformation({|#0:found|});")]
    [InlineData("var phones = new List<Account> { account }.Select(a => a.PhoneNumber); logger.LogInformation({|#0:string.Join(\",\", phones)|});")]
    [InlineData("foreach (var phone in new[] { account.PhoneNumber }) { logger.LogInformation({|#0:phone|}); }")]
    [InlineData("var note = new Note { Text = account.PhoneNumber }; logger.LogInformation(\"{N}\", {|#0:note|});")]
    [InlineData("var note = new Note(); note.Text = account.PhoneNumber; logger.LogInformation(\"{N}\", {|#0:note|});")]
    [InlineData("List<string?> list = [account.Nickname, account.PhoneNumber]; logger.LogInformation(\"{L}\", {|#0:list|});")]
    // Pattern variables.
    [InlineData("if (account.PhoneNumber is string phone) { logger.LogInformation({|#0:phone|}); }")]
    // await.
    [InlineData("logger.LogInformation({|#0:await Task.FromResult(account.PhoneNumber)|});")]
    // Lambdas and local functions capturing the value.
    [InlineData("Func<string?> read = () => account.PhoneNumber; logger.LogInformation({|#0:read()|});")]
    [InlineData("string? Read() => account.PhoneNumber; logger.LogInformation({|#0:Read()|});")]
    [InlineData("var phone = account.PhoneNumber; Action write = () => logger.LogInformation({|#0:phone|}); write();")]
    // Unkeyed hashes are not sanitizers.
    [InlineData("logger.LogInformation({|#0:Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(account.PhoneNumber!)))|});")]
    [InlineData("logger.LogInformation(\"{H}\", {|#0:account.PhoneNumber!.GetHashCode()|});")]
    public async Task Personal_value_reaching_a_log_through_the_method_is_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body, "class Note { public string? Text { get; set; } }"), PhoneLogged());
    }

    [Theory]
    [InlineData("var name = account.Nickname; logger.LogInformation(name);")]
    [InlineData("logger.LogInformation($\"Account {account.Id} {account.Nickname}\");")]
    [InlineData("var sb = new StringBuilder(); sb.Append(account.Id); logger.LogInformation(sb.ToString());")]
    [InlineData("var pair = (account.Nickname, account.Id); logger.LogInformation(\"{P}\", pair);")]
    [InlineData("var pair = (account.PhoneNumber, account.Id); logger.LogInformation(\"{Id}\", pair.Id);")]
    [InlineData("var copy = new Account(); copy.PhoneNumber = account.PhoneNumber; logger.LogInformation(\"{A}\", copy);")]
    [InlineData("var list = new List<string?> { account.Nickname }; logger.LogInformation(\"{L}\", list);")]
    [InlineData("Func<string?> read = () => account.Nickname; logger.LogInformation(read());")]
    [InlineData("string? Read() => account.Nickname; logger.LogInformation(Read());")]
    [InlineData("logger.LogInformation(\"Account \" + account.Id + \" \" + account.Nickname);")]
    [InlineData("logger.LogInformation(string.Format(\"{0}\", account.Nickname) + string.Join(\",\", account.Id, account.Nickname));")]
    [InlineData("logger.LogInformation(flag ? account.Nickname : account.Nickname ?? \"-\");")]
    [InlineData("logger.LogInformation(await Task.FromResult(account.Nickname));")]
    [InlineData("logger.LogInformation(\"{A}\", new { account.Id, account.Nickname });")]
    [InlineData("foreach (var name in new[] { account.Nickname }) { logger.LogInformation(name); }")]
    [InlineData("var map = new Dictionary<int, string?> { { 1, account.Nickname } }; map.TryGetValue(1, out var found); logger.LogInformation(found);")]
    [InlineData("List<string?> list = [account.Nickname]; logger.LogInformation(\"{L}\", list);")]
    [InlineData("if (account.Nickname is string name) { logger.LogInformation(name); }")]
    // Non-text results of personal values.
    [InlineData("logger.LogInformation(\"{L}\", account.PhoneNumber!.Length);")]
    [InlineData("logger.LogInformation(\"{S}\", account.Email == \"a@b.c\");")]
    [InlineData("logger.LogInformation(\"{S}\", !string.IsNullOrEmpty(account.PhoneNumber));")]
    [InlineData("logger.LogInformation(\"{S}\", account.PhoneNumber!.StartsWith(\"+86\"));")]
    [InlineData("var count = account.PhoneNumber!.Count(char.IsDigit); logger.LogInformation(\"{C}\", count);")]
    [InlineData("logger.LogInformation($\"Has phone: {account.PhoneNumber is not null}\");")]
    public async Task Plain_values_and_non_text_results_are_not_flagged(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }

    [Theory]
    // The write after the read does not reach it.
    [InlineData("var text = \"start\"; logger.LogInformation(text); text = account.PhoneNumber;")]
    [InlineData("var text = account.PhoneNumber; text = \"reset\"; logger.LogInformation(text);")]
    public async Task A_local_read_sees_only_the_writes_that_reach_it(string body)
    {
        await Verify.VerifyAsync(Body(body));
    }

    [Theory]
    // A write on one branch reaches the read after the if.
    [InlineData("var text = \"start\"; if (flag) { text = account.PhoneNumber; } logger.LogInformation({|#0:text|});")]
    // A write later in a loop reaches the read in the next iteration.
    [InlineData("var text = \"start\"; for (var i = 0; i < 2; i++) { logger.LogInformation({|#0:text|}); text = account.PhoneNumber; }")]
    // A lambda may run after any write.
    [InlineData("var text = \"start\"; Action write = () => logger.LogInformation({|#0:text|}); text = account.PhoneNumber; write();")]
    // A mask on one branch only leaves the value personal on the other.
    [InlineData("var text = account.PhoneNumber; if (flag) { text = Masking.MobilePhone(text); } logger.LogInformation({|#0:text|});")]
    // A jump back with goto carries the later write to the read.
    [InlineData("var text = \"start\"; again: logger.LogInformation({|#0:text|}); text = account.PhoneNumber; if (flag) goto again;")]
    // A loop that may run zero times leaves the value as it was.
    [InlineData("var text = account.PhoneNumber; while (flag) { text = Masking.MobilePhone(text); } logger.LogInformation({|#0:text|});")]
    // A goto that jumps over the mask.
    [InlineData("var text = account.PhoneNumber; if (flag) goto done; text = Masking.MobilePhone(text); done: logger.LogInformation({|#0:text|});")]
    // A switch without default, and an if/else if without else, each leave one path unmasked.
    [InlineData("var text = account.PhoneNumber; switch (account.Id) { case 1: text = Masking.MobilePhone(text); break; case 2: text = \"-\"; break; } logger.LogInformation({|#0:text|});")]
    [InlineData("var text = account.PhoneNumber; if (flag) { text = Masking.MobilePhone(text); } else if (account.Id > 1) { text = \"-\"; } logger.LogInformation({|#0:text|});")]
    // An exception may leave the try block before the mask, and the catch swallows it.
    [InlineData("var text = account.PhoneNumber; try { text = Masking.MobilePhone(text); } catch (InvalidOperationException) { } logger.LogInformation({|#0:text|});")]
    // A write in a finally block runs on every way out of the try block.
    [InlineData("var text = \"start\"; try { text = \"-\"; } finally { text = account.PhoneNumber; } logger.LogInformation({|#0:text|});")]
    // A parameter keeps the value it came in with on the path that does not replace it.
    [InlineData("Describe(logger, account.Id, \"x\");", "void Describe(ILogger logger, int id, [PersonalInfo(DataCategory.Contact.PhoneNumber)] string phone) { if (id > 0) { phone = Masking.MobilePhone(phone); } logger.LogInformation({|#0:phone|}); }")]
    public async Task Writes_on_branches_in_loops_and_in_lambdas_reach_the_read(string body, string members = "")
    {
        var expected = members.Length == 0 ? PhoneLogged() : Logged("phone", "user.contact.phone_number");
        await Verify.VerifyAsync(Body(body, members), expected);
    }

    [Theory]
    // Masked on every path of an if/else, a switch, a conditional, or a loop that runs at least once.
    [InlineData("var text = account.PhoneNumber; if (flag) { text = Masking.MobilePhone(text); } else { text = Masking.MobilePhone(text); } logger.LogInformation(text);")]
    [InlineData("var text = account.PhoneNumber; if (flag) { text = Masking.MobilePhone(text); } else { text = \"-\"; } logger.LogInformation(\"{T}\", text.Trim());")]
    [InlineData("var text = account.PhoneNumber; switch (account.Id) { case 1: text = Masking.MobilePhone(text); break; default: text = \"-\"; break; } logger.LogInformation(text);")]
    [InlineData("var text = account.PhoneNumber; text = flag ? Masking.MobilePhone(text) : \"-\"; logger.LogInformation(text);")]
    [InlineData("var text = account.PhoneNumber; do { text = Masking.MobilePhone(text); } while (flag); logger.LogInformation(text);")]
    // The unmasked path leaves the method; the mask in the try block runs before the read.
    [InlineData("var text = account.PhoneNumber; if (!flag) { text = Masking.MobilePhone(text); } else { return; } logger.LogInformation(text);")]
    [InlineData("var text = account.PhoneNumber; try { text = Masking.MobilePhone(text); } finally { logger.LogInformation(\"done\"); } logger.LogInformation(text);")]
    // A personal value on one branch that does not reach the read.
    [InlineData("var text = \"start\"; if (flag) { text = account.PhoneNumber; logger.LogInformation({|#0:text|}); text = \"-\"; } logger.LogInformation(text);")]
    // A masked object's members are masked on every path too.
    [InlineData("var copy = account; if (flag) { copy = account.Mask(); } else { copy = account.Mask(); } logger.LogInformation(copy.PhoneNumber);")]
    // A parameter replaced on every path no longer holds the value it came in with.
    [InlineData("Describe(logger, account.Id, \"x\");", "void Describe(ILogger logger, int id, [PersonalInfo(DataCategory.Contact.PhoneNumber)] string phone) { if (id > 0) { phone = Masking.MobilePhone(phone); } else { phone = \"-\"; } logger.LogInformation(phone); }")]
    public async Task Writes_on_every_path_replace_the_value(string body, string members = "")
    {
        var expected = body.Contains("{|#0:", StringComparison.Ordinal) ? new[] { PhoneLogged() } : Array.Empty<DiagnosticResult>();
        await Verify.VerifyAsync(Body(body, members), expected);
    }

    [Fact]
    public async Task A_personal_value_of_another_type_is_flagged_when_read_directly()
    {
        await Verify.VerifyAsync(
            Body("logger.LogInformation(\"{Age}\", {|#0:account.Age|});"),
            Logged("Account.Age", "user.demographic.age"));
    }

    [Fact]
    public async Task Personal_parameters_returns_and_out_parameters_are_sources()
    {
        var source = Body(
            """
                    Describe(logger, "x");
                    logger.LogInformation({|#0:FindEmail()|});
                    logger.LogInformation({|#1:await FindEmailAsync()|});
                    TryFind(out var email);
                    logger.LogInformation({|#2:email|});
            """,
            """
                void Describe(ILogger logger, [PersonalInfo(DataCategory.Contact.Email)] string email)
                    => logger.LogInformation({|#3:email|});

                [return: PersonalInfo(DataCategory.Contact.Email)]
                string FindEmail() => "";

                [return: PersonalInfo(DataCategory.Contact.Email)]
                Task<string> FindEmailAsync() => Task.FromResult("");

                void TryFind([PersonalInfo(DataCategory.Contact.Email)] out string email) => email = "";
            """);

        await Verify.VerifyAsync(
            source,
            Logged("Service.FindEmail", "user.contact.email", location: 0),
            Logged("Service.FindEmailAsync", "user.contact.email", location: 1),
            Logged("email", "user.contact.email", location: 2),
            Logged("email", "user.contact.email", location: 3));
    }

    [Fact]
    public async Task Public_members_of_a_type_marked_as_a_whole_are_personal()
    {
        var source = Body("var address = new Address(); logger.LogInformation({|#0:address.Street|}); logger.LogInformation(address.Note);");

        await Verify.VerifyAsync(source, Logged("Address.Street", "user.contact.address"));
    }
}
