import {
  type CompiledModel,
  isOperationsTeam,
  organizationOpenPositions,
  organizationPeople,
  RUN_MODEL_TRAITS,
  type RunModel,
  type Service,
  teamEngineers,
} from '../../model/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { teamRotationsRoundTheClock } from '../schedule/round-the-clock.ts';
import {
  rotationTeam,
  teamRoundTheClockRotation,
} from '../schedule/team-round-the-clock-rotation.ts';
import { peopleNeeded } from '../staffing/people-needed.ts';
import { sizeRotation } from '../staffing/rotation-sizing.ts';

/**
 * A high-tier service operations keep as first line until the team the plan gives it to can
 * staff a rotation round the clock (§12.9.5), with its developers as second line behind them.
 */
export interface OperationsFirstLine extends TeamSeats {
  /** Today's operations rotation round the clock that covers it, staffed by the sizing rule. */
  readonly rotation: string;
  /** The people who take its turns, and the sizing rule's need (never more than they are). */
  readonly rotationPeople: number;
  readonly rotationNeeded: number;
  /** The team that would go on call for it round the clock under the recommended model. */
  readonly team: string;
  /** Its people who can be on call, with the SRE the plan sends to share its on-call (§12.4.1). */
  readonly people: number;
  /** What its round-the-clock rotation needs by the sizing rule (§12.9.5). */
  readonly needed: number;
  /** Whether the SRE counted in `people` is one the hiring list hires, not one sent today. */
  readonly sreHired: boolean;
  // The team's organization and its head count against its limit (`TeamSeats`, §12.4.6).
}

/**
 * Whether operations stay first line for a service the recommendations move off them, and on
 * what figures. §12.2.2 and §12.6 send a high tier to a team rotation of the people who build it,
 * but §12.9.5 sizes that rotation: where operations run it today on a round-the-clock rotation
 * the sizing rule staffs, and the team it would go to cannot staff one (fewer people who can be
 * on call, with the SRE the plan sends, than a 24x7 rotation needs), the move would trade a
 * working pager for one that burns its people out. Operations keep it on their runbooks until the
 * team can (hired first), and its developers answer them in office hours as second line: the
 * §12.6 thin layer's pattern, "reacted to … using runbooks", "the remaining breaches …
 * forwarded to the respective team on-call rotations", which are "typically … 8/5". parcel-logistics
 * moved the sorters' control system (99.95 %) off depot IT operations' 8 of 8 onto the three
 * developers of depot systems, 5 short. Undefined when the move can be staffed, when operations'
 * rotation is short itself (nothing working to keep), or when the recommendation keeps operations.
 *
 * `sreJoins`: the recommended model brings an SRE the team does not have today (§12.4.1);
 * `sreHired`: that SRE is one the hiring list hires, so the team waits for them as well.
 */
export function operationsFirstLine(
  model: CompiledModel,
  service: Service,
  target: {
    readonly runModel: RunModel;
    readonly sreJoins: boolean;
    readonly sreHired?: boolean | undefined;
  },
): OperationsFirstLine | undefined {
  if (service.spec.runModel !== 'ops-runs-it') return undefined;
  const { developersOnCall, sreOnCall } = RUN_MODEL_TRAITS[target.runModel];
  if (!developersOnCall && !sreOnCall) return undefined;
  const operations = teamRotationsRoundTheClock(model, service).find((r) => {
    const team = rotationTeam(model, r);
    return team !== undefined && isOperationsTeam(model, team);
  });
  if (operations === undefined) return undefined;
  const businessHours = businessHoursOf(model.compensationPolicies.values().next().value?.spec);
  const today = sizeRotation(model, operations, businessHours);
  if (!today.sustainable) return undefined;
  const team =
    target.runModel === 'sre-runs-it' && service.spec.sreTeam !== undefined
      ? service.spec.sreTeam
      : service.spec.owner;
  // A team with a round-the-clock rotation of its own takes it there (the §12.6 design's rule,
  // `teamRoundTheClockRotation`); else a new one of its people, as the design counts them.
  const own = teamRoundTheClockRotation(model, team);
  const joining = target.sreJoins ? 1 : 0;
  const theirs = own === undefined ? undefined : sizeRotation(model, own, businessHours);
  const people = (theirs?.current ?? teamEngineers(model, team).length) + joining;
  const needed = theirs?.needed ?? peopleNeeded('24x7', { businessHours }).total;
  if (people >= needed) return undefined;
  return {
    rotation: operations.name,
    rotationPeople: today.current,
    rotationNeeded: today.needed,
    team,
    people,
    needed,
    sreHired: target.sreJoins && target.sreHired === true,
    ...teamSeats(model, team),
  };
}

/** The seats a team's hires take: its organization, its head count and its limit (§12.4.6). */
export interface TeamSeats {
  readonly organization: string;
  readonly headcount: number;
  readonly headcountLimit: number | undefined;
}

/** The organization a team hires into, its people and open positions, and its limit. */
export function teamSeats(model: CompiledModel, team: string): TeamSeats {
  const organizationName = model.teams.get(team)?.spec.organization ?? '';
  const organization = model.organizations.get(organizationName);
  return {
    organization: organizationName,
    headcount:
      organization === undefined
        ? 0
        : organizationPeople(model, organization).length +
          organizationOpenPositions(model, organization).length,
    headcountLimit: organization?.spec.headcountLimit,
  };
}

/**
 * "; it-development has the seats (21 of 32, 24 after)", or that the limit is raised first: the
 * words the recommendation and the plan's staffing decision say `more` hires in, alike.
 */
export function seatsWords(seats: TeamSeats, more: number): string {
  if (seats.headcountLimit === undefined) return '';
  const after = seats.headcount + more;
  return after <= seats.headcountLimit
    ? `; ${seats.organization} has the seats (${seats.headcount} of ${seats.headcountLimit}, ${after} after)`
    : `; ${seats.organization} is at ${seats.headcount} of ${seats.headcountLimit}: hiring them takes it to ${after}, so the limit is raised first (§12.4.6)`;
}

/**
 * "Operations keep it first line on their runbooks …": the reason the recommendations give, with
 * the cost and the conditions of the arrangement an SRE leader signs instead of the move.
 */
export function operationsFirstLineReason(
  service: Service,
  f: OperationsFirstLine,
  target: RunModel,
): string {
  const more = f.needed - f.people;
  const seats = seatsWords(f, more);
  const runbooks = (service.spec.runbooks ?? []).length > 0;
  const policy = service.spec.errorBudgetPolicy;
  return [
    `Moving it now would take it off ${f.rotation} (24x7, ${f.rotationPeople} of the ${f.rotationNeeded} it needs) onto a rotation of team ${f.team} round the clock with ${f.people} of the ${f.needed} the sizing rule needs${f.sreHired ? ', counting the SRE the hiring list hires for it' : ''}, ${more} short (§12.9.5): operations stay first line on it, on their runbooks, until team ${f.team} can staff that rotation: hire ${more} more into team ${f.team}${f.sreHired ? ', and its SRE joins (§12.4.1): neither is enough alone' : ''}${seats}; then "${RUN_MODEL_TRAITS[target].label}".`,
    `Meanwhile its developers (team ${service.spec.owner}) are second line in office hours: operations page them for what the runbooks do not cover, as a thin layer forwards to a team rotation 8x5 (§12.6); nights wait for morning, so the ops-run finding stands (§12.2.3).`,
    `Conditions: ${f.rotation} stays staffed round the clock at the cost it has today; ${runbooks ? 'its runbooks are kept up by its developers' : 'runbooks are written for it before operations can act on its breaches'}; ${policy === undefined ? 'an error budget policy says what a spent budget stops (§12.1)' : `error budget policy ${policy} holds (§12.1)`}.`,
  ].join(' ');
}
