import {
  type CompensationPolicy,
  type CompiledModel,
  rotationTurnTakers,
  teamEngineers,
} from '../../model/index.ts';
import type { Money } from '../money/index.ts';
import type { Design } from './design-rotation.ts';
import type { IncidentLoad } from './incident-load.ts';
import {
  byCurrencyOf,
  type DesignCost,
  type IncidentWork,
  incidentWork,
  payersFor,
  type RotationPayers,
} from './price-design.ts';

/** What a rotation of a design pays per average month, and to whom. */
export interface RotationPay {
  readonly rotation: string;
  /**
   * Its standby pay and the incident pay of the services it is called for (`incidentWork`), per
   * currency, the default policy's first (`byCurrencyOf`): never added across currencies.
   */
  readonly perMonth: readonly Money[];
  /**
   * The people who take its turns: a kept rotation's turn-takers with the SREs who join it
   * (§12.4.1), a proposed team rotation's team, a proposed thin layer's teams and replaced
   * rotations (§12.6). Those who share the pay, in equal turns.
   */
  readonly takers: readonly string[];
}

/**
 * The on-call pay of a priced design, rotation by rotation, with who earns it: so that a cost of
 * SRE counts the pay SREs take and not the developers' or operations' (§12.4.6, §12.9.5). The
 * rotations' pay adds up to the design's cost in each currency.
 */
export function rotationPay(options: {
  readonly model: CompiledModel;
  readonly design: Design;
  readonly priced: DesignCost;
  readonly incidents: IncidentLoad;
  readonly policy: CompensationPolicy;
  readonly payers?: RotationPayers | undefined;
  /** The design's incident work as `priceDesign` worked it out, when the caller has it. */
  readonly work?: readonly IncidentWork[] | undefined;
}): readonly RotationPay[] {
  const { model, design, priced } = options;
  const currency = options.policy.spec.currency;
  const incidentsOf = new Map<string, Money[]>();
  const work =
    options.work ??
    incidentWork(design, options.incidents, payersFor(options.policy, options.payers));
  for (const w of work) {
    const list = incidentsOf.get(w.rotation) ?? [];
    list.push(...w.costs);
    incidentsOf.set(w.rotation, list);
  }
  const turnTakers = (name: string) => {
    const rotation = model.rotations.get(name);
    return rotation ? rotationTurnTakers(model, rotation) : [];
  };
  const engineers = (team: string) => teamEngineers(model, team).map((p) => p.name);
  return priced.rotations.map((r) => {
    const kept = model.rotations.has(r.keeps ?? r.name) ? (r.keeps ?? r.name) : undefined;
    const joining = (design.shared ?? [])
      .filter((s) => s.rotation === r.name)
      .flatMap((s) => s.joins.flatMap(turnTakers));
    const takers =
      kept !== undefined
        ? [...turnTakers(kept), ...joining]
        : r.team
          ? engineers(r.team.name)
          : r.staffedFrom
            ? [
                ...r.staffedFrom.teams.flatMap(engineers),
                ...r.staffedFrom.rotations.flatMap(turnTakers),
              ]
            : [];
    return {
      rotation: r.name,
      perMonth: byCurrencyOf([...r.standbyCosts, ...(incidentsOf.get(r.name) ?? [])], currency),
      takers: [...new Set(takers)],
    };
  });
}
