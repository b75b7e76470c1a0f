using Incubator.Common;
using Npgsql;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Failures that say "not now" rather than "wrong": the cluster is moving grains off a silo that died, the Client lost its
/// gateway, or PostgreSQL is restarting. A retry a moment later succeeds, so they answer 503 with Retry-After instead of 500.
/// </summary>
public static class TransientFailure
{
    /// <summary>Seconds a client should wait before retrying: about one membership probe round (see OrleansSetup).</summary>
    public const int RetryAfterSeconds = 2;

    public static bool Is(Exception exception)
    {
        // Orleans and Npgsql wrap the cause now and then (AggregateException, a storage exception around the driver's).
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsOne(current))
            {
                return true;
            }

            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate && aggregate.InnerExceptions.All(Is))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOne(Exception exception) => exception switch
    {
        // The target silo is dead or being declared dead; SiloUnavailableException is one of these.
        OrleansMessageRejectionException => true,
        // No gateway connection (all gateways the Client knew are gone, or it is reconnecting).
        ConnectionFailedException => true,
        GatewayTooBusyException => true,
        // A grain call that got no answer within the response timeout, typically sent to a silo that died meanwhile.
        TimeoutException => true,
        // Right after a failover a grain may briefly be active twice; the stale activation's write is refused and it
        // deactivates, so the retry reads the current state.
        InconsistentStateException => true,
        // PostgreSQL unreachable for a moment: inside a grain (the silo's StorageUnavailableFilter), or here (connection
        // refused or reset, server shutting down 57P01, too many connections).
        StorageUnavailableException => true,
        PostgresException { SqlState: ['5', '7', ..] or ['0', '8', ..] or ['5', '3', ..] } => true,
        PostgresException { IsTransient: true } => true,
        NpgsqlException and not PostgresException => true,
        // A silo failed on the database while activating a grain (before any call filter could translate it), and
        // Orleans could not carry Npgsql's exception back: the only trace left is the codec's complaint.
        Orleans.Serialization.CodecNotFoundException codec when codec.Message.Contains("Npgsql.", StringComparison.Ordinal) => true,
        _ => false,
    };
}
