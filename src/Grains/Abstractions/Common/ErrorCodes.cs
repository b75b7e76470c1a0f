namespace Incubator.Common;

/// <summary>
/// Every error code, in one list: the stable names integrators branch on. Each has a text in the Client's
/// Resources/ErrorText.resx (zh-CN) and ErrorText.en.resx (a test checks both); arguments are named in braces.
/// Generic codes come first: reuse them when a message has the same shape.
/// </summary>
public static class ErrorCodes
{
    // Generic.
    public const string InvalidFields = "request.invalidFields";
    public const string BadRequest = "request.bad";

    // The cluster or its database could not serve the request for now (a silo being declared dead, PostgreSQL restarting): 503.
    public const string Unavailable = "service.unavailable";
    public const string Unreadable = "field.unreadable";
    public const string Required = "field.required";
    public const string TooLong = "field.tooLong"; // {max}
    public const string OutOfRange = "field.outOfRange"; // {min} {max}
    public const string AtLeast = "field.atLeast"; // {min}
    public const string UnknownValue = "field.unknownValue";
    public const string AtLeastOne = "field.atLeastOne";
    public const string TooMany = "field.tooMany"; // {max}
    public const string ControlCharacter = "field.controlCharacter"; // {position}
    public const string Duplicates = "field.duplicates";
    public const string EndsBeforeStart = "field.endsBeforeStart";
    public const string Phone = "field.phone";
    public const string InvalidAmount = "money.invalidAmount";
    public const string InvalidTotal = "money.invalidTotal";
    public const string NotFound = "notFound"; // {thing} {id}
    public const string AlreadyExists = "alreadyExists"; // {thing} {id}

    public const string LengthBetween = "field.lengthBetween"; // {min} {max}

    // Retried create requests (Idempotency-Key).
    public const string IdempotencyKeyMalformed = "idempotency.keyMalformed"; // {max}
    public const string IdempotencyKeyReused = "idempotency.keyReused";
    public const string IdempotencyInProgress = "idempotency.inProgress";

    // Who may do what (403).
    public const string ManagerOnly = "forbidden.managerOnly"; // {action}
    public const string RepresentativeOrManager = "forbidden.representativeOrManager"; // {action}
    public const string BookingPartiesOnly = "forbidden.bookingParties"; // {action}
    public const string StaffOnly = "forbidden.staffOnly"; // {what}
    public const string EnrolleeOrManager = "forbidden.enrolleeOrManager";
    public const string ReceivingManagerOnly = "forbidden.receivingManager";
    public const string PartyTrackOnly = "forbidden.partyTrack";
    public const string DistrictLeaderOnly = "forbidden.districtLeader";

    // Accounts and sign-in.
    public const string UserNameTaken = "account.userNameTaken"; // {userName}
    public const string ScopeRequired = "account.scopeRequired"; // {role} {scope}
    public const string AccountRejected = "account.rejected"; // {rule}
    public const string InvalidCredentials = "auth.invalidCredentials";
    public const string TooManyAttempts = "auth.tooManyAttempts";
    public const string PasswordChangeRequired = "auth.passwordChangeRequired";
    public const string WrongPassword = "auth.wrongPassword";
    public const string OwnAccount = "account.ownAccount"; // {action}
    public const string AuditRangeEmpty = "audit.rangeEmpty";

    // Organizations, credit codes and the lifecycle.
    public const string OrganizationAlreadyFiled = "organization.alreadyFiled";
    public const string OrganizationAlreadyRegistered = "organization.alreadyRegistered"; // {creditCode}
    public const string CreditCodeLength = "creditCode.length"; // {length} {actual}
    public const string CreditCodeCharacter = "creditCode.character"; // {position} {character}
    public const string CreditCodeCheckCharacter = "creditCode.checkCharacter"; // {actual} {expected}
    public const string CreditCodeAuthority = "creditCode.authority"; // {actual} {expected}
    public const string CreditCodeType = "creditCode.type"; // {actual}
    public const string CreditCodeLegalForm = "creditCode.legalForm"; // {actual} {expected} {legalForm}
    public const string CreditCodeDivision = "creditCode.division"; // {division}
    public const string CreditCodeTaken = "creditCode.taken"; // {creditCode} {holder}
    public const string StageCannotMove = "stage.cannotMove"; // {from} {to}
    public const string ReviewItemComputed = "review.itemComputed"; // {item}
    public const string ReviewNotInReview = "review.notInReview"; // {stage}
    public const string GraduationNotInReview = "graduation.notInReview"; // {stage}
    public const string GraduationGateNotMet = "graduation.gateNotMet"; // {items}
    public const string GraduationExtendedOnce = "graduation.extendedOnce";
    public const string CheckpointNotOpen = "checkpoint.notOpen"; // {status}
    public const string HandOffPending = "handOff.pending";
    public const string HandOffNone = "handOff.none";
    public const string HandOffSameIncubator = "handOff.sameIncubator";
    public const string HandOffGraduateToCommunity = "handOff.graduateToCommunity";
    public const string HandOffExited = "handOff.exited";
    public const string HandOffOtherDistrict = "handOff.otherDistrict";
    public const string HandOffOneTierUp = "handOff.oneTierUp"; // {from} {to}
    public const string HandOffTopTier = "handOff.topTier";
    public const string PartyOwnBranchTooFew = "party.ownBranchTooFew"; // {min}
    public const string PartyMustOwnBranch = "party.mustOwnBranch"; // {min}

    // Cohorts.
    public const string CohortOutsideIntake = "cohort.outsideIntake"; // {cohort} {opensOn} {closesOn} {today}
    public const string CohortAlreadyApplied = "cohort.alreadyApplied"; // {cohort}
    public const string CohortOtherIncubator = "cohort.otherIncubator"; // {organization}
    public const string CohortStageNotOpen = "cohort.stageNotOpen"; // {organization} {stage}
    public const string CohortNotScorable = "cohort.notScorable"; // {status}
    public const string CohortNotDecidable = "cohort.notDecidable"; // {status} {decision}
    public const string CohortFull = "cohort.full"; // {cohort} {capacity}
    public const string CohortPromotedFromWaitlist = "cohort.promotedFromWaitlist"; // a decision reason, not a refusal
    public const string CohortNotApplied = "cohort.notApplied"; // {cohort}
    public const string CohortCriterionName = "cohort.criterionName"; // {max}
    public const string CohortUnknownCriterion = "cohort.unknownCriterion"; // {criterion}
    public const string CohortScoreOutOfRange = "cohort.scoreOutOfRange"; // {criterion} {min} {max}

    // Training.
    public const string CourseHours = "course.hours"; // {max}
    public const string SessionEnded = "session.ended"; // {course} {endedAt}
    public const string SessionAlreadyEnrolled = "session.alreadyEnrolled"; // {enrollee} {course}
    public const string SessionStarted = "session.started"; // {startsAt}
    public const string SessionNotStarted = "session.notStarted"; // {startsAt}
    public const string EnrollmentNotWithdrawable = "enrollment.notWithdrawable"; // {status}
    public const string EnrollmentNotSeated = "enrollment.notSeated"; // {status}
    public const string EnrolleeKind = "enrollee.kind";
    public const string CertificateNotAttended = "certificate.notAttended";

    // Venues and bookings.
    public const string SpaceStaysWithIncubator = "space.staysWithIncubator";
    public const string SpaceNotReachable = "space.notReachable"; // {space} {organization}
    public const string SpaceNotReachableForIncubator = "space.notReachableForIncubator"; // {space} {incubator}
    public const string SpaceHoursOrder = "space.hoursOrder";
    public const string SpaceEquipment = "space.equipment"; // {max} {maxLength}
    public const string SpaceTimeZone = "space.timeZone"; // {value} {example}
    public const string BookingSlotTaken = "booking.slotTaken"; // {space} {slot}
    public const string BookingNotPending = "booking.notPending"; // {status}
    public const string BookingOneSchedule = "booking.oneSchedule";
    public const string BookingInPast = "booking.inPast";
    public const string BookingOutsideHours = "booking.outsideHours"; // {slot} {space}
    public const string BookingSkippedTime = "booking.skippedTime"; // {day} {time} {timeZone}
    public const string BookingNoSuchWeekday = "booking.noSuchWeekday"; // {weekday} {from} {until}
    public const string BookingWeeksOrUntil = "booking.weeksOrUntil";
    public const string BookingTooManyWeeks = "booking.tooManyWeeks"; // {max}
    public const string OccurrenceNotCancellable = "occurrence.notCancellable"; // {index} {status} {bookingStatus}
    public const string OccurrenceOver = "occurrence.over";
    public const string OccurrenceNoCheckIn = "occurrence.noCheckIn"; // {index} {status} {bookingStatus}
    public const string OccurrenceCheckInWindow = "occurrence.checkInWindow"; // {opensAt}
    public const string UtilizationThreshold = "utilization.threshold";

    // Support plans and hubs.
    public const string ConsultingHours = "consulting.hours"; // {max}
    public const string HubStillSupports = "hub.stillSupports"; // {count}
    public const string HubSelfSupport = "hub.selfSupport";
    public const string HubNotFlagged = "hub.notFlagged"; // {organization}

    // Funding.
    public const string BudgetBelowAwarded = "budget.belowAwarded"; // {awarded}
    public const string BudgetUnknownProject = "budget.unknownProject";
    public const string BudgetOverspent = "budget.overspent"; // {available} {amount}
    public const string BudgetCarryOverYear = "budget.carryOverYear"; // {year} {previous}
    public const string BudgetClosed = "budget.closed"; // {year} {next}
    public const string TrancheAlreadyPaid = "tranche.alreadyPaid"; // {number}
    public const string ContractTrancheAmount = "contract.trancheAmount";
    public const string ContractTranchesSum = "contract.tranchesSum"; // {sum} {amount}
    public const string ContractTrancheCondition = "contract.trancheCondition";
    public const string ContractTrancheTerms = "contract.trancheTerms";
    public const string FundingAlreadyDecided = "funding.alreadyDecided"; // {status}
    public const string FundingSourceRequired = "funding.sourceRequired";

    // Needs, matching, engagements and the service list (docs/domain.md §10).
    public const string NeedWantedInPast = "need.wantedInPast"; // {today}
    public const string NeedNotACommunity = "need.notACommunity";
    public const string NeedNotOpen = "need.notOpen"; // {status}
    public const string ProposalNotPending = "proposal.notPending"; // {status}
    public const string ProposalAlreadyAnswered = "proposal.alreadyAnswered"; // {answer}
    public const string ProposalSameTeam = "proposal.sameTeam";
    public const string EngagementNone = "engagement.none";
    public const string EngagementNotActive = "engagement.notActive";
    public const string ServiceLogOutsidePeriod = "serviceLog.outsidePeriod"; // {startsOn} {endsOn}
    public const string ServiceLogInFuture = "serviceLog.inFuture"; // {today}
    public const string OfferingUnknownArea = "offering.unknownArea"; // {id}
    public const string CommunityWorkerOnly = "forbidden.communityWorkerOnly"; // {action}
    public const string ProposalPartyOnly = "forbidden.proposalPartyOnly";

    // Geography.
    public const string DistrictHasNoParent = "geography.districtHasNoParent";
    public const string ParentRequired = "geography.parentRequired"; // {level}
    public const string WrongParent = "geography.wrongParent"; // {level} {expected} {actual}
    public const string AreaNameTaken = "geography.areaNameTaken"; // {level} {name}
    public const string IncubatorNameTaken = "geography.incubatorNameTaken"; // {name}

    // issue 9 (zh-a): contracts within their budget year and with organizations still in incubation.
    public const string ContractPeriodOutsideYear = "budget.contractPeriodOutsideYear"; // {year}
    public const string DivisionCodeFormat = "geography.divisionCodeFormat"; // {value}
    public const string ContractPartyLeft = "budget.contractPartyLeft"; // {name}

    // Social workers (issue 11).
    public const string SocialWorkerHoursOverCommitted = "socialWorker.hoursOverCommitted"; // {week} {committed} {requested} {available}
    public const string SocialWorkerLeft = "socialWorker.left"; // {name} {leftOn}
    public const string SocialWorkerProposalReleased = "socialWorker.proposalReleased"; // {proposal}
    public const string SocialWorkerAlreadyRegistered = "socialWorker.alreadyRegistered"; // {name}
    public const string SocialWorkerCertificateNumber = "socialWorker.certificateNumber";
    public const string SocialWorkerCertificateTaken = "socialWorker.certificateTaken"; // {number}
    public const string SocialWorkerCertifiedInFuture = "socialWorker.certifiedInFuture"; // {today}
    public const string SocialWorkerLowerLevel = "socialWorker.lowerLevel"; // {level}
    public const string SocialWorkerHoursBelowCommitted = "socialWorker.hoursBelowCommitted"; // {week} {committed}
    public const string SocialWorkerWrongArea = "socialWorker.wrongArea"; // {area} {district}
    public const string SocialWorkerAccountTaken = "socialWorker.accountTaken"; // {userName}
    public const string SocialWorkerAccountRole = "socialWorker.accountRole"; // {userName}
    public const string SocialWorkerLeftBeforeRegistered = "socialWorker.leftBeforeRegistered"; // {registeredOn}
    public const string SocialWorkerManagersOnly = "forbidden.socialWorkerManagers";

    // Volunteers (志愿者) and their activities (issue 12).
    public const string VolunteerAlreadyRegistered = "volunteer.alreadyRegistered"; // {name}
    public const string VolunteerAccountTaken = "volunteer.accountTaken";
    public const string VolunteerIdCardNumber = "volunteer.idCardNumber";
    public const string VolunteerNoHours = "volunteer.noHours";
    public const string ActivityStarted = "volunteerActivity.started"; // {startsAt}
    public const string ActivityAlreadySignedUp = "volunteerActivity.alreadySignedUp"; // {title}
    public const string ActivityNotSeated = "volunteerActivity.notSeated";
    public const string ActivityCodeWrong = "volunteerActivity.codeWrong";
    public const string ActivityCheckInClosed = "volunteerActivity.checkInClosed"; // {opens} {closes}
    public const string ActivityAlreadyCheckedIn = "volunteerActivity.alreadyCheckedIn";
    public const string ActivityNotCheckedIn = "volunteerActivity.notCheckedIn";
    public const string ActivityAlreadyCheckedOut = "volunteerActivity.alreadyCheckedOut";
    public const string ActivityNotCheckedOut = "volunteerActivity.notCheckedOut";
    public const string ActivityOrganizersOnly = "forbidden.activityOrganizers";
    public const string VolunteersOnly = "forbidden.volunteersOnly";
    // Communities, social-work stations and stationing (issue 11).
    public const string CommunityKeeperOnly = "forbidden.communityKeeper";
    public const string StationingNotHeld = "stationing.notHeldByCommunity"; // {organization} {community}
    public const string StationingExited = "stationing.exited"; // {organization}
    public const string StationingActive = "stationing.alreadyActive"; // {organization}
    public const string StationingOver = "stationing.over"; // {endedOn}
    public const string SpaceOutsideCommunity = "community.spaceElsewhere"; // {space}
    public const string StationOneDistrict = "station.oneDistrict";
    public const string ProjectStepOrder = "station.projectStepOrder"; // {expected}
    public const string ProjectStepDate = "station.projectStepDate"; // {date}
    public const string ProjectFinished = "station.projectFinished";
    public const string CoverageYears = "coverage.years"; // {max}
}
