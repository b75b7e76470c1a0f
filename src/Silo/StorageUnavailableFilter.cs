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
            if (current is NpgsqlException { IsTransient: true } transient)
            {
                return transient;
            }
        }

        return null;
    }
}
