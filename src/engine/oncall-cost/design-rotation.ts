import type { Coverage, RotationProvider, RotationType } from '../../model/index.ts';
import type { PartMinutes } from '../sites/index.ts';
import type { SameDomainPager } from './same-domain-pager.ts';

/** A follow-the-sun relay as priced: each site's part of the day, from its takeover, in its zone. */
export interface DesignRelay {
  readonly parts: readonly RelayPart[];
}

/** One site's part of a relay: from its local takeover time, so many minutes a day. */
export interface RelayPart extends PartMinutes {
  /** Local time of day the site takes over, minutes after midnight. */
  readonly takeoverMinute: number;
}

/** A rotation of an on-call design: one the model has, or one a design proposes. */
export interface DesignRotation {
  readonly name: string;
  readonly type: RotationType;
  readonly coverage: Coverage;
  /** The services it is on call for. */
  readonly services: readonly string[];
  /** Its members today; undefined for a proposed rotation. */
  readonly members?: number | undefined;
  /**
   * People it needs by the sizing rule (`staffing/rotation-sizing.ts`: a primary and a
   * secondary, nobody on call more than a quarter of their time; per site when it follows the
   * sun).
   */
  readonly peopleNeeded: number;
  /** Set when it follows the sun: each site stands by only for its part of the day. */
  readonly relay?: DesignRelay | undefined;
  /** The rotation of today it keeps, when it keeps one (a proposed rotation has none). */
  readonly keeps?: string | undefined;
  /**
   * Another company that staffs it under its contract (`rotationProvider`: a rotation of today
   * most of whose people work for it): fewer people than `peopleNeeded` is the contract's to
   * staff, not people to hire or move in; a proposed rotation is the company's own.
   */
  readonly provider?: RotationProvider | undefined;
  /**
   * For a team rotation the design adds or extends: the team whose people take its turns and how
   * many of them can (`teamEngineers`). Fewer than `peopleNeeded` is a shortfall the design
   * states, not people it assumes.
   */
  readonly team?: TeamPeople | undefined;
  /**
   * For a thin layer the design proposes: who takes its turns (§12.6), from which teams or
   * today's rotations, and how many people can; fewer than `peopleNeeded` is a shortfall.
   */
  readonly staffedFrom?: StaffedFrom | undefined;
}

/** The people who staff a proposed thin layer: an operations team's, or those of the rotations it replaces. */
export interface StaffedFrom {
  readonly from: 'operations' | 'replaced-rotations';
  readonly teams: readonly string[];
  readonly rotations: readonly string[];
  readonly people: number;
}

/** A team and the number of its people who can be on call (`teamEngineers`). */
export interface TeamPeople {
  readonly name: string;
  readonly people: number;
  /**
   * SREs the plan sends to share the team's on-call (`sresJoiningTeams`, §12.4.1): 1 or 0. The
   * rotation counts them beside `people`, who are the team's today.
   */
  readonly joining: number;
}

export type DesignName = 'current' | 'optimized' | 'team-rotation-per-team';

/**
 * SREs who leave a rotation of their own to share the developers' (§12.4.1): `rotation` keeps the
 * developers' rotation of today, the members of `joins` join it.
 */
export interface SharedOnCall {
  readonly rotation: string;
  readonly joins: readonly string[];
  /** Members today: the developers' rotation's and the SREs' who join it. */
  readonly developers: number;
  readonly sres: number;
  readonly services: readonly string[];
  /**
   * Members of `joins` the plan sends to share another team's on-call instead (spare SREs,
   * §12.4.1), with the rotation they join: not among `sres`.
   */
  readonly sentAway: readonly { readonly sre: string; readonly to: string }[];
}

/**
 * A change to today's rotations a note of the design explains: the note, word for word as in
 * `notes`, and the rotations (today's it drops or changes, proposed ones it adds) whose figures
 * against today it carries.
 */
export interface ExplainedChange {
  readonly note: string;
  readonly rotations: readonly string[];
}

export interface Design {
  readonly name: DesignName;
  readonly rotations: readonly DesignRotation[];
  /** Changes to today's rotations that a note explains; others are said rotation by rotation. */
  readonly changes?: readonly ExplainedChange[];
  /** Today's office-hours rotations the design extends to 24x7 (their notes say so). */
  readonly extended?: readonly string[];
  /** Rotations the SREs share with the developers instead of one of their own. */
  readonly shared?: readonly SharedOnCall[];
  /**
   * High-tier services whose team rotation, added or extended by the design, needs more people
   * than their team has: the alternative lowers their targets to the medium tier (§12.6, §12.8).
   */
  readonly shortOfPeople?: readonly string[];
  /**
   * Short team pagers of high tiers that a same-domain team pager with room could take instead of
   * growing them (§12.6): offered beside the design, which keeps them (`sameDomainPagers`).
   */
  readonly sameDomainPagers?: readonly SameDomainPager[];
  /** Why each service sits where it does, when the design says more than its rotations. */
  readonly notes: readonly string[];
}
