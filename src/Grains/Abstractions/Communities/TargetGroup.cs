namespace Incubator.Communities;

/// <summary>
/// The resident groups a community counts, a need names and a service offers to (docs/domain.md §10): the
/// community profile keeps a count for the first four; needs, services and matching use all of them.
/// Stored by number: append, never renumber.
/// </summary>
public enum TargetGroup
{
    Elderly = 0,
    Children = 1,
    PeopleWithDisabilities = 2,
    HardshipFamilies = 3,
    Youth = 4,
    Families = 5,
    AllResidents = 6,
}
