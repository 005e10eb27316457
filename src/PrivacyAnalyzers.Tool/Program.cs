using System.Threading.Tasks;
using PrivacyAnalyzers.Tool.Cli;

namespace PrivacyAnalyzers.Tool;

internal static class Program
{
    private static Task<int> Main(string[] args) => PrivacyCommand.RunAsync(args, System.Console.Out, System.Console.Error);
}
