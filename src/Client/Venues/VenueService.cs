using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Venues;

namespace Incubator.Client.Venues;

/// <summary>
/// Spaces as a signed-in user may see and manage them; the API and the web UI both go through here. A user sees the spaces of
/// the incubators he sees (a representative: his organization's incubator) plus the spaces shared with their districts; the
/// incubator's manager or an administrator creates and changes them.
/// </summary>
public sealed class VenueService(IClusterClient cluster, IMapper mapper, ScopeService scopes)
{
    public const double DefaultIdleThreshold = 0.2;
    public const int IdleWindowDays = 28;

    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    public async Task<IReadOnlyList<SpaceDto>> ListAsync(ClaimsPrincipal user, Guid? incubatorId)
    {
        var spaces = await ReadableSpacesAsync(user);
        if (incubatorId is { } id)
        {
            spaces = spaces.Where(s => s.IncubatorId == id).ToArray();
        }

        return mapper.Map<IReadOnlyList<SpaceDto>>(spaces);
    }

    public async Task<SpaceDto> GetAsync(ClaimsPrincipal user, Guid id) => mapper.Map<SpaceDto>(await ReadableAsync(user, id));

    public async Task<SpaceDto> CreateAsync(ClaimsPrincipal user, SpaceRequest request)
    {
        // Rights before the body's own rules: a caller who may not create here learns nothing about his input.
        var scope = await scopes.ForAsync(user);
        if (request.IncubatorId is { } incubatorId)
        {
            scope.RequireIncubatorToCreateAt(incubatorId, "addsSpaces");
        }

        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        scope.RequireIncubatorToCreateAt(command.IncubatorId, "addsSpaces");

        return mapper.Map<SpaceDto>(await cluster.GetGrain<ISpaceGrain>(Guid.NewGuid()).CreateAsync(command, user.Actor()));
    }

    public async Task<SpaceDto> UpdateAsync(ClaimsPrincipal user, Guid id, SpaceRequest request)
    {
        var space = await ManageableAsync(user, id, "changesSpaces");
        var (command, errors) = (request with { IncubatorId = request.IncubatorId ?? space.IncubatorId }).ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<SpaceDto>(await cluster.GetGrain<ISpaceGrain>(id).UpdateAsync(command, user.Actor()));
    }

    /// <summary>Every space of the incubator, per week (from Monday) or per calendar month, for <paramref name="periods"/> periods from <paramref name="from"/>.</summary>
    public async Task<IReadOnlyList<UtilizationRow>> UtilizationAsync(ClaimsPrincipal user, Guid incubatorId, UtilizationPeriod period, DateOnly from, int periods)
    {
        if (periods is < 1 or > 24)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("periods", 1, 24));
        }

        var spaces = await IncubatorSpacesAsync(user, incubatorId);
        var start = period == UtilizationPeriod.Week ? VenueTime.WeekStart(from) : new DateOnly(from.Year, from.Month, 1);
        var bounds = Enumerable.Range(0, periods)
            .Select(i => period == UtilizationPeriod.Week ? (start.AddDays(7 * i), start.AddDays(7 * (i + 1))) : (start.AddMonths(i), start.AddMonths(i + 1)))
            .ToArray();
        var rows = new List<UtilizationRow>();
        foreach (var space in spaces)
        {
            var dto = mapper.Map<SpaceDto>(space);
            foreach (var (periodFrom, periodTo) in bounds)
            {
                var usage = await cluster.GetGrain<ISpaceGrain>(space.Id).GetUsageAsync(periodFrom, periodTo);
                rows.Add(new UtilizationRow(dto, mapper.Map<SpaceUsageDto>(usage)));
            }
        }

        return rows;
    }

    /// <summary>The incubator's idle spaces and unused desks over the last four weeks up to <paramref name="today"/> (exclusive).</summary>
    public async Task<IdleReport> IdleAsync(ClaimsPrincipal user, Guid incubatorId, DateOnly today, double threshold)
    {
        if (threshold is <= 0 or > 1)
        {
            throw DomainException.Invalid("threshold", ErrorCodes.UtilizationThreshold);
        }

        var spaces = await IncubatorSpacesAsync(user, incubatorId);
        var from = today.AddDays(-IdleWindowDays);
        var idle = new List<IdleSpace>();
        var desks = new List<UnusedDesk>();
        foreach (var space in spaces)
        {
            var usage = await cluster.GetGrain<ISpaceGrain>(space.Id).GetUsageAsync(from, today);
            var dto = mapper.Map<SpaceDto>(space);
            if (usage.BookedRatio < threshold)
            {
                idle.Add(new IdleSpace(dto, usage.BookedRatio, SuggestSharing: !space.SharedWithDistrict));
            }

            if (space.Kind == SpaceKind.Desk)
            {
                desks.AddRange(usage.Attendance
                    .Where(a => a.PastOccurrences > 0 && a.CheckedIn * 2 < a.PastOccurrences)
                    .Select(a => new UnusedDesk(dto, a.OrganizationId, a.OrganizationName, a.PastOccurrences, a.CheckedIn)));
            }
        }

        return new IdleReport(from, today, threshold, idle.OrderBy(i => i.BookedRatio).ToArray(), desks);
    }

    /// <summary>The space when the user may change it: 404 outside his scope, 403 when he may only read it.</summary>
    public async Task<SpaceRecord> ManageableAsync(ClaimsPrincipal user, Guid id, string whatOnlyManagersDo)
    {
        var space = await ReadableAsync(user, id);
        (await scopes.ForAsync(user)).RequireManage(space.IncubatorId, whatOnlyManagersDo);
        return space;
    }

    /// <summary>The space when the user may see it; otherwise 404, so that ids outside one's scope reveal nothing.</summary>
    public async Task<SpaceRecord> ReadableAsync(ClaimsPrincipal user, Guid id, string field = "id")
    {
        var space = await cluster.GetGrain<ISpaceGrain>(id).GetAsync();
        if (space is null || !await CanReadAsync(user, space))
        {
            throw DomainException.NoSuch(field, "space", id);
        }

        return space;
    }

    /// <summary>A space is seen by its incubator's people and, when shared, by those of every incubator in its district.</summary>
    private async Task<bool> CanReadAsync(ClaimsPrincipal user, SpaceRecord space)
    {
        var scope = await scopes.ForAsync(user);
        var geography = scope.Geography;
        var home = scope.HomeIncubators;
        return home is null
            || home.Contains(space.IncubatorId)
            || (space.SharedWithDistrict && home.Any(i => geography.FindIncubator(i)?.DistrictId == space.DistrictId));
    }

    private async Task<IReadOnlyList<SpaceRecord>> ReadableSpacesAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        var geography = scope.Geography;
        var home = scope.HomeIncubators;
        var districts = home?.Select(i => geography.FindIncubator(i)?.DistrictId).OfType<Guid>().ToHashSet();
        var candidates = geography.Incubators.Where(i => districts is null || districts.Contains(i.DistrictId)).ToArray();
        var lists = await Task.WhenAll(candidates.Select(i => cluster.Index<SpaceRecord>(i.Id).ListAsync()));
        return lists.SelectMany(l => l)
            .Where(s => home is null || home.Contains(s.IncubatorId) || s.SharedWithDistrict)
            .OrderBy(s => s.IncubatorName, StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Utilization is the incubator's staff's business: 404 for an incubator outside the user's scope, 403 for a representative.</summary>
    private async Task<IReadOnlyList<SpaceRecord>> IncubatorSpacesAsync(ClaimsPrincipal user, Guid incubatorId)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.Geography.FindIncubator(incubatorId) is null || !scope.IsHomeIncubator(incubatorId))
        {
            throw DomainException.NoSuch("incubatorId", "incubator", incubatorId);
        }

        UserScope.Require(scope.SeesIncubator(incubatorId), ErrorCodes.StaffOnly, ErrorArg.Phrase("what", "utilization"));

        return await cluster.Index<SpaceRecord>(incubatorId).ListAsync();
    }
}
