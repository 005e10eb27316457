using System;
using System.Linq;
using Microsoft.Build.Locator;

namespace PrivacyAnalyzers.Tool.Loading;

/// <summary>Finds the .NET SDK whose MSBuild loads the projects, once per process.</summary>
public static class MSBuildEnvironment
{
    private const string NotFound = "No .NET SDK with MSBuild was found. Install the .NET SDK, or set DOTNET_ROOT to the folder that holds it.";

    private static readonly object Gate = new();

    /// <summary>Registers the newest SDK found; <c>null</c> on success, else why it failed.</summary>
    public static string? EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return null;
            }

            VisualStudioInstance? instance;
            try
            {
                instance = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).FirstOrDefault();
            }
            catch (InvalidOperationException exception)
            {
                // The host resolver throws, rather than returning nothing, when the installation has no SDK at all.
                return NotFound + " (" + exception.Message + ")";
            }

            if (instance is null)
            {
                return NotFound;
            }

            MSBuildLocator.RegisterInstance(instance);
            return null;
        }
    }
}
