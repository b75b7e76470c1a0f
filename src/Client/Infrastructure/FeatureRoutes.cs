namespace Incubator.Client.Infrastructure;

/// <summary>
/// How a feature declares its endpoints. A handler that only forwards to the feature's service is written in the
/// route table itself, so the route, its handler and its summary read as one line; named handlers are kept for
/// endpoints that do more than forward.
/// </summary>
public static class FeatureRoutes
{
    /// <summary>A feature's group: tagged for the API reference and open to signed-in users only; finer rules are the scope's.</summary>
    public static RouteGroupBuilder MapFeature(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).RequireAuthorization();

    /// <summary>201 Created with the address of what was made.</summary>
    public static async Task<Created<T>> CreatedAt<T>(this Task<T> creating, Func<T, string> location)
    {
        var created = await creating;
        return TypedResults.Created(location(created), created);
    }
}
