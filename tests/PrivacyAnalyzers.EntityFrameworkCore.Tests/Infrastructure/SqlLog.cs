using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrivacyAnalyzers.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Records the SQL sent, and can interrupt the run at the n-th command (to prove that nothing is left half-done).</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly Func<string, bool>? _failAt;
    private readonly CancellationTokenSource? _cancelAt;

    public SqlLog(Func<string, bool>? failAt = null, CancellationTokenSource? cancelAt = null)
    {
        _failAt = failAt;
        _cancelAt = cancelAt;
    }

    public List<string> Commands { get; } = new();

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        Commands.Add(command.CommandText);
        if (_failAt?.Invoke(command.CommandText) == true)
        {
            if (_cancelAt is not null)
            {
                _cancelAt.Cancel();
                _cancelAt.Token.ThrowIfCancellationRequested();
            }

            throw new InvalidOperationException("Interrupted by the test at: " + command.CommandText);
        }
    }
}
