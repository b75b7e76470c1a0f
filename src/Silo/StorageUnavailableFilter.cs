using Incubator.Common;
using Npgsql;

namespace Incubator.Silo;

/// <summary>
/// Turns a transient database failure inside a grain call into <see cref="StorageUnavailableException"/>. Npgsql's
/// exceptions have no Orleans codec: sent back as they are, the caller got a CodecNotFoundException and answered 500
/// while PostgreSQL restarted (bench/p8-failover.sh). Registered before the logging filter, which still logs the original.
/// </summary>
public sealed class StorageUnavailableFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (TransientDatabaseFailure(e) is { } cause)
        {
            throw new StorageUnavailableException(cause.Message);
        }
    }

    private static NpgsqlException? TransientDatabaseFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // Npgsql's IsTransient leaves out a server shutting down (57P01 admin_shutdown, 57P02, 57P03) and a connection
            // cut mid-read: both are what a PostgreSQL restart looks like. Class 08 is connection failures, 53 resources.
            if (current is PostgresException { SqlState: ['5', '7', ..] or ['0', '8', ..] or ['5', '3', ..] } or PostgresException { IsTransient: true })
            {
                return (NpgsqlException)current;
            }

            if (current is NpgsqlException npgsql and not PostgresException)
            {
                return npgsql;
            }
        }

        return null;
    }
}
