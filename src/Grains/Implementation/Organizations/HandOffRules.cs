using Incubator.Common;
using Incubator.Geography;
using Incubator.HandOffs;

namespace Incubator.Organizations;

/// <summary>Which moves between incubators are allowed ("三级联动", docs/domain.md §3).</summary>
public static class HandOffRules
{
    /// <summary>
    /// A graduate is stationed into a community incubator; an organization still in incubation is promoted exactly one
    /// tier up (community → subdistrict → district) within its district. Anything else is refused naming the field.
    /// </summary>
    public static HandOffKind KindOf(OrganizationStage stage, IncubatorRecord from, IncubatorRecord to)
    {
        if (from.Id == to.Id)
        {
            throw DomainException.Invalid("toIncubatorId", "The organization is already at this incubator.");
        }

        if (stage == OrganizationStage.Graduated)
        {
            return to.Tier == AreaLevel.Community
                ? HandOffKind.Stationing
                : throw DomainException.Invalid("toIncubatorId", "A graduate is stationed into a community (进驻社区): choose a community incubator.");
        }

        if (stage is OrganizationStage.Exited)
        {
            throw DomainException.Conflict("stage", "An organization that exited is not handed off.");
        }

        if (to.DistrictId != from.DistrictId)
        {
            throw DomainException.Invalid("toIncubatorId", "Promotion stays within the district.");
        }

        return to.Tier == from.Tier - 1
            ? HandOffKind.Promotion
            : throw DomainException.Invalid("toIncubatorId", $"Promotion goes one tier up, from {from.Tier} to {(from.Tier == AreaLevel.District ? "nowhere higher" : (from.Tier - 1).ToString())}.");
    }
}
