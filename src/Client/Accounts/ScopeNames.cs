using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Accounts;

/// <summary>
/// What an account's scope id names, by name: an area, an incubator or an organization. Pages show these names, never
/// the ids (an administrator cannot tell one organization's id from another's).
/// </summary>
public sealed class ScopeNames(IClusterClient cluster)
{
    public const string None = "—";

    /// <summary>A lookup for the given ids: the geography once, each organization once.</summary>
    public async Task<Func<Guid?, string>> ForAsync(IEnumerable<Guid?> scopeIds)
    {
        var geography = await cluster.GeographyAsync();
        var organizations = new Dictionary<Guid, string>();
        foreach (var id in scopeIds.OfType<Guid>().Distinct())
        {
            if (GeographyName(geography, id) is null && await cluster.GetGrain<IOrganizationGrain>(id).GetAsync() is { } organization)
            {
                organizations[id] = organization.Name;
            }
        }

        return id => id is not { } scope ? None
            : GeographyName(geography, scope) ?? (organizations.TryGetValue(scope, out var name) ? name : None);
    }

    private static string? GeographyName(GeographySnapshot geography, Guid id) =>
        geography.FindIncubator(id)?.Name ?? geography.FindArea(id)?.Name;
}
