import {
  type CompiledModel,
  type SreEngagement,
  sreEngagement,
  type Team,
} from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { type SreRunningAlone, sreRunningAlone } from './sre-runs-alone.ts';

/** How far an SRE team's SREs stretch over the dev teams it shares on-call with (§12.4.1). */
export interface SreCapacity {
  readonly team: string;
  /**
   * The SREs of the team, by name: everyone in place who practises SRE (`model.index.sresOf`),
   * those on the rotations of services the team runs alone included — people with that load, not
   * zero capacity; `sre-overload` names whoever it leaves no time.
   */
  readonly sres: readonly string[];
  /**
   * The dev teams it shares on-call with (`sreEngagement`: it is on the pager of some of their
   * services, §12.4), in the order of `supports`.
   */
  readonly supported: readonly string[];
  /**
   * The dev teams in its `supports` it is on call for no service of (`consulting`): their
   * developers run their services; the agreed hours buy consulting, not a share of the on-call,
   * so §12.4.1 does not count them against its SREs.
   */
  readonly consulting: readonly string[];
  /** The supported teams an SRE is dedicated to, one per SRE (`dedicate`), in `supports` order. */
  readonly covered: readonly string[];
  /** The supported teams left without an SRE: they fall back to `you-run-it`. */
  readonly fallback: readonly string[];
  /** SREs not yet dedicated to a dev team. */
  readonly spare: number;
  /**
   * Those spare SREs by name, in `sres` order: the plan sends them to other teams one by one
   * (`sreSupportByOwner`), so the design can count each where they go and nowhere else.
   */
  readonly spareSres: readonly string[];
}

/** What an SRE team does: shared on-call (§12.4), running services alone (§12.5), or both. */
export interface SreTeamWork {
  /** Undefined for a team that only runs services alone. */
  readonly capacity: SreCapacity | undefined;
  readonly runningAlone: SreRunningAlone | undefined;
}

/**
 * §12.4.1: "if the number of SREs in the SRE team is smaller than the number of development
 * teams, some development teams will have to operate according to the 'you build it, you run
 * it' model". Each SRE shares the on-call of one dev team; `supports` lists them in priority
 * order. Only the teams it shares on-call with count (`sreEngagement`): a supported team whose
 * services the SRE team runs alone (§12.5) is not shared on-call, nor is one it only consults for
 * (its developers alone on call, §12.3: support hours, §12.4.7), so §12.4.1 counts neither; the
 * SREs who run services alone are counted, with that load: an
 * SRE on an SRE-alone rotation is still an SRE of the team (§12.4.1 counts SREs, not free hours),
 * and one on call more than a quarter of their time is named by `sre-overload` (§12.1).
 */
export function sreTeamWork(model: CompiledModel, team: Team): SreTeamWork {
  const known = model.derive(sreTeamWorkByTeam);
  let work = known.get(team);
  if (work === undefined) {
    work = teamWork(model, team);
    known.set(team, work);
  }
  return work;
}

/**
 * What each SRE team does, worked out once per model (`model.derive`): the spectrum, SRE support
 * per owner, chargeback and the shared on-call check all ask for it, each SRE team several times.
 */
function sreTeamWorkByTeam(): Map<Team, SreTeamWork> {
  return new Map();
}

function teamWork(model: CompiledModel, team: Team): SreTeamWork {
  const named = [...new Set((team.spec.supports ?? []).map((s) => normalizeSupport(s).team))];
  const engagement = new Map(named.map((t) => [t, sreEngagement(model, team.name, t)]));
  const engaged = (kind: SreEngagement) => named.filter((t) => engagement.get(t) === kind);
  const supported = engaged('shared-on-call');
  const runningAlone = sreRunningAlone(model, team, supported.length > 0);
  if (runningAlone && supported.length === 0) return { capacity: undefined, runningAlone };
  const busy = new Set(runningAlone?.sres ?? []);
  const sres = model.index.sresOf(team.name).map((p) => p.name);
  const assigned = dedicate(model, sres, supported, busy);
  const dedicated = new Set(assigned.values());
  return {
    capacity: {
      team: team.name,
      sres,
      supported,
      consulting: engaged('consulting'),
      covered: supported.filter((t) => assigned.has(t)),
      fallback: supported.filter((t) => !assigned.has(t)),
      spare: Math.max(0, sres.length - supported.length),
      spareSres: sres
        .filter((name) => !dedicated.has(name))
        .slice(0, Math.max(0, sres.length - supported.length)),
    },
    runningAlone,
  };
}

/**
 * Which supported team each SRE is dedicated to (§12.4.1: one SRE per dev team). The rotations
 * say it where they can: an SRE on a rotation that covers a team's services shares that team's
 * on-call, so in `supports` order each team first takes a free SRE on its rotations; the SREs
 * left then go to the teams left, in `supports` order, those not running services alone (`busy`)
 * first. So the team whose SRE is missing (an open position, someone gone) is the one that falls
 * back, not the last one listed.
 */
function dedicate(
  model: CompiledModel,
  sres: readonly string[],
  supported: readonly string[],
  busy: ReadonlySet<string>,
): Map<string, string> {
  const free = new Set(sres);
  const assigned = new Map<string, string>();
  for (const dev of supported) {
    const onCall = new Set(
      model.index
        .servicesOwnedBy(dev)
        .flatMap((s) => model.index.rotationsCovering(s.name))
        .flatMap((r) => r.spec.members),
    );
    const sre = sres.find((name) => free.has(name) && onCall.has(name));
    if (sre === undefined) continue;
    assigned.set(dev, sre);
    free.delete(sre);
  }
  const left = [...free].sort((a, b) => Number(busy.has(a)) - Number(busy.has(b)));
  for (const dev of supported) {
    if (assigned.has(dev)) continue;
    const sre = left.shift();
    if (sre === undefined) break;
    assigned.set(dev, sre);
  }
  return assigned;
}

/** The shared on-call capacity of one SRE team; undefined when it only runs services alone. */
export function sreCapacity(model: CompiledModel, team: Team): SreCapacity | undefined {
  return sreTeamWork(model, team).capacity;
}

function sreTeams(model: CompiledModel): Team[] {
  return [...model.teams.values()].filter((t) => t.spec.type === 'sre');
}

/** The shared on-call capacity of every SRE team (type `sre`) that shares on-call, in model order. */
export function sreCapacities(model: CompiledModel): SreCapacity[] {
  return sreTeams(model).flatMap((t) => sreTeamWork(model, t).capacity ?? []);
}

/** The SRE teams that run services alone (§12.5), in model order. */
export function sreTeamsRunningAlone(model: CompiledModel): SreRunningAlone[] {
  return sreTeams(model).flatMap((t) => sreTeamWork(model, t).runningAlone ?? []);
}
