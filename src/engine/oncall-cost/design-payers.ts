import {
  type CompensationPolicy,
  type CompiledModel,
  payingPolicy,
  rotationTurnTakers,
  teamEngineers,
} from '../../model/index.ts';
import {
  type BusinessHours,
  businessHoursOf,
  rotationBusinessHours,
} from '../coverage-hours/index.ts';
import type { DesignRotation } from './design-rotation.ts';
import type { RotationPayers } from './price-design.ts';
import { runnerOf } from './runner-of.ts';

/**
 * Who pays a design's rotation (§12.9.5, §12.10.1): the policies of the people who take its turns
 * (`payingPolicy`, else `fallback`), counted per policy; those another company's contract pays
 * (`payingPolicy` says `contract`) counted apart, at no rate. The people are today's members of a
 * rotation it keeps; the team's people (`teamEngineers`) of a team rotation it adds or extends;
 * those a thin layer is staffed from; else the people of the teams that go on call for its
 * services (`runnerOf`), as the baseline's team rotations and proposed domain rotations are.
 */
export function designPayers(model: CompiledModel, fallback: CompensationPolicy): RotationPayers {
  return (rotation) => {
    const counts = new Map<CompensationPolicy, number>();
    let contract = 0;
    for (const person of rotationPeople(model, rotation)) {
      const paying = payingPolicy(model, person, fallback);
      // Another company's people take their share of the turns; its contract pays it (§12.4.6).
      if (paying.by === 'contract') contract += 1;
      else counts.set(paying.policy ?? fallback, (counts.get(paying.policy ?? fallback) ?? 0) + 1);
    }
    return [
      ...[...counts].map(([policy, people]) => ({ policy, people })),
      ...(contract > 0 ? [{ policy: fallback, people: contract, contract: true }] : []),
    ];
  };
}

/**
 * The business hours a design's rotation is priced by (§12.9.5): a rotation of today its own
 * (`rotationBusinessHours`, as sizing reads them); a proposed one those of the policy that pays
 * most of its people (`designPayers`), else `defaultHours`, the default policy's, which are also
 * those of another company's people. A tie goes to the default when it is among the tied, else to
 * the policy the model lists first.
 */
export function designBusinessHours(
  model: CompiledModel,
  fallback: CompensationPolicy,
  defaultHours: BusinessHours,
): (rotation: DesignRotation) => BusinessHours {
  const payers = designPayers(model, fallback);
  return (rotation) => {
    const today = rotation.keeps === undefined ? undefined : model.rotations.get(rotation.keeps);
    if (today) return rotationBusinessHours(model, today, defaultHours);
    const counts = new Map<CompensationPolicy, number>();
    for (const p of payers(rotation)) {
      const key = p.contract ? fallback : p.policy;
      counts.set(key, (counts.get(key) ?? 0) + p.people);
    }
    const most = Math.max(0, ...counts.values());
    if ((counts.get(fallback) ?? 0) === most) return defaultHours;
    const policy = [...model.compensationPolicies.values()].find((p) => counts.get(p) === most);
    return policy === undefined ? defaultHours : businessHoursOf(policy.spec);
  };
}

function rotationPeople(model: CompiledModel, rotation: DesignRotation): ReadonlySet<string> {
  const today = rotation.keeps === undefined ? undefined : model.rotations.get(rotation.keeps);
  // Those who take its turns (`rotationTurnTakers`): an open position pays nobody yet.
  if (today) return new Set(rotationTurnTakers(model, today));
  const ofTeams = (teams: readonly string[]) =>
    teams.flatMap((t) => teamEngineers(model, t).map((p) => p.name));
  if (rotation.team) return new Set(ofTeams([rotation.team.name]));
  const from = rotation.staffedFrom;
  if (from) {
    return new Set([
      ...ofTeams(from.teams),
      ...from.rotations.flatMap((r) => {
        const rotation = model.rotations.get(r);
        return rotation === undefined ? [] : rotationTurnTakers(model, rotation);
      }),
    ]);
  }
  const services = rotation.services.flatMap((s) => model.services.get(s) ?? []);
  return new Set(ofTeams([...new Set(services.map(runnerOf))]));
}
