namespace Incubator.Ledger;

/// <summary>The kinds of support an organization receives (资金、场地、培训和咨询, docs/domain.md §3).</summary>
public enum SupportKind
{
    VenueHours = 0,
    DeskMonths = 1,
    TrainingSeatHours = 2,
    ConsultingHours = 3,
    Cash = 4,
}
