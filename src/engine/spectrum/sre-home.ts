import {
  type CompiledModel,
  homeOrganizations,
  isOutsideCompany,
  isSreRunModel,
  isSreTeamInNameOnly,
  type Organization,
  organizationOpenPositions,
  organizationPeople,
  organizationTree,
  type Person,
  type Team,
} from '../../model/index.ts';
import { mostCommon } from '../sites/index.ts';
import { sreScope } from '../staffing/sre-scope.ts';
import { sreTeamScaling } from '../staffing/sre-team-scaling.ts';
import { type ComparedHome, SRE_TEAM_HOMES } from './placement-table.ts';
import { serviceRecommendations } from './recommend-services.ts';
import { sreTeamHome } from './sre-team-home.ts';

/** One home SRE could have (§12.4.1–§12.4.3), weighed for this organization. */
export interface SreHomeScore {
  readonly home: ComparedHome;
  /** The organization of that type SRE would sit in; undefined when the model has none. */
  readonly organization: Organization | undefined;
  /** Display name of that organization's head, when it names one. */
  readonly head: string | undefined;
  readonly current: boolean;
  readonly score: number;
  /** For and against, each citing the chapter. */
  readonly reasons: readonly string[];
  /** The risks the chapter names for this home here (head count and positioning are the plan's). */
  readonly risks: readonly string[];
  /**
   * A dedicated SRE organization the model does not have yet: a new director or VP to find if SRE
   * sits there (§12.8.2). An existing one without a named head is not.
   */
  readonly needsDirector: boolean;
}

/** An SRE team that sits today where the plan does not put SRE, and the people who move with it. */
export interface SreTeamMove {
  readonly team: string;
  readonly from: string;
  readonly to: string;
  /** The people in place the team brings (its members and a manager placed by it). */
  readonly people: readonly Person[];
}

/** Where SRE sits today, where it should sit, and what follows for hires and SRE teams. */
export interface SreHome {
  /** The home most SRE teams that practise SRE sit in today; undefined without any. */
  readonly current: ComparedHome | undefined;
  readonly recommended: ComparedHome;
  /** Every compared home, in `SRE_TEAM_HOMES` order. */
  readonly homes: readonly SreHomeScore[];
  /**
   * The organization SRE sits in under the plan: new SREs join it and SRE teams of another home
   * move to it. Undefined when the recommended home has no organization in the model.
   */
  readonly organization: string | undefined;
  readonly moves: readonly SreTeamMove[];
  /**
   * SRE teams in name only (`isSreTeamInNameOnly`) that sit where the plan does not put SRE: they
   * do not move with SRE's home. Their people are operations engineers in practice and stay in
   * their organization; each can join SRE through the same bar as a hire (§12.4.6, §12.9.4).
   */
  readonly staysInNameOnly: readonly SreTeamStays[];
}

/** An SRE team in name only that stays where it sits when SRE's home is elsewhere. */
export interface SreTeamStays {
  readonly team: string;
  readonly organization: string;
}

/**
 * Where SRE should sit (§12.8.2), one rule for the placement options, the hiring list and the
 * funding: the home SRE has today weighs most (moving it is what §12.8.2 calls hard to correct),
 * then how many SRE teams the organization needs (more than two outgrow a development
 * organization, §12.4.1), SRE running services alone or offering services (a dedicated
 * organization is their hub, §12.4.3), a new director (§12.8.2) and KPIs rooted in incidents
 * (criticized, §12.4.8). Where SRE sits is decided once for the whole organization (§12.8.2): an
 * SRE team of another home moves to the recommended one, with its people, unless it is an SRE
 * team in name only (§12.4.6, §12.9.4): re-titled operations engineers are no SRE capacity, so
 * they stay where they sit. Worked out once per model (`model.derive`).
 */
export function sreHome(model: CompiledModel): SreHome {
  return model.derive(weighHomes);
}

function weighHomes(model: CompiledModel): SreHome {
  const sreTeams = model.index.teamsOfType('sre');
  // SRE sits where its teams that practise SRE sit: a team in name only is operations in all but
  // its name (§12.4.6, §12.9.4), so it neither makes a home current nor moves out of one.
  const current = mostCommonHome(
    sreTeams.filter((t) => !isSreTeamInNameOnly(model, t)).map((t) => sreTeamHome(model, t)),
  );
  // §12.4.1 asks about a development organization hosting "above two" SRE teams: the most
  // one organization needs, not the company's sum (three product lines with an SRE team each
  // crowd none of them).
  const scaling = sreTeamScaling(model);
  const teamsNeeded = scaling.mostInOneOrganization;
  const teamsInAll = scaling.needed;
  const runsAlone = [...model.services.values()].some((s) => s.spec.runModel === 'sre-runs-it');
  const offers = model.offerings.size > 0;
  const recommendations = serviceRecommendations(model);
  const sreInTarget = [...recommendations.values()].some((r) => isSreRunModel(r.runModel));
  const homes = SRE_TEAM_HOMES.map((home) =>
    weigh(model, {
      home,
      isCurrent: current === home,
      teamsNeeded,
      teamsInAll,
      runsAlone,
      offers,
      sreInTarget,
    }),
  );
  const order: readonly ComparedHome[] = current
    ? [current, 'sre', 'development', 'operations']
    : ['development', 'sre', 'operations'];
  const best = [...homes].sort(
    (a, b) => b.score - a.score || order.indexOf(a.home) - order.indexOf(b.home),
  )[0] as SreHomeScore;
  const organization = best.organization?.name;
  const elsewhere =
    organization === undefined ? [] : sreTeams.filter((t) => sreTeamHome(model, t) !== best.home);
  const moves =
    organization === undefined
      ? []
      : elsewhere
          .filter((t) => !isSreTeamInNameOnly(model, t))
          .map((t) => ({
            team: t.name,
            from: t.spec.organization,
            to: organization,
            people: sreTeamPeople(model, t),
          }));
  const staysInNameOnly = elsewhere
    .filter((t) => isSreTeamInNameOnly(model, t))
    .map((t) => ({ team: t.name, organization: t.spec.organization }));
  return { current, recommended: best.home, homes, organization, moves, staysInNameOnly };
}

function weigh(
  model: CompiledModel,
  facts: {
    readonly home: ComparedHome;
    readonly isCurrent: boolean;
    /** The most SRE teams one organization needs (§12.4.1). */
    readonly teamsNeeded: number;
    /** The SRE teams needed in all. */
    readonly teamsInAll: number;
    readonly runsAlone: boolean;
    readonly offers: boolean;
    readonly sreInTarget: boolean;
  },
): SreHomeScore {
  const { home, isCurrent, teamsNeeded, teamsInAll, runsAlone, offers, sreInTarget } = facts;
  const org = homeOrganization(model, home);
  const headPerson = org?.spec.head ? model.people.get(org.spec.head) : undefined;
  const head = headPerson
    ? (headPerson.spec.displayName ?? headPerson.metadata.displayName ?? headPerson.name)
    : undefined;
  const reasons: string[] = [];
  const risks: string[] = [];
  let score = 0;
  if (isCurrent) {
    score += 2;
    reasons.push(
      'SRE sits here today: where SRE sits is the decision §12.8.2 calls hard to correct, so moving it needs a reason (§12.8.2).',
    );
  }
  const crowded = org === undefined ? undefined : crowdedByMove(model, home, org);
  if (crowded !== undefined) {
    score -= 1;
    reasons.push(
      `Moving the SRE team${crowded.teams === 1 ? '' : 's'} in takes ${org?.name} to ${crowded.after} people against its head count limit of ${crowded.limit}, before anyone is hired (§12.4.6).`,
    );
  }
  // A new director is one for an SRE organization the model does not have yet (§12.8.2), whether
  // or not the target gives it services yet: the option compares what setting one up takes. An
  // existing one whose head the model does not name has a head to name, not a director to find:
  // an open question, not a reason to move SRE out of it.
  const needsDirector = home === 'sre' && org === undefined;
  const headUnnamed = home === 'sre' && sreInTarget && org !== undefined && !head;
  if (home === 'development') {
    if (teamsNeeded > 2) {
      score -= 2;
      reasons.push(
        `The organization needs ${teamsNeeded} SRE teams: with more than two, a development organization should ask whether it is the right home (§12.4.1).`,
      );
      risks.push('More SRE teams than a development organization should host (§12.4.1).');
    } else {
      score += 1;
      reasons.push(
        teamsNeeded === 0
          ? 'No SRE team is needed yet (no development team is supported by SRE); when one is, a development organization can host up to two (§12.4.1).'
          : teamsInAll > teamsNeeded
            ? `${teamsInAll} SRE teams needed, at most ${teamsNeeded} in any one development organization: a development organization can host up to two (§12.4.1).`
            : `${teamsNeeded} SRE team${teamsNeeded === 1 ? '' : 's'} needed: a development organization can host up to two (§12.4.1).`,
      );
    }
    score += 1;
    reasons.push('No new director or VP, and SRE goals stay product-centric (§12.4.5, §12.8.2).');
    risks.push(
      'SRE priorities set by product goals: reliability competes with features in one line (§12.7.1).',
    );
  }
  if (home === 'operations') {
    score -= 1;
    reasons.push(
      'KPIs rooted in incidents (MTTR, incident counts), which the chapter warns do not show the user experience (§12.4.8).',
    );
    risks.push('Operations engineers re-titled as SREs without development skills (§12.4.6).');
    risks.push('KPIs rooted in incidents, not in error budgets (§12.4.8).');
  }
  if (home === 'sre') {
    if (teamsNeeded > 2) {
      score += 1;
      reasons.push(
        `${teamsNeeded} SRE teams needed: a dedicated SRE organization scales them without crowding a development organization (§12.4.1).`,
      );
    }
    if (runsAlone || offers) {
      score += 1;
      reasons.push(
        `${runsAlone ? 'SRE runs services alone' : 'SRE offers services'}: a dedicated SRE organization is the hub for infrastructure, practices and offerings (§12.4.3).`,
      );
    }
    if (needsDirector) {
      score -= 1;
      reasons.push('Needs a new director or VP, who is not named yet (§12.8.2).');
      risks.push(
        'A new director or VP to hire, and whom they report to is still open (§12.8.2, §12.8.3).',
      );
    }
    if (headUnnamed)
      reasons.push(
        `${org?.name} names no head: name its director or VP and the line they report to (§12.8.2).`,
      );
  }
  if (!sreInTarget && home !== 'development') {
    score -= 1;
    reasons.push(
      'The target runs no service with an SRE team: a separate home for SRE has little to do yet (§12.4).',
    );
  }
  return {
    home,
    organization: org,
    head,
    current: isCurrent,
    score,
    reasons,
    risks,
    needsDirector,
  };
}

/**
 * §12.4.6: "a head count limit … may reduce the maneuvering room". Moving SRE teams of another
 * home into an organization is itself a change of its head count: where the move alone takes it
 * over its limit, the home has no room for SRE without raising the limit, and that weighs against
 * it. parcel-logistics' plan moved an SRE team of six, placed under the CTO by last year's
 * reorganization, into product engineering with three free seats (43 of 40 before any hire).
 * The SRE teams that move are those `placementOptions` counts in: practising SRE, of another
 * home, outside this organization's tree.
 */
function crowdedByMove(
  model: CompiledModel,
  home: ComparedHome,
  org: Organization,
): { readonly teams: number; readonly after: number; readonly limit: number } | undefined {
  const limit = org.spec.headcountLimit;
  if (limit === undefined) return undefined;
  const tree = organizationTree(model, org);
  const moving = model.index
    .teamsOfType('sre')
    .filter(
      (t) =>
        !isSreTeamInNameOnly(model, t) &&
        sreTeamHome(model, t) !== home &&
        !tree.has(t.spec.organization),
    );
  const movingIn = moving.reduce((n, t) => n + sreTeamPeople(model, t).length, 0);
  if (movingIn === 0) return undefined;
  const after =
    organizationPeople(model, org).length + organizationOpenPositions(model, org).length + movingIn;
  return after > limit ? { teams: moving.length, after, limit } : undefined;
}

/**
 * The organization of a home's type SRE sits in: the one most SRE teams of that type sit in
 * today, else the one most development teams SRE serves sit in, else the first in model order.
 */
export function homeOrganization(
  model: CompiledModel,
  home: ComparedHome,
): Organization | undefined {
  const ofType = (name: string) => model.organizations.get(name)?.spec.type === home;
  const name =
    mostCommon(
      model.index
        .teamsOfType('sre')
        .map((t) => t.spec.organization)
        .filter(ofType),
    ) ??
    mostCommon(
      sreScope(model)
        .map((s) => s.team.spec.organization)
        .filter(ofType),
    );
  if (name !== undefined) return model.organizations.get(name);
  // An organization outside the product delivery organization's tree is another company (a
  // managed-service provider under contract, retail-peak's vendor): SRE cannot sit there.
  for (const org of model.organizations.values()) {
    if (org.spec.type === home && !isOutsideCompany(model, org.name)) return org;
  }
  return undefined;
}

/** The people in place an SRE team brings when it moves: those the team places (§12.4.4). */
export function sreTeamPeople(model: CompiledModel, team: Team): readonly Person[] {
  return model.derive(peopleByPlacingTeam).get(team.name) ?? [];
}

/**
 * The people in place each team places, in model order, worked out once per model: asked per
 * SRE team, a scan of everyone for each was quadratic.
 */
function peopleByPlacingTeam(model: CompiledModel): ReadonlyMap<string, readonly Person[]> {
  const homes = homeOrganizations(model);
  const byTeam = new Map<string, Person[]>();
  for (const person of model.people.values()) {
    if (person.spec.openPosition === true) continue;
    const home = homes.get(person.name);
    if (home?.via === undefined || (home.by !== 'team' && home.by !== 'manages-team')) continue;
    const list = byTeam.get(home.via);
    if (list) list.push(person);
    else byTeam.set(home.via, [person]);
  }
  return byTeam;
}

function mostCommonHome(homes: readonly string[]): ComparedHome | undefined {
  const counts = new Map<ComparedHome, number>();
  for (const h of homes) {
    if (h === 'development' || h === 'operations' || h === 'sre')
      counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
