using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Incubator.Client.Accounts;
using Incubator.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Api.Tests;

/// <summary>
/// Every /api endpoint × every role (and anonymous) × the caller's own district and another one, with the answer each
/// must get written down below. The callers' accounts are scoped in the own district (a district leader its district,
/// a manager and a party-building officer its incubator, a community worker the incubator's community, a representative
/// its organization); the other district has the same things, none of them the callers'. A change is sent with an
/// invalid body (`{}`, or only the ids that say where), so a caller with the right gets 400 and nothing changes, and a
/// caller without it must get 403 or 404 before his body is read. The route table and the matrix must list the same
/// endpoints: a new endpoint fails <see cref="EveryApiEndpointHasARowAndEveryRowAnEndpoint"/> until its row is written.
/// </summary>
[Collection(ApiTestCollection.Name)]
public sealed partial class AuthorizationMatrixTests(ApiAppFixture app)
{
    /// <summary>The callers, in the order of the matrix's columns; null is anonymous.</summary>
    private static readonly string?[] Callers =
    [
        Roles.Administrator, Roles.DistrictLeader, Roles.IncubatorManager, Roles.PartyBuildingOfficer,
        Roles.CommunityWorker, Roles.SocialWorker, Roles.OrganizationRepresentative, Roles.Volunteer, null,
    ];

    /// <summary>
    /// endpoint (placeholders are the ids of the district's things, see <see cref="AuthorizationWorld"/>) → the answer of
    /// each caller for the own district's things, then for the other district's. 2xx is any success; otherwise the status.
    /// </summary>
    private static readonly Row[] Matrix =
    [
        //                                                                          own district                          |  other district
        //                                                                          Adm DL  IM  PBO CW  SW  Rep Vol Anon  |  Adm DL  IM  PBO CW  SW  Rep Vol Anon
        new("POST   /api/auth/token",                                                        "401 401 401 401 401 401 401 401 401  |  401 401 401 401 401 401 401 401 401"),
        new("POST   /api/auth/refresh",                                                      "401 401 401 401 401 401 401 401 401  |  401 401 401 401 401 401 401 401 401"),
        new("POST   /api/auth/logout",                                                       "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("POST   /api/auth/password",                                                     "400 400 400 400 400 400 400 400 401  |  400 400 400 400 400 400 400 400 401"),
        new("GET    /api/auth/me",                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/accounts",                                                          "2xx 2xx 403 403 403 403 403 403 401  |  2xx 2xx 403 403 403 403 403 403 401"),
        new("POST   /api/accounts",                                                          "400 403 403 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/accounts/{account}",                                                "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("POST   /api/accounts/{disabledAccount}/disable",                                "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("POST   /api/accounts/{account}/enable",                                         "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("PUT    /api/accounts/{account}/role",                                           "400 400 403 403 403 403 403 403 401  |  400 404 403 403 403 403 403 403 401"),
        new("POST   /api/accounts/{account}/password-reset",                                 "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("POST   /api/accounts/{account}/unlock",                                         "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("POST   /api/accounts/{erasedAccount}/erase",                                    "2xx 2xx 403 403 403 403 403 403 401  |  2xx 404 403 403 403 403 403 403 401"),
        new("GET    /api/audit",                                                             "2xx 403 403 403 403 403 403 403 401  |  2xx 403 403 403 403 403 403 403 401"),
        new("GET    /api/audit/export",                                                      "2xx 403 403 403 403 403 403 403 401  |  2xx 403 403 403 403 403 403 403 401"),
        new("GET    /api/geography",                                                         "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("POST   /api/geography/areas",                                                   "400 403 403 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("PUT    /api/geography/areas/{district}",                                        "400 403 403 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("POST   /api/geography/incubators",                                              "400 403 403 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("PUT    /api/geography/incubators/{incubator}",                                  "400 403 403 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/organizations?incubatorId={incubator}",                             "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations",                                                     "400 403 400 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/organizations/{organization}",                                      "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PATCH  /api/organizations/{organization}",                                      "2xx 403 2xx 403 403 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/timeline",                             "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/admission",                            "409 403 409 403 403 404 403 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/registration",                         "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/exit",                                 "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/export",                               "2xx 403 2xx 403 403 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/pipeline?districtId={district}",                                    "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/support-plan/milestones",              "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/support-plan/milestones",              "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("PUT    /api/organizations/{organization}/support-plan/milestones/{milestone}",  "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/support-plan/consulting",              "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/support-plan/consulting",              "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/hub",                                  "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{hub}/hub",                                           "2xx 403 2xx 403 403 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("DELETE /api/organizations/{plain}/hub",                                         "2xx 403 2xx 403 403 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{hub}/hub/supported/{organization}",                  "2xx 403 2xx 403 403 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("DELETE /api/organizations/{hub}/hub/supported/{plain}",                         "2xx 403 2xx 403 403 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/graduation-gate",                      "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/graduation-gate/items",                "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/graduation-decision",                  "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/party",                                "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/organizations/{organization}/party",                                "400 403 400 400 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/party/checkpoints/{checkpoint}/result", "400 403 400 400 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/incubators/{incubator}/checkpoint-plan",                            "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/incubators/{incubator}/checkpoint-plan",                            "400 403 400 403 403 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/hand-off",                             "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/hand-off/decision",                    "409 409 409 409 409 404 409 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("GET    /api/inbox",                                                             "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/review-tasks",                                                      "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/budgets/{district}/{year}",                                         "2xx 2xx 2xx 404 404 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/budgets/{district}/{year}/allocation",                              "400 400 403 404 404 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/budgets/{district}/{closedYear}/close",                             "2xx 2xx 403 404 404 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/budgets/{district}/{year}/projects",                                "400 400 403 404 404 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/budgets/{district}/{year}/contracts",                               "400 400 403 404 404 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/budgets/{district}/{year}/contracts/{contract}/tranches/{paidTranche}/payment", "409 409 403 404 404 404 404 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/funding",                              "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/funding-requests",                     "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/funding-requests",                     "400 403 400 403 403 404 400 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/funding-requests/{fundingRequest}/decision", "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/funding/duplicates",                                                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/organizations/{organization}/ledger",                               "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/cohorts?incubatorId={incubator}",                                   "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/cohorts",                                                           "400 403 400 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/cohorts/{cohort}",                                                  "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/cohorts/{cohort}/applications",                                     "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/cohorts/{cohort}/applications",                                     "400 403 400 403 403 404 400 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/cohorts/{cohort}/applications/{organization}/scores",               "404 403 404 403 403 404 403 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("POST   /api/cohorts/{cohort}/applications/{organization}/decision",             "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/cohorts/{cohort}/board",                                            "2xx 2xx 2xx 2xx 2xx 404 403 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/courses?incubatorId={incubator}",                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 401  |  2xx 404 404 404 404 2xx 404 404 401"),
        new("POST   /api/courses",                                                           "400 403 400 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/courses/{course}",                                                  "2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 401  |  2xx 404 404 404 404 2xx 404 404 401"),
        new("GET    /api/courses/{course}/sessions",                                         "2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 401  |  2xx 404 404 404 404 2xx 404 404 401"),
        new("POST   /api/courses/{course}/sessions",                                         "400 403 400 403 403 403 403 404 401  |  400 404 404 404 404 403 404 404 401"),
        new("GET    /api/sessions/{session}",                                                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 401  |  2xx 404 404 404 404 2xx 404 404 401"),
        new("GET    /api/sessions/{session}/enrollments",                                    "2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 401  |  2xx 404 404 404 404 2xx 404 404 401"),
        new("POST   /api/sessions/{session}/enrollments",                                    "409 403 409 403 403 404 409 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("POST   /api/sessions/{futureSession}/enrollments/{withdrawn}/withdrawal",       "409 403 409 403 403 404 404 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("POST   /api/sessions/{session}/enrollments/{enrollment}/attendance",            "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/sessions/{session}/enrollments/{enrollment}/certificate",           "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/training",                             "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/people/{me}/training",                                              "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/venues?incubatorId={incubator}",                                    "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("POST   /api/venues",                                                            "400 403 400 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/venues/{space}",                                                    "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/venues/{space}",                                                    "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/venues/{space}/week",                                               "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/venues/utilization?incubatorId={incubator}",                        "2xx 2xx 2xx 2xx 2xx 404 403 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/venues/idle?incubatorId={incubator}",                               "2xx 2xx 2xx 2xx 2xx 404 403 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/bookings",                                                          "400 403 400 403 403 404 400 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/bookings?organizationId={organization}",                            "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/bookings/pending?incubatorId={incubator}",                          "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/bookings/{space}/{booking}",                                        "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/bookings/{space}/{booking}/decision",                               "400 403 400 403 403 404 403 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/bookings/{space}/{booking}/occurrences/{cancelledOccurrence}/cancel", "409 403 409 403 403 404 409 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("POST   /api/bookings/{space}/{booking}/occurrences/{cancelledOccurrence}/check-in", "409 403 409 403 403 404 409 404 401  |  409 404 404 404 404 404 404 404 401"),
        new("GET    /api/organizations/{organization}/bookings.ics",                         "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/notifications",                                                     "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("POST   /api/notifications/read",                                                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/organizations/{organization}/calendar-feed",                        "2xx 403 2xx 403 403 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/organizations/{organization}/calendar-feed",                        "2xx 403 2xx 403 403 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/venues/{space}/calendar-feed",                                      "2xx 403 2xx 403 403 404 403 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/venues/{space}/calendar-feed",                                      "2xx 403 2xx 403 403 404 403 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/social-workers",                                                    "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("POST   /api/social-workers",                                                    "400 400 400 403 403 403 403 403 401  |  400 403 403 403 403 403 403 403 401"),
        new("GET    /api/social-workers/me",                                                 "404 404 404 404 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("GET    /api/social-workers/{socialWorker}",                                     "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/social-workers/{socialWorker}",                                     "400 400 400 403 403 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/social-workers/{socialWorker}/certification",                       "400 400 400 403 403 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/social-workers/{socialWorker}/leave",                               "400 400 400 403 403 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("PUT    /api/social-workers/{socialWorker}/account",                             "2xx 2xx 2xx 403 403 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/resources/social-workers",                                          "2xx 2xx 2xx 2xx 2xx 403 403 403 401  |  2xx 2xx 2xx 2xx 2xx 403 403 403 401"),
        new("GET    /api/resources/stations",                                                "2xx 2xx 2xx 2xx 2xx 403 403 403 401  |  2xx 2xx 2xx 2xx 2xx 403 403 403 401"),
        new("GET    /api/resources/spaces",                                                  "2xx 2xx 2xx 2xx 2xx 403 403 403 401  |  2xx 2xx 2xx 2xx 2xx 403 403 403 401"),
        new("GET    /api/resources/budgets",                                                 "2xx 2xx 2xx 2xx 2xx 403 403 403 401  |  2xx 2xx 2xx 2xx 2xx 403 403 403 401"),
        new("GET    /api/resources/idle",                                                    "2xx 2xx 2xx 2xx 2xx 403 403 403 401  |  2xx 2xx 2xx 2xx 2xx 403 403 403 401"),
        new("GET    /api/communities/coverage?areaId={district}",                            "2xx 2xx 404 404 404 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/communities/certified-ratios?areaId={district}",                    "2xx 2xx 404 404 404 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("GET    /api/communities/{community}",                                           "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/communities/{community}/profile",                                   "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/communities/{community}/stations",                                  "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/communities/{community}/stationings",                               "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/communities/{community}/stationings/{stationing}/end",              "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations",                                                          "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/stations/{station}",                                                "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/stations/{station}",                                                "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations/{retiredStation}/retire",                                  "2xx 403 2xx 403 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations/{station}/rooms",                                          "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations/{station}/rooms/{space}",                                  "2xx 403 2xx 403 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations/{station}/projects",                                       "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/stations/{station}/projects/{project}/steps",                       "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/needs?areaId={district}",                                           "2xx 2xx 404 404 404 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/needs",                                                             "400 403 403 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/needs/{need}",                                                      "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/needs/{need}/closing",                                              "400 403 403 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/needs/{need}/teams",                                                "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/needs/{need}/proposals",                                            "400 403 403 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("POST   /api/needs/{need}/proposals/{proposal}/answer",                          "404 404 404 404 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("POST   /api/needs/{need}/proposals/{proposal}/withdrawal",                      "404 403 403 403 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("GET    /api/needs/settings/{community}",                                        "2xx 2xx 2xx 2xx 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/needs/settings/{community}",                                        "400 403 403 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/needs/idle-organizations",                                          "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/proposals",                                                         "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/engagements/{engagement}",                                          "404 404 404 404 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("POST   /api/engagements/{engagement}/logs",                                     "404 404 404 404 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("POST   /api/engagements/{engagement}/closing",                                  "404 404 404 404 404 404 404 404 401  |  404 404 404 404 404 404 404 404 401"),
        new("GET    /api/funding/community-duplicates",                                      "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/services",                                                          "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401  |  2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401"),
        new("GET    /api/organizations/{organization}/service-offering",                     "2xx 2xx 2xx 2xx 2xx 404 2xx 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("PUT    /api/organizations/{organization}/service-offering",                     "400 403 400 403 403 404 400 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/volunteers/me",                                                      "403 403 403 403 403 403 403 404 401  |  403 403 403 403 403 403 403 404 401"),
        new("POST   /api/volunteers/me",                                                      "403 403 403 403 403 403 403 400 401  |  403 403 403 403 403 403 403 400 401"),
        new("PUT    /api/volunteers/me",                                                      "403 403 403 403 403 403 403 404 401  |  403 403 403 403 403 403 403 404 401"),
        new("POST   /api/volunteers/me/certificates",                                         "403 403 403 403 403 403 403 404 401  |  403 403 403 403 403 403 403 404 401"),
        new("GET    /api/volunteer-certificates/{certificateCode}",                           "404 404 404 404 404 404 404 404 404  |  404 404 404 404 404 404 404 404 404"),
        new("GET    /api/volunteer-activities?districtId={district}",                         "2xx 2xx 2xx 2xx 2xx 404 404 2xx 401  |  2xx 404 404 404 404 404 404 2xx 401"),
        new("GET    /api/volunteer-activities/organized?communityId={community}",             "2xx 403 2xx 403 2xx 404 404 404 401  |  2xx 404 404 404 404 404 404 404 401"),
        new("POST   /api/volunteer-activities",                                               "400 403 400 403 400 404 404 404 401  |  400 404 404 404 404 404 404 404 401"),
        new("GET    /api/volunteer-activities/{activity}",                                    "2xx 2xx 2xx 2xx 2xx 404 404 2xx 401  |  2xx 404 404 404 404 404 404 2xx 401"),
        new("GET    /api/volunteer-activities/{activity}/sign-ups",                           "2xx 2xx 2xx 2xx 2xx 404 404 403 401  |  2xx 404 404 404 404 404 404 403 401"),
        new("POST   /api/volunteer-activities/{activity}/sign-ups",                           "403 403 403 403 403 404 404 404 401  |  403 404 404 404 404 404 404 404 401"),
        new("POST   /api/volunteer-activities/{activity}/cancellation",                       "403 403 403 403 403 404 404 404 401  |  403 404 404 404 404 404 404 404 401"),
        new("GET    /api/volunteer-activities/{activity}/check-in-code",                      "2xx 403 2xx 403 2xx 404 404 403 401  |  2xx 404 404 404 404 404 404 403 401"),
        new("POST   /api/volunteer-activities/{activity}/check-in",                           "403 403 403 403 403 404 404 404 401  |  403 404 404 404 404 404 404 404 401"),
        new("POST   /api/volunteer-activities/{activity}/check-out",                          "403 403 403 403 403 404 404 404 401  |  403 404 404 404 404 404 404 404 401"),
        new("POST   /api/volunteer-activities/{activity}/sign-ups/{signUp}/correction",       "400 403 400 403 400 404 404 403 401  |  400 404 404 404 404 404 404 403 401"),
        new("POST   /api/volunteer-activities/{activity}/sign-ups/{signUp}/confirmation",     "409 403 409 403 409 404 404 403 401  |  409 404 404 404 404 404 404 403 401"),
    ];

    /// <summary>Bodies other than `{}`: the ids that say where something would be created, and nothing else.</summary>
    private static readonly Dictionary<string, string> Bodies = new()
    {
        // A user name of its own each time: failures against one name would make the next attempts wait (429).
        ["POST /api/auth/token"] = """{"userName":"{fresh}","password":"Wrong-Password-1"}""",
        ["POST /api/organizations"] = """{"incubatorId":"{incubator}"}""",
        ["POST /api/venues"] = """{"incubatorId":"{incubator}"}""",
        ["POST /api/cohorts"] = """{"incubatorId":"{incubator}"}""",
        ["POST /api/courses"] = """{"incubatorId":"{incubator}"}""",
        ["POST /api/bookings"] = """{"spaceId":"{space}","organizationId":"{organization}"}""",
        ["POST /api/sessions/{session}/enrollments"] = """{"organizationId":"{organization}"}""",
        ["POST /api/social-workers"] = """{"districtId":"{district}"}""",
        ["POST /api/stations"] = """{"communityIds":["{community}"]}""",
        ["POST /api/needs"] = """{"communityId":"{community}"}""",
        ["POST /api/volunteer-activities"] = """{"communityId":"{community}"}""",
    };

    /// <summary>Rows that end the caller's session: each is sent from a session of its own.</summary>
    private static readonly string[] EndsTheSession = ["POST /api/auth/logout"];

    [Fact]
    public void EveryApiEndpointHasARowAndEveryRowAnEndpoint()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"], Path: Normalize(e.RoutePattern.RawText!)))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Path}"))
            .ToHashSet();
        Assert.NotEmpty(routes);
        var rows = Matrix.Select(r => $"{r.Method} {Normalize(r.Path)}").ToList();
        Assert.Empty(routes.Except(rows).Order());
        Assert.Empty(rows.Except(routes).Order());
        Assert.Empty(rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Matrix, row => Assert.Equal(2 * Callers.Length, row.Answers.Length));
    }

    [Fact]
    public async Task EveryRoleGetsTheAnswerTheMatrixGivesForItsOwnAndAnotherDistrict()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var own = await AuthorizationWorld.CreateAsync(scenario, app);
        var other = await AuthorizationWorld.CreateAsync(scenario, app);
        var callers = await CallersAsync(scenario, own);
        var failures = new List<string>();
        var actualRows = new StringBuilder();
        // Twice, the second time from the last row up: no answer may depend on what was sent before it.
        foreach (var (pass, rows) in new[] { ("first", Matrix), ("reversed", Matrix.AsEnumerable().Reverse().ToArray()) })
        {
            foreach (var row in rows)
            {
                var answers = new List<string>();
                foreach (var world in new[] { own, other })
                {
                    for (var column = 0; column < Callers.Length; column++)
                    {
                        var client = EndsTheSession.Contains(row.Key) ? await callers[column].FreshAsync() : callers[column].Client;
                        var response = await client.SendAsync(Request(row, world));
                        var answer = ClassOf(response.StatusCode);
                        var expected = row.Answers.ElementAtOrDefault(answers.Count);
                        if (answer != expected)
                        {
                            failures.Add($"{row.Key} as {Callers[column] ?? "anonymous"} in the {(world == own ? "own" : "other")} district ({pass} pass): " +
                                $"expected {expected}, got {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                        }

                        answers.Add(answer);
                    }
                }

                if (pass == "first")
                {
                    actualRows.AppendLine(RowText(row, answers));
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the matrix:\n{string.Join("\n", failures.Take(80))}\n\nThe rows as answered:\n{actualRows}");
    }

    private HttpRequestMessage Request(Row row, AuthorizationWorld world)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), world.Fill(row.Path));
        if (row.Method is "POST" or "PUT" or "PATCH")
        {
            var body = world.Fill(Bodies.GetValueOrDefault(row.Key, "{}")).Replace("{fresh}", $"nobody{Guid.NewGuid():N}"[..20], StringComparison.Ordinal);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<Caller[]> CallersAsync(ApiScenario scenario, AuthorizationWorld own)
    {
        var callers = new List<Caller>();
        foreach (var role in Callers)
        {
            if (role is null)
            {
                var anonymous = app.CreateClient();
                callers.Add(new Caller(anonymous, () => Task.FromResult(app.CreateClient())));
            }
            else if (role == Roles.Administrator)
            {
                callers.Add(new Caller(scenario.Admin, app.AdminClientAsync));
            }
            else
            {
                var userName = role == Roles.OrganizationRepresentative
                    ? own.Values["representativeName"]
                    : (await AccountClients.CreateAsync(scenario.Admin, role, Roles.ScopeOf(role) switch
                    {
                        ScopeKind.District => own.District,
                        ScopeKind.Incubator => own.Incubator,
                        ScopeKind.Community => own.Community,
                        _ => null,
                    })).UserName;
                callers.Add(new Caller(await app.ClientForAsync(userName, ApiScenario.Password), () => app.ClientForAsync(userName, ApiScenario.Password)));
            }
        }

        return [.. callers];
    }

    private static string ClassOf(HttpStatusCode status) => (int)status is >= 200 and < 300 ? "2xx" : ((int)status).ToString();

    private static string RowText(Row row, IReadOnlyList<string> answers)
    {
        var endpoint = $"\"{row.Method,-6} {row.Path}\",";
        return $"        new({endpoint,-80} \"{string.Join(" ", answers.Take(Callers.Length))}  |  {string.Join(" ", answers.Skip(Callers.Length))}\"),";
    }

    /// <summary>A route or a row's path with every parameter as {} and no query, to compare the two.</summary>
    private static string Normalize(string path) =>
        Parameter().Replace("/" + path.Split('?')[0].Trim('/'), "{}");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    private sealed record class Caller(HttpClient Client, Func<Task<HttpClient>> FreshAsync);

    /// <summary>One endpoint: "METHOD /path?query" and 18 answers (own district, then the other), separated by spaces and a bar.</summary>
    private sealed record class Row(string Endpoint, string Expected)
    {
        public string Method => Endpoint.Split(' ', 2, StringSplitOptions.TrimEntries)[0];

        public string Path => Endpoint.Split(' ', 2, StringSplitOptions.TrimEntries)[1];

        /// <summary>"METHOD /path" with one space, as the bodies and other lists name it.</summary>
        public string Key => $"{Method} {Path}";

        public string[] Answers => Expected.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries);
    }
}
