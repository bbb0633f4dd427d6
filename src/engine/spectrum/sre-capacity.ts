import type { CompiledModel, Team } from '../../model/index.ts';
import { freeSres } from '../staffing/free-sres.ts';
import { sharedOnCallSres } from './shared-on-call-sres.ts';
import type { SreRunningAlone } from './sre-runs-alone.ts';

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
  /** The supported teams an SRE is dedicated to, one per SRE (`sharedOnCallSres`), in `supports` order. */
  readonly covered: readonly string[];
  /** The supported teams left without an SRE: they fall back to `you-run-it`. */
  readonly fallback: readonly string[];
  /**
   * SREs free for another team (`freeSres`): dedicated to no dev team, in no seat a rotation needs
   * them in, and beyond the places of their level (§12.4.1, §12.9, §12.10.2).
   */
  readonly spare: number;
  /**
   * Those free SREs by name, in `sres` order: the plan sends them to other teams one by one
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
  const { supported, consulting, assigned, runningAlone } = sharedOnCallSres(model, team);
  const sres = model.index.sresOf(team.name).map((p) => p.name);
  // Free for another team only as `freeSres` says: beyond their places, the rotation seats that
  // need them and the teams they share on-call with, so this table never offers an SRE that
  // staffing keeps (§12.10.2, §12.9, §12.4.1). A team that only runs services alone has a row
  // only when some of its SREs are free: they can share another team's on-call all the same.
  const free = freeSres(model).names;
  const spareSres = sres.filter((name) => free.has(name));
  if (runningAlone && supported.length === 0 && spareSres.length === 0)
    return { capacity: undefined, runningAlone };
  return {
    capacity: {
      team: team.name,
      sres,
      supported,
      consulting,
      covered: supported.filter((t) => assigned.has(t)),
      fallback: supported.filter((t) => !assigned.has(t)),
      spare: spareSres.length,
      spareSres,
    },
    runningAlone,
  };
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
