namespace Incubator.Timeline;

/// <summary>
/// The argument names timeline entries use. A name fixes how the Client renders the value: ids become names, enums their
/// UI labels, amounts money, dates dates; everything else is shown as entered. Stored in rows: never rename one.
/// </summary>
public static class TimelineArgs
{
    // Ids, shown as names.
    public const string IncubatorId = "incubatorId";
    public const string FromIncubatorId = "fromIncubatorId";
    public const string ToIncubatorId = "toIncubatorId";
    public const string OrganizationId = "organizationId";
    public const string AreaId = "areaId";

    // Enum members, shown by their UI labels.
    public const string LegalStatus = "legalStatus";
    public const string ReviewItem = "reviewItem";
    public const string BranchForm = "branchForm";
    public const string CheckpointKind = "checkpointKind";
    public const string HandOffKind = "handOffKind";
    public const string Track = "track";
    public const string ServiceCategory = "serviceCategory";
    public const string ContractKind = "contractKind";
    public const string MilestoneStatus = "milestoneStatus";

    /// <summary>Service domains (a comma-separated list of members), shown as their labels.</summary>
    public const string ServiceDomains = "serviceDomains";

    /// <summary>Milestone fields an update changed (title, owner, dueDate, status, note, track, ownerAccount).</summary>
    public const string Changed = "changed";

    // true/false, shown as met / not met.
    public const string Met = "met";

    public const string Amount = "amount";

    // Dates ("yyyy-MM-dd"); Dates is a comma-separated list.
    public const string DueAt = "dueAt";
    public const string EndsAt = "endsAt";
    public const string StartsOn = "startsOn";
    public const string EndsOn = "endsOn";
    public const string On = "on";
    public const string Dates = "dates";

    /// <summary>An instant (ISO 8601, UTC), shown in the viewer's time.</summary>
    public const string StartsAt = "startsAt";

    // Numbers.
    public const string Months = "months";
    public const string Members = "members";
    public const string Count = "count";
    public const string Position = "position";
    public const string Hours = "hours";
    public const string Minutes = "minutes";
    public const string Number = "number";
    public const string Total = "total";

    // Text as entered or issued.
    public const string PreviousName = "previousName";
    public const string Name = "name";
    public const string ContactName = "contactName";
    public const string FilingNumber = "filingNumber";
    public const string CreditCode = "creditCode";
    public const string CertificateNumber = "certificateNumber";
    public const string Reason = "reason";
    public const string Note = "note";
    public const string Cohort = "cohort";
    public const string Scores = "scores";
    public const string Course = "course";
    public const string Venue = "venue";
    public const string Space = "space";
    public const string Purpose = "purpose";
    public const string Slot = "slot";
    public const string Consultant = "consultant";
    public const string Topic = "topic";
    public const string Title = "title";
    public const string Owner = "owner";
    public const string Project = "project";
    public const string Condition = "condition";
    public const string Instructor = "instructor";

    /// <summary>Picks another template of the action (Timeline.{Action}.{variant}), e.g. "auto", "weekly", "rescheduled".</summary>
    public const string Variant = "variant";

    /// <summary>Old entries moved from grain state by 0010: their English text, shown after the action's label.</summary>
    public const string Detail = "detail";
}
