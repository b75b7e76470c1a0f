namespace Incubator.SupportPlans;

/// <summary>The five kinds of support an incubator gives (docs/domain.md §3): registration assistance along the legal-status ladder, funding, venue, training and consulting. Stored by number.</summary>
public enum SupportTrack
{
    Registration = 0,
    Funding = 1,
    Venue = 2,
    Training = 3,
    Consulting = 4,
}
