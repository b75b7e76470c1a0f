namespace Incubator.SocialWorkers;

/// <summary>Whether a social worker still works here; the numbers are stored (incubator.social_workers.status).</summary>
public enum SocialWorkerStatus
{
    Active = 0,
    Left = 1,
}
