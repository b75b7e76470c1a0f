namespace Incubator.Funding;

public enum ContractKind
{
    /// <summary>政府购买服务合同</summary>
    PurchaseOfService = 0,
    /// <summary>种子资金（对入孵组织的资助）</summary>
    SeedGrant = 1,
}
