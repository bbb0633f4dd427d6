// Generated from the server’s OpenAPI document by `npm run generate:api`: do not edit.
// scripts/api-types.test.ts fails when the server’s answers no longer match this file.
/* eslint-disable */

export interface paths {
  '/api/v1/console/overview': {
    get: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleOverview200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/session': {
    get: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleSession200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/services/{name}': {
    get: { parameters: { query?: never; path: GetConsoleServicesNamePath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleServicesName200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/on-call': {
    get: { parameters: { query?: GetConsoleOnCallQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleOnCall200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/organization': {
    get: { parameters: { query?: GetConsoleOrganizationQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleOrganization200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/plan': {
    get: { parameters: { query?: GetConsolePlanQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsolePlan200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/console/change-plan': {
    get: { parameters: { query?: GetConsoleChangePlanQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetConsoleChangePlan200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/services/{name}/runner': {
    get: { parameters: { query?: never; path: GetServicesNameRunnerPath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetServicesNameRunner200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/incidents': {
    get: { parameters: { query?: GetIncidentsQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetIncidents200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/run-model-events': {
    get: { parameters: { query?: GetRunModelEventsQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetRunModelEvents200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/revisions': {
    get: { parameters: { query?: GetRevisionsQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetRevisions200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
    post: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody: { content: { 'application/json': PostRevisionsBody } }; responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': PostRevisions201 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/revisions/{id}': {
    get: { parameters: { query?: never; path: GetRevisionsIdPath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetRevisionsId200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/revisions/{id}/diff/{target}': {
    get: { parameters: { query?: never; path: GetRevisionsIdDiffTargetPath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetRevisionsIdDiffTarget200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/plan': {
    get: { parameters: { query?: GetPlanQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetPlan200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/change-plan': {
    get: { parameters: { query?: GetChangePlanQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetChangePlan200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/schedules': {
    get: { parameters: { query?: GetSchedulesQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetSchedules200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/calendar-feeds': {
    get: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetCalendarFeeds200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
    post: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody: { content: { 'application/json': PostCalendarFeedsBody } }; responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': PostCalendarFeeds201 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/on-call-overrides': {
    get: { parameters: { query?: GetOnCallOverridesQuery; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetOnCallOverrides200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
    post: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody: { content: { 'application/json': PostOnCallOverridesBody } }; responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': PostOnCallOverrides201 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/on-call-overrides/{id}': {
    delete: { parameters: { query?: never; path: DeleteOnCallOverridesIdPath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': DeleteOnCallOverridesId200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/tokens': {
    get: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': GetTokens200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
    post: { parameters: { query?: never; path?: never; header?: never; cookie?: never }; requestBody: { content: { 'application/json': PostTokensBody } }; responses: { 201: { headers: { [name: string]: unknown }; content: { 'application/json': PostTokens201 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
  '/api/v1/tokens/{id}': {
    delete: { parameters: { query?: never; path: DeleteTokensIdPath; header?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': DeleteTokensId200 } }; default: { headers: { [name: string]: unknown }; content: { 'application/json': ErrorBody } } } };
  };
}

export interface ErrorBody {
error: {
code: string
message: string
details: unknown
}
}

export interface GetConsoleOverview200 {
revision: number
asOf: string
services: {
name: string
organization: (string | null)
productLine: (string | null)
domain: (string | null)
/**
 * The owning development team
 */
team: string
sreTeams: string[]
tier: ("high" | "medium" | "low")
/**
 * Where the tier comes from: the availability target, else demand, else the default (medium)
 */
tierBasis: ("target" | "demand" | "default")
availabilityTarget: (number | null)
agreedRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
currentRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
since: ({
at: string
reason: string
} | null)
onCall: {
rotation: string
person: string
displayName: string
}[]
offDuty: string[]
errorBudget: {
/**
 * Share of the current window’s budget left: 1 untouched, 0 spent, below 0 overspent
 */
remaining: (number | null)
remainingEvents: (number | null)
window: string
status: ("within" | "depleted" | "no-data" | "no-target")
}
}[]
/**
 * The latest changes of who runs a service
 */
handovers: {
id: number
service: string
sequence: number
/**
 * A run model
 */
from: string
/**
 * A run model
 */
to: string
reason: string
at: string
revisionId: (number | null)
}[]
/**
 * The latest alerts received
 */
alerts: {
id: number
service: (string | null)
/**
 * The alertname label
 */
name: string
severity: (string | null)
status: string
startsAt: string
receivedAt: string
routedTo: {
rotation: (string | null)
person: (string | null)
}
routeReason: string
}[]
}

export interface GetConsoleSession200 {
kind: ("token" | "anonymous")
id: (string | null)
name: string
/**
 * viewer reads; editor also uploads models; admin also manages tokens
 */
role: ("viewer" | "editor" | "admin" | "ingest")
}

export interface GetConsoleServicesNamePath {
name: string
}

export interface GetConsoleServicesName200 {
revision: number
asOf: string
service: {
name: string
organization: (string | null)
productLine: (string | null)
domain: (string | null)
/**
 * The owning development team
 */
team: string
sreTeams: string[]
tier: ("high" | "medium" | "low")
/**
 * Where the tier comes from: the availability target, else demand, else the default (medium)
 */
tierBasis: ("target" | "demand" | "default")
availabilityTarget: (number | null)
agreedRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
currentRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
since: ({
at: string
reason: string
} | null)
onCall: {
rotation: string
person: string
displayName: string
}[]
offDuty: string[]
errorBudget: {
/**
 * Share of the current window’s budget left: 1 untouched, 0 spent, below 0 overspent
 */
remaining: (number | null)
remainingEvents: (number | null)
window: string
status: ("within" | "depleted" | "no-data" | "no-target")
}
}
/**
 * The development team that owns the service
 */
owner: {
name: string
displayName: string
}
/**
 * Who takes over next on each of its rotations, within eight days
 */
onCallNext: {
rotation: string
person: string
displayName: string
start: string
}[]
/**
 * The SRE teams that support it
 */
sreTeams: {
name: string
displayName: string
}[]
/**
 * Its error budget policy, if it names one
 */
policy: (string | null)
window: string
/**
 * The error budget of the current period and the three before, every six hours; empty without a target
 */
burnDown: {
label: string
start: string
end: string
/**
 * Whether the period had ended: only complete periods drive a handover
 */
complete: boolean
points: {
at: string
/**
 * Share of the budget left for the period’s events before this time; null before its first event
 */
remaining: (number | null)
}[]
}[]
/**
 * Every change of who runs it, newest first
 */
runModelHistory: {
id: number
service: string
sequence: number
/**
 * A run model
 */
from: string
/**
 * A run model
 */
to: string
reason: string
at: string
revisionId: (number | null)
}[]
/**
 * Incidents in the burn-down’s time, newest first
 */
incidents: {
id: string
service: string
startedAt: string
detectedAt: (string | null)
resolvedAt: (string | null)
customerVisible: boolean
budgetConsumed: (number | null)
}[]
/**
 * Its latest alerts
 */
alerts: {
id: number
service: (string | null)
/**
 * The alertname label
 */
name: string
severity: (string | null)
status: string
startsAt: string
receivedAt: string
routedTo: {
rotation: (string | null)
person: (string | null)
}
routeReason: string
}[]
}

export interface GetConsoleOnCallQuery {
from?: string
days?: number
}

export interface GetConsoleOnCall200 {
revision: number
asOf: string
from: string
to: string
rotations: {
name: string
displayName: string
type: string
coverage: string
timezone: string
/**
 * The services the rotation covers
 */
services: string[]
/**
 * Who is on call now, until the next person takes over
 */
now: ({
person: string
displayName: string
start: string
end: string
} | null)
/**
 * Who takes over next, within eight days
 */
next: ({
person: string
displayName: string
start: string
end: string
} | null)
/**
 * Who is on call from `from` to `to`, a person’s consecutive shifts joined
 */
shifts: {
person: string
displayName: string
start: string
end: string
}[]
/**
 * When the rotation’s coverage needs someone on call in the range
 */
coverageWindows: {
start: string
end: string
}[]
/**
 * The hours each member is on call in the range
 */
members: {
person: string
displayName: string
turns: number
hours: number
offHours: number
weekendHours: number
}[]
}[]
/**
 * The on-call overrides in force that reach into the range, in the order they apply: the shifts above include them
 */
overrides: {
id: number
rotation: string
person: string
displayName: string
start: string
end: string
reason: string
author: string
createdAt: string
}[]
/**
 * What the schedule breaks in the range: coverage gaps, double bookings, absences
 */
violations: {
code: string
severity: string
rotation: (string | null)
otherRotation: (string | null)
person: (string | null)
service: (string | null)
start: string
end: string
message: string
}[]
}

export interface GetConsoleOrganizationQuery {
revision?: number
}

export interface GetConsoleOrganization200 {
revision: number
/**
 * Whether this is the revision the server serves: only then is who runs it now known
 */
serving: boolean
organizations: {
name: string
displayName: string
type: string
parent: (string | null)
head: ({
name: string
displayName: string
/**
 * The display name of whom they report to
 */
reportsTo: (string | null)
/**
 * The name of whom they report to, to find them on the map (a head or a manager)
 */
reportsToName: (string | null)
} | null)
}[]
teams: {
name: string
displayName: string
type: string
organization: string
productLine: (string | null)
domain: (string | null)
manager: ({
name: string
displayName: string
/**
 * The display name of whom they report to
 */
reportsTo: (string | null)
/**
 * The name of whom they report to, to find them on the map (a head or a manager)
 */
reportsToName: (string | null)
} | null)
members: number
/**
 * SRE teams: the development teams they support
 */
supports: string[]
}[]
services: {
name: string
team: string
tier: ("high" | "medium" | "low")
/**
 * Where the tier comes from: the availability target, else demand, else the default (medium)
 */
tierBasis: ("target" | "demand" | "default")
agreedRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
/**
 * Null for a revision not served
 */
currentRunModel: (("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized") | null)
sreTeams: string[]
}[]
}

export interface GetConsolePlanQuery {
revision?: number
}

export interface GetConsolePlan200 {
revision: number
title: string
generatedOn: string
/**
 * The plan’s sections in order: summary, options, cost, risks, then the appendix
 */
sections: {
id: string
title: string
appendix: boolean
/**
 * The section as `plan --format html` renders it; model text escaped
 */
html: string
}[]
}

export interface GetConsoleChangePlanQuery {
revision?: number
target: number
}

export interface GetConsoleChangePlan200 {
/**
 * Today’s revision
 */
revision: number
/**
 * The target revision
 */
target: number
title: string
/**
 * The change plan as `whorunsit diff` writes it, as HTML
 */
html: string
}

export interface GetServicesNameRunnerPath {
name: string
}

export interface GetServicesNameRunner200 {
service: string
revision: number
agreedRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
currentRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
since: ({
at: string
reason: string
} | null)
teams: string[]
onCall: {
rotation: string
person: string
}[]
offDuty: string[]
errorBudget: {
remaining: (number | null)
remainingEvents: (number | null)
window: string
status: ("within" | "depleted" | "no-data" | "no-target")
}
/**
 * Where the SLI comes from; "no data since …" when reads fail or return nothing
 */
sli: {
source: ("prometheus" | "pushed")
backend: (string | null)
status: ("ok" | "failing" | "no-data" | "not-read-yet" | "pushed")
lastReadAt: (string | null)
lastSampleAt: (string | null)
lastError: ({
at: string
message: string
} | null)
message: string
}
}

export interface GetIncidentsQuery {
service?: string
from?: string
cursor?: string
limit?: number
}

export interface GetIncidents200 {
incidents: {
id: string
service: string
startedAt: string
detectedAt: (string | null)
resolvedAt: (string | null)
customerVisible: boolean
budgetConsumed: (number | null)
}[]
/**
 * null on the last page
 */
nextCursor: (string | null)
}

export interface GetRunModelEventsQuery {
service?: string
limit?: number
cursor?: string
}

export interface GetRunModelEvents200 {
events: {
id: number
service: string
sequence: number
/**
 * A run model
 */
from: string
/**
 * A run model
 */
to: string
reason: string
at: string
revisionId: (number | null)
}[]
/**
 * Pass as `cursor` for the next page; null on the last
 */
nextCursor: (string | null)
}

export interface GetRevisionsQuery {
limit?: number
cursor?: string
}

export interface GetRevisions200 {
revisions: {
id: number
createdAt: string
author: string
message: string
summary: {
added: string[]
removed: string[]
changed: string[]
}
contentHash: string
restoredFrom: (number | null)
}[]
/**
 * Pass as `cursor` for the next page; null on the last
 */
nextCursor: (string | null)
}

export interface GetRevisionsIdPath {
id: number
}

export interface GetRevisionsId200 {
revision: {
id: number
createdAt: string
author: string
message: string
summary: {
added: string[]
removed: string[]
changed: string[]
}
contentHash: string
restoredFrom: (number | null)
sources: {
/**
 * The file name, as errors will cite it
 */
name: string
/**
 * The YAML text of the file
 */
text: string
}[]
}
}

export interface GetRevisionsIdDiffTargetPath {
id: number
target: number
}

export interface GetRevisionsIdDiffTarget200 {
/**
 * The revision compared from (today)
 */
revision: number
/**
 * The revision compared to (the target)
 */
target: number
/**
 * Every entity (`Kind/name`) added, changed or removed from one revision to the other
 */
changes: {
added: string[]
removed: string[]
changed: string[]
}
/**
 * Exactly what `whorunsit diff <revision> --target <target> --json` prints, with each move to SRE checked against the stored SLI samples and incidents as `--sli` and `--incidents` check it (`moveEvidence`, §12.5)
 */
changePlan: {
modelChanges: {
service: string
from: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
to: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
transition: string
}[]
addedServices: {
service: string
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
}[]
removedServices: {
service: string
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
}[]
organizationChanges: {
change: string
[k: string]: unknown | undefined
}[]
reportingChanges: {
person: string
fromManager: (string | null)
toManager: (string | null)
fromTeam: (string | null)
toTeam: (string | null)
}[]
roleChanges: {
person: string
from: {
role: (string | null)
level: (string | null)
}
to: {
role: (string | null)
level: (string | null)
}
change: string
}[]
[k: string]: unknown | undefined
}
}

export interface PostRevisionsBody {
/**
 * Why the model changed, like a commit message
 */
message?: string
/**
 * Who made the change (e.g. the commit author); the token name is recorded too
 */
author?: string
/**
 * @minItems 1
 * @maxItems 5000
 */
sources: [{
/**
 * The file name, as errors will cite it
 */
name: string
/**
 * The YAML text of the file
 */
text: string
}, ...({
/**
 * The file name, as errors will cite it
 */
name: string
/**
 * The YAML text of the file
 */
text: string
})[]]
}

export interface PostRevisions201 {
revision: {
id: number
createdAt: string
author: string
message: string
summary: {
added: string[]
removed: string[]
changed: string[]
}
contentHash: string
restoredFrom: (number | null)
}
created: boolean
}

export interface GetPlanQuery {
revision?: number
at?: string
}

export interface GetPlan200 {
revision: number
/**
 * The server's clock when the result was computed (ISO 8601)
 */
asOf: string
/**
 * Exactly what `whorunsit plan <paths…> [--sli FILE --incidents FILE --at TIME] --json` prints for the same model
 */
result: {
schemaVersion: 1
meta: {
title: string
/**
 * The document date, YYYY-MM-DD
 */
generatedOn: (string | null)
/**
 * The model revision: a server revision, or a digest of the source files
 */
revision: (string | null)
/**
 * The files the model was read from
 */
sources: string[]
counts: {
organizations: number
teams: number
people: number
services: number
rotations: number
}
findings: {
error: number
warning: number
info: number
}
}
organization: string
summary: {
mixByTier: {
tier: ("high" | "medium" | "low")
services: number
/**
 * Of these services, those without an availability target: their tier comes from demand or is the default (medium) until a target is set
 */
withoutTarget: number
today: {
[k: string]: number | undefined
}
target: {
[k: string]: number | undefined
}
}[]
/**
 * Services whose recommended run model differs from today
 */
changes: number
/**
 * Services whose target waits, and what runs them meanwhile, grouped by target and by what they wait for (`until`): their developers until the SRE the target gives their team joins (§12.4.1), or operations as first line until the team can staff a rotation round the clock (§12.9.5) or, for a service whose nights stay on an operations rotation kept for a high tier, until operations no longer keep it for that tier (§12.6)
 */
meanwhile: {
target: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
interim: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
/**
 * What the services of a group wait for
 */
until: ({
kind: "sre-joins"
} | {
kind: "team-staffed"
sreJoins: boolean
} | {
kind: "first-line-kept"
rotation: string
service: string
team: string
sreJoins: boolean
})
services: string[]
}[]
placement: {
home: ("development" | "operations" | "sre")
label: string
why: string
}
figures: {
id: string
label: string
value: (number | {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | string)
/**
 * JSON pointer to the single place in this document the figure comes from
 */
source: string
/**
 * Id of the document section (anchor)
 */
anchor: string
}[]
headcount: {
organization: string
planned: number
limit: (number | null)
breaks: boolean
breaksBudget: boolean
}[]
/**
 * Ids of the risks, most serious first
 */
topRisks: string[]
decisions: {
id: string
question: string
proposal: string
/**
 * What the proposal costs or puts in question, when it is not settled
 */
tradeOff: (string | null)
section: string
/**
 * Id of the document section (anchor)
 */
anchor: string
}[]
openQuestions: {
question: string
why: string
category: string
}[]
}
thresholds: {
high: number
medium: number
}
dimensions: {
whoRunsIt: {
decidedPer: "service"
changeable: "easily"
services: {
service: string
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
}[]
}
organizational: {
decidedPer: "product-delivery-organization"
changeable: "hardly"
sreTeams: {
team: string
home: ("product-delivery" | "development" | "operations" | "sre")
}[]
sreOrganizations: string[]
}
}
mix: {
shares: {
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
label: string
services: string[]
teams: string[]
}[]
hybrids: {
id: ("ops-sometimes-runs-it" | "ops-monitoring")
label: string
services: string[]
section: string
}[]
}
comparison: {
criteria: {
criterion: string
label: string
verdicts: {
[k: string]: string | undefined
}
}[]
facts: {
[k: string]: {
services: string[]
teams: string[]
highTargetsOrDemand: string[]
highestTarget: (number | null)
misfits: string[]
} | undefined
}
}
services: {
name: string
owner: string
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
availabilityTarget: (number | null)
/**
 * The tier the service is run by: its availability target's, else its demand's, else medium (tierBasis says which)
 */
tier: ("high" | "medium" | "low")
/**
 * Where the tier comes from: the availability target, else demand, else the default (medium); a tier from demand or the default holds until a target is set
 */
tierBasis: ("target" | "demand" | "default")
demand: (("high" | "medium" | "low") | null)
errorBudgetPolicy: (string | null)
sreTeam: (string | null)
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
}[]
recommendation: {
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
rotation: ("team" | "domain" | "thin-layer")
reasons: string[]
/**
 * What runs the service until the target can be staffed: you-run-it until the SRE the target gives its team joins (§12.4.1), ops-runs-it while operations stay first line; `until` says what it waits for; null when nothing waits
 */
interim: (("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized") | null)
/**
 * What the interim waits for; null when nothing waits
 */
until: (({
kind: "sre-joins"
} | {
kind: "team-staffed"
team: string
/**
 * its people who can be on call, the joining SRE counted
 */
people: number
/**
 * what its rotation round the clock needs by the sizing rule
 */
needed: number
/**
 * whether people counts an SRE the hiring list hires for the team: the move waits for that SRE to join too (§12.4.1)
 */
sreJoins: boolean
} | {
kind: "first-line-kept"
rotation: string
service: string
team: string
/**
 * whether that service waits for the SRE the hiring list hires for team too
 */
sreJoins: boolean
}) | null)
/**
 * The SRE team that shares or takes its on-call in the target (§12.4, §12.5); null when SRE is not on its pager, or its SRE is a hire with no SRE team for its owner today
 */
sreTeam: (string | null)
/**
 * What must be agreed before SRE takes its share of the on-call: an error budget policy, or in it a rule for when SRE hands the service back (§12.1, §12.4.1, §12.4.2, §12.5); null when nothing
 */
agreeFirst: (("error-budget-policy" | "handback-rule") | null)
}
}[]
capacities: {
team: string
sres: string[]
supported: string[]
consulting: string[]
covered: string[]
fallback: string[]
spare: number
spareSres: string[]
}[]
runningAlone: {
team: string
sres: string[]
teams: string[]
services: string[]
rotations: string[]
}[]
placements: {
team: string
organization: string
home: ("product-delivery" | "development" | "operations" | "sre")
chapter: ({
placement: string
reportingLine: string
incentives: string
headCount: string
budget: string
costAccounting: string
kpis: string
kpiRoot: ("products-under-development" | "incidents" | "reliability-user-experience")
exampleKpis: string[]
goals: string
identityAndPride: string
pride: string
identityTriangle: {
highest: ("product" | "incidents" | "reliability-user-experience")
focus: string
}
scalability: string
} | null)
reportingLine: string[]
teamHeadCount: number
organizationHeadCount: number
headcountLimit: (number | null)
budgetPerYear: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
costCenter: (string | null)
charges: {
transferPrice: string
consumer: string
hoursPerMonth: number
}[]
}[]
placementOptions: {
current: (("development" | "operations" | "sre") | null)
recommended: ("development" | "operations" | "sre")
why: string
options: {
home: ("development" | "operations" | "sre")
label: string
current: boolean
recommended: boolean
/**
 * The organization of this type in the model, if any
 */
organization: (string | null)
reportingLine: string
headCountAndBudget: string
headcount: {
/**
 * SRE team people (after the hiring list) who would sit here
 */
sres: number
organizationAfter: (number | null)
limit: (number | null)
fits: (boolean | null)
}
kpiRoot: string
exampleKpis: string[]
chargeback: string
/**
 * Whether SRE sitting here needs a director or VP of its own (§12.8.2)
 */
newDirector: boolean
/**
 * That director (§12.8.2): not needed in this home, in place (the organization names its head), head-above (its head heads an organization above it too, the company say: none of its own, which the director decision asks about), head-unnamed (the organization exists and names none), or to-hire (no such organization yet: the extra cost per year is theirs)
 */
director: ("not-needed" | "in-place" | "head-above" | "head-unnamed" | "to-hire")
/**
 * An exact amount of money
 */
extraCostPerYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
identity: string
/**
 * §12.7.2: the axis of the SRE identity triangle that scores highest in this home
 */
identityTriangle: {
highest: ("product" | "incidents" | "reliability-user-experience")
focus: string
}
risks: string[]
/**
 * For or against, with their sections
 */
reasons: string[]
}[]
}
topology: {
models: {
runModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it")
options: {
option: ((1 | 2 | 3) | null)
teams: string[]
services: string[]
}[]
}[]
sreInfrastructure: {
team: string
organization: string
home: string
}[]
}
reportingLines: {
person: string
group: ("developer" | "sre" | "sre-infrastructure-engineer")
team: (string | null)
teamOrganization: (string | null)
lineOrganization: (string | null)
lineOrganizationType: (("product-delivery" | "development" | "operations" | "sre") | null)
managerChain: string[]
runModels: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it")[]
}[]
reportingLinesTable: {
models: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it")[]
table: {
[k: string]: {
[k: string]: {
[k: string]: number | undefined
} | undefined
} | undefined
}
}
newDirector: {
needed: boolean
organizations: {
organization: string
runsSreTeamModels: boolean
head: (string | null)
headReportsTo: (string | null)
/**
 * The organization above the SRE organization its head heads too, if any
 */
headHeads: (string | null)
}[]
reason: string
}
positioning: {
organization: string
positioning: (("cost-center" | "asset" | "partner" | "enabler") | null)
focus: (string | null)
strategy: (string | null)
advice: string
}[]
transitions: {
scope: ("organization" | "service")
name: string
from: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
to: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
verdict: ("possible" | "unlikely" | "no-reason")
/**
 * What runs the service on the way: you-run-it until the SRE the target gives its team joins (§12.4.1), ops-runs-it while operations stay first line; `until` says what it waits for
 */
interim: (("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized") | null)
/**
 * What the interim waits for; null without one
 */
until: (({
kind: "sre-joins"
} | {
kind: "team-staffed"
team: string
/**
 * its people who can be on call, the joining SRE counted
 */
people: number
/**
 * what its rotation round the clock needs by the sizing rule
 */
needed: number
/**
 * whether people counts an SRE the hiring list hires for the team: the move waits for that SRE to join too (§12.4.1)
 */
sreJoins: boolean
} | {
kind: "first-line-kept"
rotation: string
service: string
team: string
/**
 * whether that service waits for the SRE the hiring list hires for team too
 */
sreJoins: boolean
}) | null)
}[]
staffing: {
sreTeams: {
developmentTeams: string[]
needed: number
current: number
sreTeams: string[]
/**
 * teams of type sre in which nobody practises SRE (§12.4.6, §12.9.4): not counted as SRE teams
 */
inNameOnly: string[]
gap: number
/**
 * the development teams by the organization whose SRE teams scale with them (§12.4.1), each with its need; `needed` is their sum
 */
byOrganization: {
/**
 * the development organization whose own SRE teams serve these teams; null: served from elsewhere, or by no SRE team yet
 */
organization: (string | null)
developmentTeams: string[]
needed: number
}[]
/**
 * the most SRE teams one organization needs (§12.4.1: more than two asks about its home)
 */
mostInOneOrganization: number
}
headcount: {
roles: {
junior: {
level: ("junior" | "senior" | "principal")
basis: ("development-teams" | "product-domains" | "product-lines")
units: string[]
needed: number
people: string[]
current: number
/**
 * this level's places held by spare SREs of a higher level (§12.10)
 */
heldAbove: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs of this level in places of a lower level
 */
holdingBelow: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs beyond their own site's places counted for this level's places at another site: only those no rotation needs where they are (§12.6)
 */
redeploy: number
/**
 * places nobody holds: what the hiring list hires
 */
short: number
byLocation: {
/**
 * the site, named by the cities of its people, most people first (siteName)
 */
location: string
/**
 * every location the site's people give, most common first (colleagues at most two hours apart are one site)
 */
locations: string[]
timezone: (string | null)
needed: number
current: number
/**
 * places here held by SREs of a higher level (§12.10.2)
 */
heldAbove: number
/**
 * of current, SREs a rotation needs where they are (§12.6): counted for this site’s places only
 */
kept: number
/**
 * SREs here beyond every place they are counted for
 */
left: number
/**
 * of left, those no rotation needs here: free to take places elsewhere
 */
movable: number
/**
 * SREs here beyond their site's places set aside for the next level's open places by promotion (§12.10.2), before they hold a place below
 */
reserved: number
}[]
}
senior: {
level: ("junior" | "senior" | "principal")
basis: ("development-teams" | "product-domains" | "product-lines")
units: string[]
needed: number
people: string[]
current: number
/**
 * this level's places held by spare SREs of a higher level (§12.10)
 */
heldAbove: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs of this level in places of a lower level
 */
holdingBelow: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs beyond their own site's places counted for this level's places at another site: only those no rotation needs where they are (§12.6)
 */
redeploy: number
/**
 * places nobody holds: what the hiring list hires
 */
short: number
byLocation: {
/**
 * the site, named by the cities of its people, most people first (siteName)
 */
location: string
/**
 * every location the site's people give, most common first (colleagues at most two hours apart are one site)
 */
locations: string[]
timezone: (string | null)
needed: number
current: number
/**
 * places here held by SREs of a higher level (§12.10.2)
 */
heldAbove: number
/**
 * of current, SREs a rotation needs where they are (§12.6): counted for this site’s places only
 */
kept: number
/**
 * SREs here beyond every place they are counted for
 */
left: number
/**
 * of left, those no rotation needs here: free to take places elsewhere
 */
movable: number
/**
 * SREs here beyond their site's places set aside for the next level's open places by promotion (§12.10.2), before they hold a place below
 */
reserved: number
}[]
}
principal: {
level: ("junior" | "senior" | "principal")
basis: ("development-teams" | "product-domains" | "product-lines")
units: string[]
needed: number
people: string[]
current: number
/**
 * this level's places held by spare SREs of a higher level (§12.10)
 */
heldAbove: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs of this level in places of a lower level
 */
holdingBelow: {
level: ("junior" | "senior" | "principal")
count: number
}[]
/**
 * SREs beyond their own site's places counted for this level's places at another site: only those no rotation needs where they are (§12.6)
 */
redeploy: number
/**
 * places nobody holds: what the hiring list hires
 */
short: number
byLocation: {
/**
 * the site, named by the cities of its people, most people first (siteName)
 */
location: string
/**
 * every location the site's people give, most common first (colleagues at most two hours apart are one site)
 */
locations: string[]
timezone: (string | null)
needed: number
current: number
/**
 * places here held by SREs of a higher level (§12.10.2)
 */
heldAbove: number
/**
 * of current, SREs a rotation needs where they are (§12.6): counted for this site’s places only
 */
kept: number
/**
 * SREs here beyond every place they are counted for
 */
left: number
/**
 * of left, those no rotation needs here: free to take places elsewhere
 */
movable: number
/**
 * SREs here beyond their site's places set aside for the next level's open places by promotion (§12.10.2), before they hold a place below
 */
reserved: number
}[]
}
}
unleveled: string[]
infrastructure: string[]
/**
 * open SRE positions: not counted
 */
openPositions: string[]
/**
 * SRE titles without SRE practice (srePracticeMonths: 0): not counted (§12.4.6, §12.9.4)
 */
withoutPractice: string[]
/**
 * no product line is stated: the business is one business line (§12.10.2)
 */
oneBusinessLine: boolean
/**
 * the company's SRE scope is one team: one SRE in the domain's senior place holds the team, domain and business line (§12.10)
 */
oneTeam: ({
line: string
domain: string
team: string
} | null)
withoutDomain: string[]
withoutProductLine: string[]
}
hiring: {
level: ("junior" | "senior" | "principal")
count: number
location: string
timezone: (string | null)
organization: (string | null)
reason: string
}[]
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
coverage: ("24x7" | "8x5" | "8x7")
needed: number
current: number
shortfall: number
setup: ("one-site" | "one-pool" | "two-sites" | "follow-the-sun" | "any-site")
followTheSun: (("declared" | "automatic") | null)
sites: {
site: string
current: number
needed: number
hoursPerDay: (number | null)
/**
 * in a follow-the-sun relay, what the site's part of the day needs (§12.6); `needed` is never less than the site has
 */
partNeeds: (number | null)
}[]
sustainable: boolean
/**
 * the product lines it serves (its services’, else its team’s): free SREs go first to a short rotation of their own
 */
productLines: string[]
provider: ({
organization: string
displayName: string
/**
 * of the people who take the rotation's turns, those who work for it
 */
people: number
/**
 * its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost
 */
paysOnCall: boolean
} | null)
}[]
overloaded: {
person: string
hoursPerWeek: number
share: number
rotations: string[]
}[]
/**
 * what the hiring list's quarterly waves cost in the plan's first year, each hire from the start of the quarter it joins, in the model's currency; funding prices the full year (null with one wave)
 */
firstYearOfHires: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
/**
 * the first year's salaries of the waves' hires banded in another currency than the model's, per currency, not converted (empty when none)
 * 
 * Items: An exact amount of money
 */
firstYearOfHiresOtherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
/**
 * junior SRE places offered, before hiring, to people with an SRE title and no SRE practice: they practise SRE before the role is assigned (§12.9.4)
 */
practice: ({
level: "junior"
/**
 * junior places nobody held before the offer
 */
hires: number
/**
 * of those, the places offered to them: the hiring list hires only the rest
 */
offered: number
candidates: {
person: string
name: string
location: string
/**
 * the level their title names
 */
title: (("junior" | "senior" | "principal") | null)
experienceYears: (number | null)
offered: boolean
}[]
/**
 * head count limits that hiring instead would break (§12.4.6)
 */
limitsIfHired: {
organization: string
headcount: number
limit: number
}[]
} | null)
/**
 * SRE teams that sit where the plan does not put SRE, moving with their people to the organization it recommends (§12.8.2); funding counts them there
 */
moves: {
team: string
from: string
to: string
people: string[]
}[]
/**
 * SRE teams in name only (re-titled operations engineers, §12.4.6, §12.9.4) that sit where the plan does not put SRE: they do not move, and funding counts their people where they are
 */
staysInNameOnly: {
team: string
organization: string
}[]
funding: {
organization: string
/**
 * another company's organization (outside the product delivery organization's tree): its budget is a contract, committed in full, never money to spare (§12.4.6)
 */
contract: boolean
costCenter: (string | null)
headcountLimit: (number | null)
annualBudget: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
current: {
headcount: number
/**
 * An exact amount of money
 */
annualCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
planned: {
headcount: number
/**
 * An exact amount of money
 */
annualCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
hires: number
/**
 * people of SRE teams moving into it (or below it) to where the plan puts SRE (§12.8.2)
 */
movedIn: number
/**
 * people of SRE teams moving out of it to where the plan puts SRE
 */
movedOut: number
/**
 * SRE support it buys today at a transfer price from an SRE team that moves into it: support within one cost center is not charged, so the planned cost no longer holds it (§12.4.7)
 */
supportEnded: {
transferPrice: string
provider: string
hoursPerMonth: number
/**
 * An exact amount of money
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
/**
 * SRE support it buys today at a transfer price from an SRE team that moves to another organization than the provider: the price ends with the move; the new home and this organization agree a new one, or the new home carries the cost. The planned cost keeps the old price meanwhile (§12.4.7)
 */
supportRepriced: {
transferPrice: string
provider: string
sreTeam: string
movesTo: string
hoursPerMonth: number
/**
 * An exact amount of money
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
/**
 * open positions the hiring list does not fill (not of an SRE role on services), in the planned head count and, where this budget pays for them, the planned cost
 */
openPositions: {
name: string
role: (string | null)
annualCost: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
}[]
/**
 * promotions of people the organization pays: no head added, the raise in planned
 * 
 * Items: what a promotion adds to a salary a year (§12.10.2)
 */
promotions: {
person: string
from: (("junior" | "senior" | "principal") | null)
to: ("junior" | "senior" | "principal")
today: {
/**
 * major units of currency a year
 */
annual: number
currency: string
basis: ("band" | "default")
band: (string | null)
/**
 * for an SRE with no level: the lowest level whose band matches them, which prices them
 */
assumedLevel: (("junior" | "senior" | "principal") | null)
}
promoted: {
/**
 * major units of currency a year
 */
annual: number
currency: string
basis: ("band" | "default")
band: (string | null)
/**
 * for an SRE with no level: the lowest level whose band matches them, which prices them
 */
assumedLevel: (("junior" | "senior" | "principal") | null)
}
/**
 * the salary at the new level less today’s; null when either is paid in another currency
 */
perYear: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
basis: string
}[]
breaksHeadcount: boolean
breaksBudget: boolean
/**
 * the planned cost against the budget
 */
budget: (({
kind: "fits"
} | {
kind: "over"
/**
 * An exact amount of money
 */
overBy: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
} | {
kind: "over-at-default-salaries"
/**
 * An exact amount of money
 */
overBy: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * the default salaries in the cost
 */
defaulted: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * how many salaries are the defaults
 */
defaults: number
}) | null)
/**
 * today's cost against the budget: what check's over-budget findings say
 */
budgetToday: (({
kind: "fits"
} | {
kind: "over"
/**
 * An exact amount of money
 */
overBy: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
} | {
kind: "over-at-default-salaries"
/**
 * An exact amount of money
 */
overBy: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * the default salaries in the cost
 */
defaulted: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * how many salaries are the defaults
 */
defaults: number
}) | null)
/**
 * where the salaries come from: salary bands or the default salaries
 */
salaries: {
fromBands: number
fromDefaults: number
/**
 * the planned salaries priced at the defaults
 */
defaulted: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * whose planned salaries are the defaults: people by display name, hires by level and location
 */
defaultedFor: string[]
/**
 * Items: An exact amount of money
 */
otherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
}
}[]
/**
 * SREs per site and level beyond the §12.10.2 places (needed − current < 0) and SRE teams beyond §12.4.1: where they go (redeploy, places below, promotion) and what the rest costs a year
 */
surplus: {
byLocation: {
level: ("junior" | "senior" | "principal")
location: string
needed: number
current: number
/**
 * current − needed at this site (> 0)
 */
count: number
/**
 * of them, members of a rotation that needs every member it has (§12.6)
 */
onRotations: number
rotations: string[]
/**
 * of them, beyond what the whole organization needs
 */
spare: number
/**
 * of the spare, the SREs free for other work, by name: in no seat a rotation needs them in and sharing no team’s on-call (§12.9, §12.4.1)
 */
free: string[]
/**
 * the product lines of each free SRE, in the order of `free`: a free SRE goes first to a short rotation of their own
 */
freeProductLines: string[][]
/**
 * how each free SRE is named, in the order of `free`
 */
freeNames: string[]
/**
 * the yearly salary of one SRE of this level here
 */
annualEach: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
/**
 * places nobody holds and no hire fills: left to the surplus at other sites
 */
redeployTo: {
level: ("junior" | "senior" | "principal")
location: string
places: number
}[]
/**
 * per SRE team, the SREs beyond the places its agreed consulting hours hold (supports[].hoursPerMonth of the teams it consults for, §12.4.7): not spare, never attrition
 */
consulting: {
sreTeam: string
hoursPerMonth: number
devTeams: string[]
sres: string[]
names: string[]
}[]
levels: {
level: ("junior" | "senior" | "principal")
atLocations: number
redeploy: number
holdingBelow: number
promoted: number
/**
 * of them, in seats a rotation needs at their site, which no place of the §12.10.2 table takes (§12.6)
 */
seats: number
/**
 * of them, held by the consulting hours their SRE team agreed (§12.4.7)
 */
consulting: number
spare: number
}[]
/**
 * SRE teams beyond the §12.4.1 table
 */
sreTeams: number
/**
 * development teams the SRE teams could carry beyond those supported today
 */
sreTeamRoom: number
/**
 * the yearly salaries of the spare SREs paid in the model's currency
 */
annualCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * their salaries paid in other currencies, per currency, not converted
 * 
 * Items: An exact amount of money
 */
annualCostOther: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
}
/**
 * where the free SREs go: seats of short rotations the §12.6 optimized design keeps (never one it merges or replaces), their team’s on-call, else attrition (§12.6, §12.7.1, §12.10.2)
 */
surplusPlaces: {
joined: {
rotation: string
/**
 * the site the seats are at (a relay); null: anywhere
 */
site: (string | null)
short: number
taken: number
sres: {
sre: string
/**
 * how the plan names them
 */
shown: string
location: string
productLines: string[]
/**
 * the rotation serves none of their product lines
 */
across: boolean
/**
 * the development team the run-model decision assigns them to (§12.4.1)
 */
team: (string | null)
}[]
}[]
/**
 * relay seats short at a site where no free SRE is: a move there or a hire
 */
elsewhere: {
rotation: string
/**
 * the site the seats are at (a relay); null: anywhere
 */
site: (string | null)
short: number
}[]
/**
 * seats still short once the free SREs are placed
 */
unfilled: {
rotation: string
/**
 * the site the seats are at (a relay); null: anywhere
 */
site: (string | null)
short: number
}[]
taken: number
/**
 * free SREs who share the on-call of the team the run-model decision assigns them
 */
sentApart: {
sre: string
/**
 * how the plan names them
 */
shown: string
location: string
productLines: string[]
team: string
}[]
/**
 * free SREs no seat takes and no team is assigned
 */
left: {
sre: string
/**
 * how the plan names them
 */
shown: string
location: string
productLines: string[]
}[]
/**
 * of left, the candidates for a promotion into a short level (§12.10.2): growth room, never attrition
 */
candidates: {
sre: string
level: ("senior" | "principal")
}[]
/**
 * of left, those a short seat would have taken but who take none of its turns: no on-call outside business hours on a round-the-clock rotation (§12.10.1)
 */
noTurns: string[]
}
}
promotions: {
/**
 * The level short of people
 */
level: ("senior" | "principal")
/**
 * The level below, with SREs to spare
 */
from: ("junior" | "senior")
/**
 * SREs of the level below beyond the number it needs
 */
spare: number
/**
 * Places of the short level nobody holds
 */
hires: number
/**
 * Of those, the places a promotion fills (advice promote or assess): the hiring list hires only the rest
 */
promoted: number
/**
 * Where the places are
 */
locations: string[]
/**
 * Best placed first
 */
candidates: {
person: string
name: string
location: (string | null)
/**
 * the site they work at, named as the places and hires are
 */
site: string
experienceYears: (number | null)
/**
 * Every criterion met; one unmet; or none unmet but one without evidence
 */
verdict: ("meets" | "does-not-meet" | "unknown")
/**
 * Criteria the model shows met, with their evidence: what a promotion can cite
 */
met: string[]
/**
 * Criteria the model shows unmet, with their evidence
 */
unmet: string[]
/**
 * Criteria the model records no evidence for
 */
unknown: string[]
}[]
/**
 * promote: a candidate meets every criterion; assess: none fails one, evidence is missing; hire: every candidate fails a criterion
 */
advice: ("promote" | "assess" | "hire")
/**
 * Head count limits that hiring instead of promoting would break (§12.4.6)
 */
limitsIfHired: {
organization: string
headcount: number
limit: number
}[]
}[]
onCallLoad: {
person: string
hoursPerWeek: number
share: number
rotations: string[]
}[]
onCallCost: ({
ok: true
cost: {
policy: string
currency: string
current: {
design: ("current" | "optimized" | "team-rotation-per-team")
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
coverage: ("24x7" | "8x5" | "8x7")
services: string[]
members: (number | null)
relay: ({
parts: {
takeoverMinute: number
january: number
july: number
}[]
} | null)
keeps: (string | null)
provider: ({
organization: string
displayName: string
/**
 * of the people who take the rotation's turns, those who work for it
 */
people: number
/**
 * its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost
 */
paysOnCall: boolean
} | null)
team: ({
name: string
people: number
joining: number
} | null)
staffedFrom: ({
from: ("operations" | "replaced-rotations")
teams: string[]
rotations: string[]
people: number
} | null)
peopleOnCallAtOnce: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
/**
 * An exact amount of money
 */
standbyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
standbyCosts: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
timeOffHoursPerMonth: number
}[]
notes: string[]
peopleOnCallAtOnce: number
peopleOnCallAtNight: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
incidentOffHoursPerMonth: number
cost: {
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
byCurrency: {
currency: string
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
timeOffHoursPerMonth: number
}
optimized: {
design: ("current" | "optimized" | "team-rotation-per-team")
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
coverage: ("24x7" | "8x5" | "8x7")
services: string[]
members: (number | null)
relay: ({
parts: {
takeoverMinute: number
january: number
july: number
}[]
} | null)
keeps: (string | null)
provider: ({
organization: string
displayName: string
/**
 * of the people who take the rotation's turns, those who work for it
 */
people: number
/**
 * its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost
 */
paysOnCall: boolean
} | null)
team: ({
name: string
people: number
joining: number
} | null)
staffedFrom: ({
from: ("operations" | "replaced-rotations")
teams: string[]
rotations: string[]
people: number
} | null)
peopleOnCallAtOnce: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
/**
 * An exact amount of money
 */
standbyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
standbyCosts: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
timeOffHoursPerMonth: number
}[]
notes: string[]
peopleOnCallAtOnce: number
peopleOnCallAtNight: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
incidentOffHoursPerMonth: number
cost: {
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
byCurrency: {
currency: string
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
timeOffHoursPerMonth: number
}
teamRotationPerTeam: {
design: ("current" | "optimized" | "team-rotation-per-team")
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
coverage: ("24x7" | "8x5" | "8x7")
services: string[]
members: (number | null)
relay: ({
parts: {
takeoverMinute: number
january: number
july: number
}[]
} | null)
keeps: (string | null)
provider: ({
organization: string
displayName: string
/**
 * of the people who take the rotation's turns, those who work for it
 */
people: number
/**
 * its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost
 */
paysOnCall: boolean
} | null)
team: ({
name: string
people: number
joining: number
} | null)
staffedFrom: ({
from: ("operations" | "replaced-rotations")
teams: string[]
rotations: string[]
people: number
} | null)
peopleOnCallAtOnce: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
/**
 * An exact amount of money
 */
standbyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
standbyCosts: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
timeOffHoursPerMonth: number
}[]
notes: string[]
peopleOnCallAtOnce: number
peopleOnCallAtNight: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
incidentOffHoursPerMonth: number
cost: {
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
byCurrency: {
currency: string
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
timeOffHoursPerMonth: number
}
saving: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
percent: number
against: "team-rotation-per-team"
}
savingVsCurrent: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
percent: number
}
vsCurrent: {
against: "current"
verdict: ("saves" | "costs-more" | "needs-more-people" | "same")
/**
 * An exact amount of money
 */
money: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
byCurrency: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
people: number
peopleNeeded: {
design: number
against: number
}
peopleOnCallAtNight: {
design: number
against: number
}
}
/**
 * the people the optimized design must hire to staff the thin layer it proposes (§12.6), with their salaries; savingVsCurrent counts them
 */
thinLayerHires: ({
rotations: string[]
people: number
role: ("ops-engineer" | "developer")
location: (string | null)
/**
 * one hire’s yearly salary, in its own currency
 */
annualEach: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
basis: ("band" | "default")
band: (string | null)
/**
 * all their salaries per average month (a year’s ÷ 12); null when paid in another currency than the policy’s
 */
perMonth: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
} | null)
lowerTargets: ({
services: string[]
optimized: {
design: ("current" | "optimized" | "team-rotation-per-team")
rotations: {
name: string
type: ("team" | "domain" | "thin-layer")
coverage: ("24x7" | "8x5" | "8x7")
services: string[]
members: (number | null)
relay: ({
parts: {
takeoverMinute: number
january: number
july: number
}[]
} | null)
keeps: (string | null)
provider: ({
organization: string
displayName: string
/**
 * of the people who take the rotation's turns, those who work for it
 */
people: number
/**
 * its contract pays their on-call: the company prices their turns at 0 in on-call pay, the contract's value is the cost
 */
paysOnCall: boolean
} | null)
team: ({
name: string
people: number
joining: number
} | null)
staffedFrom: ({
from: ("operations" | "replaced-rotations")
teams: string[]
rotations: string[]
people: number
} | null)
peopleOnCallAtOnce: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
/**
 * An exact amount of money
 */
standbyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
standbyCosts: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
timeOffHoursPerMonth: number
}[]
notes: string[]
peopleOnCallAtOnce: number
peopleOnCallAtNight: number
peopleNeeded: number
standbyHoursPerMonth: {
inside: number
outside: number
weekend: number
}
incidentOffHoursPerMonth: number
cost: {
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
byCurrency: {
currency: string
/**
 * An exact amount of money
 */
standby: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
incidents: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
monthlyCost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
timeOffHoursPerMonth: number
}
vsCurrent: {
against: "current"
verdict: ("saves" | "costs-more" | "needs-more-people" | "same")
/**
 * An exact amount of money
 */
money: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Items: An exact amount of money
 */
byCurrency: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
people: number
peopleNeeded: {
design: number
against: number
}
peopleOnCallAtNight: {
design: number
against: number
}
}
} | null)
/**
 * short team pagers of high tiers that a same-domain team pager with room could take instead of growing them (§12.6): offered beside the optimized design, which keeps them; the plan’s risk and on-call decision offer them first
 */
sameDomainPagers: {
/**
 * the short team rotation, kept and grown by the design
 */
short: {
rotation: string
team: string
/**
 * who take its turns
 */
members: number
/**
 * what the sizing rule needs
 */
needed: number
}
/**
 * its services, which would go onto the partner’s rotation
 */
services: string[]
/**
 * the same-domain team rotation with room
 */
partner: {
rotation: string
team: string
/**
 * who take its turns
 */
members: number
/**
 * what the sizing rule needs
 */
needed: number
}
/**
 * what the two teams share: "domain playback", "manager …", "SRE team …"
 */
shared: string[]
/**
 * who take turns on the one rotation, each counted once
 */
together: number
/**
 * the short rotation’s standby pay per average month in the optimized design, per currency, the policy’s first: what joining no longer pays
 * 
 * Items: An exact amount of money
 */
standbyPerMonth: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
}[]
incidentSource: ("incidents" | "assumption")
incidentMonths: number
assumptions: string[]
}
} | {
ok: false
code: ("no-compensation-policy" | "unknown-policy")
message: string
})
cost: {
currency: string
salaryBasis: ("assumed-annual-cost" | "salary-bands")
today: {
people: number
lines: {
id: ("sre-salaries" | "sre-infrastructure-salaries" | "operations-salaries" | "sre-contracts" | "contracts" | "new-hires" | "promotions" | "open-positions" | "oncall-compensation" | "oncall-compensation-sre" | "thin-layer-hires")
label: string
/**
 * People this line pays for (0 for on-call compensation and for contracts: another company pays its people)
 */
people: number
/**
 * An exact amount of money
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Salaries (for on-call compensation: on-call pay) of the people of this line paid in other currencies than the cost: not in perYear (no exchange rates), one sum per currency
 * 
 * Items: An exact amount of money
 */
otherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
/**
 * Where the figure comes from
 */
basis: string
}[]
/**
 * An exact amount of money
 */
total: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
target: {
people: number
lines: {
id: ("sre-salaries" | "sre-infrastructure-salaries" | "operations-salaries" | "sre-contracts" | "contracts" | "new-hires" | "promotions" | "open-positions" | "oncall-compensation" | "oncall-compensation-sre" | "thin-layer-hires")
label: string
/**
 * People this line pays for (0 for on-call compensation and for contracts: another company pays its people)
 */
people: number
/**
 * An exact amount of money
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Salaries (for on-call compensation: on-call pay) of the people of this line paid in other currencies than the cost: not in perYear (no exchange rates), one sum per currency
 * 
 * Items: An exact amount of money
 */
otherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
/**
 * Where the figure comes from
 */
basis: string
}[]
/**
 * An exact amount of money
 */
total: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}
/**
 * target − today, per year
 */
change: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Every open position of the model (id open-positions), paid once filled: in neither total (the target pays open SRE positions through the hiring list); diff counts them in the target model
 */
openPositions: ({
id: ("sre-salaries" | "sre-infrastructure-salaries" | "operations-salaries" | "sre-contracts" | "contracts" | "new-hires" | "promotions" | "open-positions" | "oncall-compensation" | "oncall-compensation-sre" | "thin-layer-hires")
label: string
/**
 * People this line pays for (0 for on-call compensation and for contracts: another company pays its people)
 */
people: number
/**
 * An exact amount of money
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Salaries (for on-call compensation: on-call pay) of the people of this line paid in other currencies than the cost: not in perYear (no exchange rates), one sum per currency
 * 
 * Items: An exact amount of money
 */
otherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
/**
 * Where the figure comes from
 */
basis: string
} | null)
notes: string[]
}
businessCase: {
currency: string
/**
 * The target cost of SRE: SRE salaries, SRE infrastructure, on-call
 */
sreCostPerYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Salaries of the cost of SRE paid in other currencies: not in sreCostPerYear nor in the break-even (no exchange rates), one sum per currency
 * 
 * Items: An exact amount of money
 */
sreCostOtherCurrencies: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}[]
/**
 * Whether the target has SREs or SRE infrastructure people (in place, hired or a new head); when false the cost is on-call pay alone and the verdict says there is no SRE
 */
sreInTarget: boolean
services: {
service: string
tier: (("high" | "medium" | "low") | null)
/**
 * An exact amount of money
 */
revenuePerHour: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
errorBudgetHoursPerYear: (number | null)
revenueAtRiskWithinBudget: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
}[]
/**
 * Revenue per hour of the protected services together
 */
revenuePerHour: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Hours of downtime of these services SRE must prevent a year to pay for itself
 */
breakEvenHoursPerYear: (number | null)
withoutRevenue: string[]
otherCurrency: string[]
verdict: string
/**
 * Measured from incidents when the plan is given them with a baseline (plan --incidents), else null
 */
revenueProtected: ({
/**
 * The incidents, months and baseline the figures come from
 */
basis: string
/**
 * First month counted, YYYY-MM
 */
from: string
/**
 * Last month counted, YYYY-MM
 */
to: string
months: number
/**
 * Revenue protected over those months: baseline − lost
 */
protected: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Revenue lost to customer-visible incidents over those months
 */
lost: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Revenue protected per year at the measured rate (× 12 ÷ months)
 */
perYear: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * Revenue protected per year as a percentage of the cost of SRE per year
 */
shareOfSreCost: (number | null)
/**
 * Incidents of those months fixed before customers noticed (value without a price)
 */
internalIncidents: number
/**
 * All incidents of those months
 */
incidents: number
verdict: string
} | null)
}
errorBudgets: ({
given: false
howToGive: string
} | {
given: true
asOf: string
sli: string
incidents: (string | null)
services: {
name: string
tier: (("high" | "medium" | "low") | null)
target: (number | null)
policy: (string | null)
window: string
period: (string | null)
complete: (boolean | null)
status: ("within" | "depleted" | "no-data" | "no-target")
consumedShare: (number | null)
remaining: (number | null)
exhaustedAt: (string | null)
agreedRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
currentRunModel: ("you-run-it" | "you-and-sre-run-it" | "sre-runs-it" | "ops-runs-it" | "unorganized")
notes: string[]
}[]
unknownServices: string[]
})
chargeback: {
month: string
notes: string[]
statements: {
consumer: string
consumerOrganizations: string[]
provider: string
providerOrganizations: string[]
currency: string
lines: {
sreTeam: string
team: string
hours: number
source: string
/**
 * What the hours buy: a share of the team’s on-call (§12.4), running its services (§12.5), or consulting for a team whose developers run its services alone (§12.4.7)
 */
buys: ("shared-on-call" | "runs-alone" | "consulting")
transferPrice: string
/**
 * An exact amount of money
 */
amount: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
labor: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
infrastructure: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
/**
 * An exact amount of money
 */
total: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
providers: {
provider: string
/**
 * An exact amount of money
 */
received: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
}[]
internal: {
organization: string
costCenter: string
sreTeam: string
team: string
hours: number
/**
 * What the hours buy: a share of the team’s on-call (§12.4), running its services (§12.5), or consulting for a team whose developers run its services alone (§12.4.7)
 */
buys: ("shared-on-call" | "runs-alone" | "consulting")
}[]
unpriced: {
sreTeam: string
team: string
provider: string
consumer: string
hours: number
/**
 * What the hours buy: a share of the team’s on-call (§12.4), running its services (§12.5), or consulting for a team whose developers run its services alone (§12.4.7)
 */
buys: ("shared-on-call" | "runs-alone" | "consulting")
}[]
reconciliation: {
currency: string
/**
 * An exact amount of money
 */
charged: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
/**
 * An exact amount of money
 */
received: {
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
}
balanced: boolean
}[]
}
offerings: {
entries: {
name: string
type: string
service: string
description: (string | null)
priceModel: string
price: ({
/**
 * Decimal text in major units, e.g. "1234.50"
 */
amount: string
/**
 * ISO 4217 code
 */
currency: string
} | null)
provider: (string | null)
chapterPriceModel: boolean
chapterPriceModels: string[]
}[]
notOffered: string[]
}
risks: {
id: string
title: string
likelihood: ("low" | "medium" | "high")
impact: ("low" | "medium" | "high")
/**
 * Display name of who owns the mitigation
 */
owner: (string | null)
mitigation: string
/**
 * The chapter section, e.g. §12.6
 */
section: string
/**
 * What the risk is about, e.g. "Service checkout-api"
 */
about: string
/**
 * A finding code, or the plan fact it comes from; several, joined by ", ", when checks that see one cause from different sides are merged into one risk
 */
source: string
/**
 * Id of the document section (anchor)
 */
anchor: string
}[]
checks: {
code: string
severity: ("error" | "warning" | "info")
subject: {
kind: string
name: string
}
message: string
section: string
}[]
glossary: {
term: string
meaning: string
section: string
}[]
}
}

export interface GetChangePlanQuery {
revision?: number
at?: string
target: number
}

export interface GetChangePlan200 {
revision: number
/**
 * The server's clock when the result was computed (ISO 8601)
 */
asOf: string
/**
 * Exactly what `whorunsit diff <today…> --target <paths…> [--sli FILE --incidents FILE --at TIME] --json` prints for the same model
 */
result: {
[k: string]: unknown | undefined
}
}

export interface GetSchedulesQuery {
revision?: number
from?: string
to?: string
days?: number
policy?: string
}

export interface GetSchedules200 {
revision: number
/**
 * The server's clock when the result was computed (ISO 8601)
 */
asOf: string
/**
 * Exactly what `whorunsit schedule <paths…> --from TIME --to TIME [--policy NAME] [--overrides FILE] --json` prints for the same model
 */
result: {
[k: string]: unknown | undefined
}
}

export interface GetCalendarFeeds200 {
feeds: {
id: string
rotation: string
name: string
createdAt: string
createdBy: string
expiresAt: (string | null)
revokedAt: (string | null)
}[]
}

export interface PostCalendarFeedsBody {
rotation: string
/**
 * Whom it is for, e.g. "ana’s phone"
 */
name?: string
/**
 * When the URL stops working
 */
expiresAt?: string
}

export interface PostCalendarFeeds201 {
feed: {
id: string
rotation: string
name: string
createdAt: string
createdBy: string
expiresAt: (string | null)
revokedAt: (string | null)
}
token: string
url: string
}

export interface GetOnCallOverridesQuery {
from?: string
to?: string
revoked?: ("true" | "false")
}

export interface GetOnCallOverrides200 {
overrides: {
id: number
rotation: string
/**
 * Who takes the rotation’s on-call
 */
person: string
startsAt: string
endsAt: string
reason: string
author: string
createdAt: string
revokedAt: (string | null)
revokedBy: (string | null)
}[]
}

export interface PostOnCallOverridesBody {
rotation: string
/**
 * A person of the model
 */
person: string
/**
 * When they take over (RFC 3339)
 */
from: string
/**
 * When the schedule takes over again (RFC 3339)
 */
to: string
/**
 * Why, for the record
 */
reason?: string
}

export interface PostOnCallOverrides201 {
override: {
id: number
rotation: string
/**
 * Who takes the rotation’s on-call
 */
person: string
startsAt: string
endsAt: string
reason: string
author: string
createdAt: string
revokedAt: (string | null)
revokedBy: (string | null)
}
}

export interface DeleteOnCallOverridesIdPath {
id: number
}

export interface DeleteOnCallOverridesId200 {
override: {
id: number
rotation: string
/**
 * Who takes the rotation’s on-call
 */
person: string
startsAt: string
endsAt: string
reason: string
author: string
createdAt: string
revokedAt: (string | null)
revokedBy: (string | null)
}
}

export interface GetTokens200 {
tokens: {
id: string
name: string
role: ("viewer" | "editor" | "admin" | "ingest")
createdAt: string
revokedAt: (string | null)
/**
 * After this the token no longer works; null: never
 */
expiresAt: (string | null)
/**
 * When it last authenticated a request (to the minute); null: never used
 */
lastUsedAt: (string | null)
}[]
}

export interface PostTokensBody {
/**
 * Who or what uses it, e.g. "ci" or "alertmanager"
 */
name: string
role: ("viewer" | "editor" | "admin" | "ingest")
/**
 * When it stops working: a date (midnight UTC) or a time with a zone; never when absent
 */
expiresAt?: string
}

export interface PostTokens201 {
token: string
record: {
id: string
name: string
role: ("viewer" | "editor" | "admin" | "ingest")
createdAt: string
revokedAt: (string | null)
/**
 * After this the token no longer works; null: never
 */
expiresAt: (string | null)
/**
 * When it last authenticated a request (to the minute); null: never used
 */
lastUsedAt: (string | null)
}
}

export interface DeleteTokensIdPath {
id: string
}

export interface DeleteTokensId200 {
revoked: true
}
