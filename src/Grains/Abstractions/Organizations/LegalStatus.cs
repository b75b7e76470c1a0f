namespace Incubator.Organizations;

/// <summary>The legal-status ladder: filed (备案) at community/subdistrict level, then registered (登记) with civil affairs (docs/domain.md §4.1).</summary>
public enum LegalStatus
{
    Filed = 0,
    Registered = 1,
}
