namespace Incubator.Organizations;

/// <summary>
/// The legal form a social organization is registered in with civil affairs; its number is the type character (position 2)
/// its unified social credit code must carry. Stored as a number: never renumber.
/// </summary>
public enum LegalForm
{
    /// <summary>社会团体</summary>
    SocialGroup = 1,
    /// <summary>社会服务机构 (formerly 民办非企业单位)</summary>
    SocialServiceInstitution = 2,
    /// <summary>基金会</summary>
    Foundation = 3,
}
