namespace Incubator.Organizations;

public enum OrganizationSort
{
    Name = 0,
    FiledAt = 1,
    Stage = 2,
}
