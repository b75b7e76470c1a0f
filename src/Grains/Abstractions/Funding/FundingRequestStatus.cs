namespace Incubator.Funding;

public enum FundingRequestStatus
{
    Pending = 0,
    Approved = 1,
    Declined = 2,
    Withdrawn = 3,
}
