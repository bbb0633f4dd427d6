import {
  type CompiledModel,
  type SreEngagement,
  sreEngagement,
  type Team,
} from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { type SreRunningAlone, sreRunningAlone } from './sre-runs-alone.ts';

/** Who of an SRE team shares which development team's on-call (§12.4.1). */
export interface SharedOnCallSres {
  /** The dev teams it shares on-call with (`sreEngagement`), in the order of `supports`. */
  readonly supported: readonly string[];
  /** The dev teams in its `supports` it is on call for no service of (consulting only). */
  readonly consulting: readonly string[];
  /** The SRE dedicated to each supported team, one per team (§12.4.1); a team missing has none. */
  readonly assigned: ReadonlyMap<string, string>;
  /** What it runs alone (§12.5); undefined when nothing. */
  readonly runningAlone: SreRunningAlone | undefined;
}

/**
 * §12.4.1: each SRE shares the on-call of one development team. Which of an SRE team's SREs is
 * dedicated to which team it shares on-call with: the capacity table counts them, and `freeSres`
 * never counts them free for another team. Worked out once per model and team (`model.derive`).
 */
export function sharedOnCallSres(model: CompiledModel, team: Team): SharedOnCallSres {
  const known = model.derive(sharedByTeam);
  let shared = known.get(team);
  if (shared === undefined) {
    shared = dedication(model, team);
    known.set(team, shared);
  }
  return shared;
}

function sharedByTeam(): Map<Team, SharedOnCallSres> {
  return new Map();
}

function dedication(model: CompiledModel, team: Team): SharedOnCallSres {
  const named = [...new Set((team.spec.supports ?? []).map((s) => normalizeSupport(s).team))];
  const engagement = new Map(named.map((t) => [t, sreEngagement(model, team.name, t)]));
  const engaged = (kind: SreEngagement) => named.filter((t) => engagement.get(t) === kind);
  const supported = engaged('shared-on-call');
  const runningAlone = sreRunningAlone(model, team, supported.length > 0);
  const busy = new Set(runningAlone?.sres ?? []);
  const sres = model.index.sresOf(team.name).map((p) => p.name);
  return {
    supported,
    consulting: engaged('consulting'),
    assigned: dedicate(model, sres, supported, busy),
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

/** Every SRE dedicated to a development team they share on-call with, over all SRE teams. */
export function sresSharingOnCall(model: CompiledModel): Set<string> {
  return new Set(
    model.index
      .teamsOfType('sre')
      .flatMap((team) => [...sharedOnCallSres(model, team).assigned.values()]),
  );
}
