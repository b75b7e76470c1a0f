namespace Incubator.Client.Venues;

public enum UtilizationPeriod
{
    Week = 0,
    Month = 1,
}
