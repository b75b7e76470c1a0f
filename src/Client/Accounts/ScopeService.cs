using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Accounts;

/// <summary>
/// Loads a user's <see cref="UserScope"/> once per request (per DI scope) and the records whose access depends on it.
/// A Blazor circuit is one long DI scope, so there a scope is reused only briefly: geography and accounts can change.
/// Loading a scope also sets the circuit's <see cref="Infrastructure.AreaClock"/> to the user's area's zone.
/// </summary>
public sealed class ScopeService(IClusterClient cluster, TimeProvider time, Infrastructure.AreaClock? clock = null)
{
    private static readonly TimeSpan CircuitReuse = TimeSpan.FromSeconds(5);

    private (ClaimsPrincipal User, DateTimeOffset LoadedAt, UserScope Scope)? _cached;

    public async Task<UserScope> ForAsync(ClaimsPrincipal user)
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && ReferenceEquals(cached.User, user) && now - cached.LoadedAt < CircuitReuse)
        {
            return cached.Scope;
        }

        var geography = await cluster.GeographyAsync();
        Guid? ownIncubator = null;
        if (user.Role() == Roles.OrganizationRepresentative && user.ScopeId() is { } organizationId)
        {
            ownIncubator = (await cluster.GetGrain<IOrganizationGrain>(organizationId).GetAsync())?.IncubatorId;
        }

        var scope = new UserScope(user, geography, ownIncubator);
        clock?.Use(scope.TimeZoneId);
        _cached = (user, now, scope);
        return scope;
    }

    /// <summary>The organization when the user may read it; otherwise 404 naming <paramref name="field"/>, so that ids outside one's scope reveal nothing.</summary>
    public async Task<OrganizationRecord> ReadableAsync(ClaimsPrincipal user, Guid id, string field = "id")
    {
        var scope = await ForAsync(user);
        var organization = await cluster.GetGrain<IOrganizationGrain>(id).GetAsync();
        return organization is not null && scope.CanRead(organization)
            ? organization
            : throw DomainException.NoSuch(field, "organization", id);
    }

    /// <summary>The organization when the user may change it: 404 outside his scope, 403 when he may only read it.</summary>
    public async Task<OrganizationRecord> ManageableAsync(ClaimsPrincipal user, Guid id, string whatOnlyManagersDo)
    {
        var organization = await ReadableAsync(user, id);
        (await ForAsync(user)).RequireManage(organization.IncubatorId, whatOnlyManagersDo);
        return organization;
    }

    /// <summary>The organization when the user may do party-track work on it (officer of its incubator, manager, administrator).</summary>
    public async Task<OrganizationRecord> PartyWorkableAsync(ClaimsPrincipal user, Guid id)
    {
        var organization = await ReadableAsync(user, id);
        UserScope.Require((await ForAsync(user)).CanDoPartyWork(organization.IncubatorId), ErrorCodes.PartyTrackOnly);
        return organization;
    }

    /// <summary>
    /// The organization when the user may act for it (its representative, or its incubator's manager): 404 outside his scope,
    /// 403 otherwise; <paramref name="action"/> is a phrase of ErrorText ("requestsFunding").
    /// </summary>
    public async Task<OrganizationRecord> ActableForAsync(ClaimsPrincipal user, Guid id, string action, string field = "id")
    {
        var organization = await ReadableAsync(user, id, field);
        UserScope.Require((await ForAsync(user)).CanActFor(organization), ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", action));
        return organization;
    }
}
