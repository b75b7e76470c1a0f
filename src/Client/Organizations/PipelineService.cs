using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

/// <summary>A district's pipeline: organizations by stage and tier across its incubators.</summary>
public sealed class PipelineService(IClusterClient cluster, ScopeService scopes)
{
    /// <summary>Counts by stage × tier over the incubators of a district (a leader's own district; any for an administrator).</summary>
    public async Task<PipelineDto> PipelineAsync(ClaimsPrincipal user, Guid? districtId)
    {
        var scope = await scopes.ForAsync(user);
        var geography = scope.Geography;
        var district = districtId ?? (scope.IsDistrictLeader ? scope.ScopeId : null)
            ?? throw DomainException.Invalid(FieldError.Required("districtId"));
        if (geography.FindArea(district) is not { Level: AreaLevel.District })
        {
            throw DomainException.NoSuch("districtId", "district", district);
        }

        var incubators = geography.Incubators.Where(i => i.DistrictId == district && scope.SeesIncubator(i.Id)).ToArray();
        if (incubators.Length == 0 && !scope.IsAdministrator)
        {
            throw DomainException.NoSuch("districtId", "district", district);
        }

        var counts = incubators.Length == 0 ? [] : await cluster.GetGrain<IOrganizationDirectoryGrain>(0).StageCountsAsync(incubators.Select(i => i.Id).ToArray());
        var byIncubator = incubators.OrderBy(i => i.Tier).ThenBy(i => i.Name).Select(i => new PipelineIncubatorDto(
            i.Id, i.Name, i.Tier,
            counts.Where(c => c.IncubatorId == i.Id).ToDictionary(c => c.Stage, c => c.Count))).ToArray();
        var byTier = (from tier in Enum.GetValues<AreaLevel>()
                      from stage in Enum.GetValues<OrganizationStage>()
                      let count = byIncubator.Where(i => i.Tier == tier).Sum(i => i.Counts.GetValueOrDefault(stage))
                      select new PipelineCellDto(tier, stage, count)).ToArray();
        return new PipelineDto(byTier, byIncubator);
    }
}
