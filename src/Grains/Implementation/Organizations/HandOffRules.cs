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
            throw DomainException.Invalid("toIncubatorId", ErrorCodes.HandOffSameIncubator);
        }

        if (stage == OrganizationStage.Graduated)
        {
            return to.Tier == AreaLevel.Community
                ? HandOffKind.Stationing
                : throw DomainException.Invalid("toIncubatorId", ErrorCodes.HandOffGraduateToCommunity);
        }

        if (stage is OrganizationStage.Exited)
        {
            throw DomainException.Conflict("stage", ErrorCodes.HandOffExited);
        }

        if (to.DistrictId != from.DistrictId)
        {
            throw DomainException.Invalid("toIncubatorId", ErrorCodes.HandOffOtherDistrict);
        }

        if (from.Tier == AreaLevel.District)
        {
            throw DomainException.Invalid("toIncubatorId", ErrorCodes.HandOffTopTier);
        }

        return to.Tier == from.Tier - 1
            ? HandOffKind.Promotion
            : throw DomainException.Invalid(
                "toIncubatorId", ErrorCodes.HandOffOneTierUp, ErrorArg.Label("from", from.Tier, "Tier"), ErrorArg.Label("to", from.Tier - 1, "Tier"));
    }
}
