using Incubator.Inbox;

namespace Incubator.Client.Inbox;

/// <summary>What needs a manager or party-building officer now: reviews, checkpoints, hand-offs, applications, duplicate support.</summary>
public sealed class InboxService(IClusterClient cluster, IMapper mapper, ScopeService scopes, Needs.NeedsService needs)
{
    /// <summary>Managers see their incubator's items; party-building officers the checkpoints; administrators everything.</summary>
    public async Task<IReadOnlyList<InboxItemDto>> InboxAsync(ClaimsPrincipal user)
    {
        InboxAudience? audience = user.Role() switch
        {
            Roles.IncubatorManager => InboxAudience.Manager,
            Roles.PartyBuildingOfficer => InboxAudience.PartyBuildingOfficer,
            Roles.Administrator => null,
            _ => InboxAudience.Manager,
        };
        // Escalated needs (subdistrict managers, district leaders) and proposals waiting for an answer (representatives,
        // social workers) are read from the needs' own rows.
        var needItems = await needs.InboxItemsAsync(user);
        if (user.Role() is not (Roles.IncubatorManager or Roles.PartyBuildingOfficer or Roles.Administrator))
        {
            return needItems;
        }

        var incubators = (await scopes.ForAsync(user)).VisibleIncubators;
        var items = await cluster.GetGrain<IInboxGrain>(0).OpenItemsAsync(incubators, audience);
        return [.. mapper.Map<IReadOnlyList<InboxItemDto>>(items), .. needItems];
    }
}
