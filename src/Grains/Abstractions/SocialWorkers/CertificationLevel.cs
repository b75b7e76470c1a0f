namespace Incubator.SocialWorkers;

/// <summary>The level of the 社会工作者职业水平证书; the numbers are stored (incubator.social_workers.certification_level).</summary>
public enum CertificationLevel
{
    /// <summary>助理社会工作师.</summary>
    AssistantSocialWorker = 1,

    /// <summary>社会工作师.</summary>
    SocialWorker = 2,

    /// <summary>高级社会工作师.</summary>
    SeniorSocialWorker = 3,
}
