namespace Incubator.Client.Infrastructure;

/// <summary>Marks an endpoint that honours Idempotency-Key, for the API reference.</summary>
public sealed class IdempotentEndpoint
{
    public static readonly IdempotentEndpoint Instance = new();

    private IdempotentEndpoint()
    {
    }
}
