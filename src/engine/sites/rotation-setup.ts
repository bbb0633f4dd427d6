import type { CompiledModel, Rotation } from '../../model/index.ts';
import { HOURS_PER_WEEK, MAX_ON_CALL_SHARE, ON_CALL_AT_ONCE } from '../coverage-hours/index.ts';
import { type ModelSites, modelSites } from './model-sites.ts';
import { type PartMinutes, relayParts } from './relay-parts.ts';
import { type RotationSite, rotationSites } from './rotation-sites.ts';
import { SITE_DAY, siteTakeovers } from './site-takeovers.ts';

/**
 * The fewest people a follow-the-sun relay has in all: the chapter's "6 at each of two sites"
 * (§12.9.5, after Google's SRE book), spread over however many sites share the day: 6 at each
 * of two, 4 at each of three, 3 at each of four.
 */
export const MIN_RELAY_PEOPLE = 12;

/** A site of a follow-the-sun relay: its members, its part of the day and who it needs. */
export interface RelaySite extends RotationSite {
  /** Local time of day the site takes over, minutes after midnight (`siteTakeovers`). */
  readonly takeoverMinute: number;
  readonly part: PartMinutes;
  /**
   * People the site needs for its part: a primary and a secondary for its longest part, nobody
   * over a quarter of their time, and never fewer than its share of `MIN_RELAY_PEOPLE`.
   */
  readonly needed: number;
}

/** Why a round-the-clock rotation is one pool rather than a relay. */
export type PoolReason =
  /** 8x5 and 8x7 keep business hours in the rotation's zone: nothing to relay. */
  | 'business-hours'
  /** Every member is at one site. */
  | 'one-site'
  /** The rotation says `followTheSun: false`. */
  | 'declared'
  /** The sites are too close: some site's part of the day would fall at night. */
  | 'night-at-a-site'
  /** The zones fit, but some site has fewer people than its part needs. */
  | 'too-few-at-a-site';

/** How a rotation keeps its coverage: one pool taking whole turns, or sites relaying the day. */
export type RotationSetup =
  | {
      readonly kind: 'pool';
      readonly reason: PoolReason;
      /** Where the members are (for reading; a pool ignores it). */
      readonly sites: readonly RotationSite[];
      /** The relay the zones would allow, when they do but its sites are too small. */
      readonly relay?: readonly RelaySite[] | undefined;
    }
  | {
      readonly kind: 'relay';
      /** `declared` by `followTheSun: true` or `{ sites }`, or `automatic` because it works. */
      readonly basis: 'declared' | 'automatic';
      readonly sites: readonly RelaySite[];
      /** Zones of `followTheSun.sites` that name none of the rotation's sites. */
      readonly unmatched: readonly string[];
    };

/**
 * Whether a rotation follows the sun. A site is a group of people who share working hours
 * (`modelSites`), and a rotation of N people taking weekly turns shares the hours about 1/N
 * each wherever they live, unless it follows the sun: each site covers its own part of the day,
 * from its local handoff time to the next site's. It does so only round the clock (`24x7`),
 * with members at two sites or more, and
 * - when the rotation says so (`followTheSun: true`, or `{ sites }` with when each site takes
 *   over), whatever that does to the sites; or
 * - unless it says not to (`followTheSun: false`), when every site's part lies within its day
 *   (07:00–23:00 local, in January and in July) and every site has the people its part needs.
 * Each site covers from its takeover (`siteTakeovers`: stated, else the day split by working
 * hours) until the next site's. Otherwise it is one pool. Schedules, `oncall`, hours, sizing,
 * `rotation-too-small`, compensation and `oncall-cost` all ask this one function.
 */
export function rotationSetup(
  model: CompiledModel,
  rotation: Rotation,
  sites: ModelSites = modelSites(model),
): RotationSetup {
  // Sizing, on-call load, today's cost and the checks each ask for every rotation's setup: the
  // model's own rotations are worked out once per model. A rotation the engine makes up (a
  // design's) or other sites are worked out each time.
  if (sites !== modelSites(model) || model.rotations.get(rotation.name) !== rotation) {
    return setupOf(model, rotation, sites);
  }
  const known = model.derive(knownSetups);
  let setup = known.get(rotation);
  if (setup === undefined) {
    setup = setupOf(model, rotation, sites);
    known.set(rotation, setup);
  }
  return setup;
}

/** The setups of a model's rotations, kept with the model (`model.derive`). */
function knownSetups(): WeakMap<Rotation, RotationSetup> {
  return new WeakMap();
}

function setupOf(model: CompiledModel, rotation: Rotation, sites: ModelSites): RotationSetup {
  const spec = rotation.spec;
  const here = rotationSites(model, rotation, sites);
  if (spec.coverage !== '24x7') return { kind: 'pool', reason: 'business-hours', sites: here };
  if (here.length < 2) return { kind: 'pool', reason: 'one-site', sites: here };
  if (spec.followTheSun === false) return { kind: 'pool', reason: 'declared', sites: here };
  const takeovers = siteTakeovers(rotation, here, sites.offsetsOf);
  const relay: RelaySite[] = here.map((site, i) => ({
    ...site,
    // A site keeps the clock of the zone the rotation names for it.
    ...(takeovers.zones[i] === site.zone
      ? {}
      : {
          zone: takeovers.zones[i] as string,
          offsets: sites.offsetsOf(takeovers.zones[i] as string),
        }),
    takeoverMinute: takeovers.minutes[i] ?? 0,
    part: { january: 0, july: 0 },
    needed: 0,
  }));
  const parts = relayParts(relay);
  const sized = relay.map((site, i) => {
    const part = parts[i] ?? { january: 0, july: 0 };
    return { ...site, part, needed: relaySiteNeed(part, here.length) };
  });
  if (spec.followTheSun !== undefined) {
    return { kind: 'relay', basis: 'declared', sites: sized, unmatched: takeovers.unmatched };
  }
  const inDay = (from: number, minutes: number) =>
    minutes > 0 && from >= SITE_DAY.start && from + minutes <= SITE_DAY.end;
  if (
    !sized.every(
      (s) => inDay(s.takeoverMinute, s.part.january) && inDay(s.takeoverMinute, s.part.july),
    )
  ) {
    return { kind: 'pool', reason: 'night-at-a-site', sites: here };
  }
  if (sized.some((s) => s.members.length < s.needed)) {
    return { kind: 'pool', reason: 'too-few-at-a-site', sites: here, relay: sized };
  }
  return { kind: 'relay', basis: 'automatic', sites: sized, unmatched: [] };
}

/** People a relay site needs for its part of the day (see `RelaySite.needed`). */
export function relaySiteNeed(part: PartMinutes, siteCount: number): number {
  const hoursPerWeek = (7 * Math.max(part.january, part.july)) / 60;
  const byRule = Math.ceil(
    (ON_CALL_AT_ONCE * hoursPerWeek) / (MAX_ON_CALL_SHARE * HOURS_PER_WEEK) - 1e-9,
  );
  return Math.max(byRule, Math.ceil(MIN_RELAY_PEOPLE / Math.max(1, siteCount)));
}
