namespace Incubator.Organizations;

/// <summary>Kind of organization, as incubators classify applicants (docs/domain.md §4.3).</summary>
public enum OrganizationCategory
{
    /// <summary>公益慈善类</summary>
    CharityPublicWelfare = 0,
    /// <summary>便民服务类</summary>
    ConvenienceService = 1,
    /// <summary>城乡社区服务类</summary>
    CommunityService = 2,
    /// <summary>行业协会商会类</summary>
    TradeAssociation = 3,
    /// <summary>科技类</summary>
    ScienceTechnology = 4,
    /// <summary>文体类</summary>
    CultureSports = 5,
    /// <summary>其他</summary>
    Other = 6,
}
