namespace PrivacyAnalyzers.Tool.Cli;

/// <summary>The process exit codes, documented in docs/privacy-tool.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>privacy check</c> found the code and the policy disagreeing.</summary>
    public const int CheckFailed = 1;

    /// <summary>The path does not exist or is not a solution, project or folder holding one; or the arguments are wrong.</summary>
    public const int InvalidInput = 2;

    /// <summary>No .NET SDK with MSBuild was found.</summary>
    public const int NoMSBuild = 3;

    /// <summary>Some projects did not load; the output covers the ones that did.</summary>
    public const int ProjectsFailed = 4;
}
