using System.IO;

namespace PrivacyAnalyzers.Tool.Cli;

/// <summary>How much the tool says on stderr.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Detailed,
}

/// <summary>
/// Progress and problems on stderr, so that stdout carries only results (the check's findings) and can be piped.
/// Errors are written at every verbosity.
/// </summary>
public sealed class ToolLog
{
    private readonly TextWriter _error;

    public ToolLog(TextWriter error, Verbosity verbosity)
    {
        _error = error;
        Verbosity = verbosity;
    }

    public Verbosity Verbosity { get; }

    public void Progress(string message)
    {
        if (Verbosity >= Verbosity.Normal)
        {
            _error.WriteLine(message);
        }
    }

    public void Detail(string message)
    {
        if (Verbosity >= Verbosity.Detailed)
        {
            _error.WriteLine(message);
        }
    }

    public void Warning(string message) => _error.WriteLine("warning: " + message);

    public void Error(string message) => _error.WriteLine("error: " + message);
}
