using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of its own for the test run: Debian's binaries (installed with apt-get when missing), a cluster
/// made by initdb in a temporary folder, listening on a free loopback port with its socket in that folder, run as an
/// unprivileged user when the tests run as root (postgres refuses root). Stopped and deleted when the tests end.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _root;
    private readonly string _data;
    private readonly string _binaries;
    private readonly string? _runAs;
    private int _databases;

    public PostgresServer()
    {
        _binaries = FindBinaries() ?? Install();
        _root = Path.Combine(Path.GetTempPath(), "privacy-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _data = Path.Combine(_root, "data");
        var socket = Path.Combine(_root, "socket");
        Directory.CreateDirectory(socket);
        _runAs = Environment.UserName == "root" ? UnprivilegedUser() : null;
        if (_runAs is not null)
        {
            Run("chown", "-R", _runAs, _root);
        }

        Port = FreePort();
        RunPostgres("initdb", "-D", _data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");
        RunPostgres(
            "pg_ctl", "-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {socket} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start");
    }

    public int Port { get; }

    /// <summary>A connection string to a database that does not exist yet (EnsureCreated makes it).</summary>
    public string NewDatabase()
        => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=privacy_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}";

    public void Dispose()
    {
        try
        {
            RunPostgres("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(directory, "initdb");
            if (File.Exists(initdb) && File.Exists(Path.Combine(directory, "pg_ctl")))
            {
                return Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb);
            }
        }

        const string Debian = "/usr/lib/postgresql";
        return Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static string Install()
    {
        SystemPackages.EnsureInstalledAsync("postgresql", () => FindBinaries() is not null).GetAwaiter().GetResult();
        return FindBinaries()!;
    }

    private static string UnprivilegedUser()
        => Run("id", "-u", "postgres").ExitCode == 0 ? "postgres" : "nobody";

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void RunPostgres(string program, params string[] arguments)
    {
        var path = Path.Combine(_binaries, program);
        var result = _runAs is null ? Run(path, arguments) : Run("runuser", ["-u", _runAs, "--", path, .. arguments]);
        if (result.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            throw new InvalidOperationException(
                $"{program} failed ({result.ExitCode}): {result.Output}" + (File.Exists(log) ? Environment.NewLine + File.ReadAllText(log) : string.Empty));
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
