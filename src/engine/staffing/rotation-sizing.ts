import {
  type CompiledModel,
  type Coverage,
  type Rotation,
  type RotationProvider,
  rotationProvider,
} from '../../model/index.ts';
import { type BusinessHours, rotationBusinessHours } from '../coverage-hours/index.ts';
import { type ModelSites, modelSites, type RotationSetup, rotationSetup } from '../sites/index.ts';
import { peopleNeeded } from './people-needed.ts';
import { rotationProductLines } from './product-lines.ts';

export interface SiteCount {
  readonly site: string;
  readonly current: number;
  /**
   * People this site has to have: in a follow-the-sun relay what its part of the day needs by the
   * sizing rule, and never fewer than it has (a site's surplus cannot take another site's part,
   * and nobody is asked to leave); in a pool what it has, since a pool needs its people wherever
   * they live and new people may join anywhere.
   */
  readonly needed: number;
  /** Hours of the day the site covers in a follow-the-sun relay (the longer of January and July). */
  readonly hoursPerDay?: number | undefined;
  /**
   * In a relay, what the site's part of the day needs by the sizing rule; `needed` is never less
   * than the site has. Those beyond it are on the rotation but no seat of it needs them (§12.6):
   * the surplus counts them as free to go.
   */
  readonly partNeeds?: number | undefined;
}

/**
 * How a rotation keeps its coverage: `any-site` (8x5, 8x7: business hours in the rotation's
 * zone), `one-site` (round the clock, everyone at one site), `one-pool` (round the clock,
 * members at several sites taking whole turns), `two-sites` (follow-the-sun over two sites),
 * `follow-the-sun` (over three or more).
 */
export type RotationSetupName =
  | 'one-site'
  | 'one-pool'
  | 'two-sites'
  | 'follow-the-sun'
  | 'any-site';

export interface RotationSizing {
  readonly name: string;
  readonly type: Rotation['spec']['type'];
  readonly coverage: Coverage;
  /**
   * People with whom the rotation is sustainable, keeping everyone it has (§12.9.5): a pool's
   * need by the 25% rule (it may have more: nobody is asked to leave), a relay's sites' needs
   * added up, where a site with more than its part needs keeps them. The one figure every command
   * gives as a rotation's need (`staffing`, `oncall-cost`, `rotation-too-small`, `plan`).
   */
  readonly needed: number;
  readonly current: number;
  /**
   * People to add (at the sites named in `sites`) for the rotation to be sustainable: never more
   * than `needed − current` (issue #12: sizing adds up). In a relay, what the short sites lack.
   */
  readonly shortfall: number;
  readonly setup: RotationSetupName;
  /** Whether it follows the sun because it says so, or because its sites allow it; else null. */
  readonly followTheSun: 'declared' | 'automatic' | null;
  readonly sites: readonly SiteCount[];
  readonly sustainable: boolean;
  /**
   * The product lines it serves (`rotationProductLines`): a free SRE goes first to a short
   * rotation of their own product line (`surplusAllocation`). Empty when the model says none.
   */
  readonly productLines: readonly string[];
  /**
   * Another company that staffs it under its contract (`rotationProvider`), else null: its
   * shortfall is the contract's to staff (the provider puts people on it, or the contract says how
   * it covers the hours), never people to hire or move in (§12.4.6, §12.6).
   */
  readonly provider: RotationProvider | null;
}

/**
 * Sizes every rotation by its coverage and setup (§12.9.5; the 25% rule with a primary and a
 * secondary). The setup is the one the schedule uses (`rotationSetup`): a pool needs 8 for
 * 24x7 wherever its members live, a follow-the-sun relay what each site's part of the day needs
 * (6 at each of two, 4 at each of three), and 8x5 and 8x7 their own hours. The shortfall is
 * what is missing (in a relay, per site), and never more than needed minus current: nobody is
 * asked to leave. `businessHours` are the default policy's; a rotation whose people are paid by
 * another policy is sized by its hours (`rotationBusinessHours`).
 */
export function rotationSizing(
  model: CompiledModel,
  businessHours: BusinessHours,
): readonly RotationSizing[] {
  // Once per model and business hours: the staffing counts and rotation-too-small both size
  // every rotation by the same hours.
  const known = model.derive(sizingByHours);
  const key = JSON.stringify(businessHours);
  let sized = known.get(key);
  if (sized === undefined) {
    const sites = modelSites(model);
    sized = [...model.rotations.values()].map((rotation) =>
      sizeRotation(model, rotation, businessHours, sites),
    );
    known.set(key, sized);
  }
  return sized;
}

/** The sizing of a model's rotations by business hours, kept with the model (`model.derive`). */
function sizingByHours(): Map<string, readonly RotationSizing[]> {
  return new Map();
}

export function sizeRotation(
  model: CompiledModel,
  rotation: Rotation,
  businessHours: BusinessHours,
  sites: ModelSites = modelSites(model),
): RotationSizing {
  return sizeSetup(
    rotation,
    rotationSetup(model, rotation, sites),
    rotationBusinessHours(model, rotation, businessHours),
    rotationProductLines(model, rotation),
    rotationProvider(model, rotation) ?? null,
  );
}

/** The sizing of a rotation run as `setup`. */
export function sizeSetup(
  rotation: Rotation,
  setup: RotationSetup,
  businessHours: BusinessHours,
  productLines: readonly string[] = [],
  provider: RotationProvider | null = null,
): RotationSizing {
  const { coverage, type } = rotation.spec;
  // The members who take its turns (`rotationTurnTakers`), as the setup's sites hold them.
  const current = setup.sites.reduce((n, s) => n + s.members.length, 0);
  const base = { name: rotation.name, type, coverage, current, productLines, provider };
  if (setup.kind === 'pool') {
    const needed = peopleNeeded(coverage, { businessHours }).total;
    const shortfall = Math.max(0, needed - current);
    return {
      ...base,
      needed,
      shortfall,
      setup: coverage !== '24x7' ? 'any-site' : setup.sites.length > 1 ? 'one-pool' : 'one-site',
      followTheSun: null,
      sites: setup.sites.map((s) => ({
        site: s.name,
        current: s.members.length,
        needed: s.members.length,
        // a pool has no part of the day; the keys stay for the plan document (null)
        hoursPerDay: undefined,
        partNeeds: undefined,
      })),
      sustainable: shortfall === 0,
    };
  }
  const sites = setup.sites.map((s) => ({
    site: s.name,
    current: s.members.length,
    // A site's surplus cannot take another site's part of the day, and nobody is asked to leave:
    // the site keeps what it has beyond its part, so the shortfall is needed minus current.
    needed: Math.max(s.needed, s.members.length),
    hoursPerDay: Math.max(s.part.january, s.part.july) / 60,
    partNeeds: s.needed,
  }));
  const shortfall = setup.sites.reduce((n, s) => n + Math.max(0, s.needed - s.members.length), 0);
  return {
    ...base,
    needed: sites.reduce((n, s) => n + s.needed, 0),
    shortfall,
    setup: setup.sites.length === 2 ? 'two-sites' : 'follow-the-sun',
    followTheSun: setup.basis,
    sites,
    sustainable: shortfall === 0,
  };
}
