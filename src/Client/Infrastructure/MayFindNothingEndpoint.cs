namespace Incubator.Client.Infrastructure;

/// <summary>
/// Marks an endpoint that answers 404 without an id in its request (GET /api/social-workers/me while no record is
/// linked to the caller's account), so that the API reference lists the answer.
/// </summary>
public sealed class MayFindNothingEndpoint
{
    public static readonly MayFindNothingEndpoint Instance = new();

    private MayFindNothingEndpoint()
    {
    }
}

public static class MayFindNothingEndpointExtensions
{
    public static RouteHandlerBuilder MayFindNothing(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(MayFindNothingEndpoint.Instance);
}
