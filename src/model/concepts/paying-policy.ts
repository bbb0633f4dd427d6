import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { CompensationPolicy, Rotation } from '../model.ts';
import { worksForOutsideCompany } from './outside-company.ts';
import { rotationTurnTakers } from './rotation-turn-takers.ts';

/** Where the policy that pays a person comes from. */
export type PayingPolicyBasis =
  /** They name it (`Person.compensationPolicy`). */
  | 'person'
  /** Their team names it (`Team.compensationPolicy`). */
  | 'team'
  /**
   * Neither does, and they work for another company (`worksForOutsideCompany`): its contract pays
   * their on-call, not a policy of the model (§12.4.6). `policy` is the default all the same: its
   * business hours still say which of their hours are outside business hours.
   */
  | 'contract'
  /** Neither does: the model's default, the one `--policy` or the model's order picks. */
  | 'default';

export interface PayingPolicy {
  readonly policy: CompensationPolicy | undefined;
  readonly by: PayingPolicyBasis;
}

/**
 * The CompensationPolicy that pays a person's on-call (§12.9.5; §12.10.1: single parents or
 * people with small children "may be compensated differently than others", and a person is paid
 * in the currency of their own site): the one they name, else their team's, else `fallback`,
 * the model's default (`selectPolicy`: the one `--policy` names, else the first), which pays
 * nothing to another company's people (`contract`: the company pays their contract). A name the
 * model lacks is an `unknown-reference` at load, so a named policy is always found.
 */
export function payingPolicy(
  model: CompiledModel,
  person: string,
  fallback: CompensationPolicy | undefined,
): PayingPolicy {
  const spec = model.people.get(person)?.spec;
  const own = spec?.compensationPolicy;
  if (own !== undefined) {
    const policy = model.compensationPolicies.get(own);
    if (policy) return { policy, by: 'person' };
  }
  const team = spec?.team === undefined ? undefined : model.teams.get(spec.team);
  const ofTeam = team?.spec.compensationPolicy;
  if (ofTeam !== undefined) {
    const policy = model.compensationPolicies.get(ofTeam);
    if (policy) return { policy, by: 'team' };
  }
  return { policy: fallback, by: worksForOutsideCompany(model, person) ? 'contract' : 'default' };
}

/**
 * Whether a person's on-call is paid by another company's contract (`payingPolicy` says
 * `contract`): they work for it and neither they nor their team name a CompensationPolicy of the
 * model. A vendor's standby is part of what its contract buys; naming a policy for them is how a
 * model says the company pays their on-call itself. Every price of on-call leaves it out:
 * `oncall-cost`, the plan's operating cost, `standby-unpaid`.
 */
export function onCallPaidByContract(model: CompiledModel, person: string): boolean {
  return payingPolicy(model, person, undefined).by === 'contract';
}

/** Whether anyone in the model is paid by another policy than the default. */
export function namesPayingPolicies(model: CompiledModel): boolean {
  for (const p of model.people.values()) if (p.spec.compensationPolicy !== undefined) return true;
  for (const t of model.teams.values()) if (t.spec.compensationPolicy !== undefined) return true;
  return false;
}

/**
 * The CompensationPolicy that applies to a rotation, whose business hours are its own (§12.9.5:
 * the hours its 8x5 covers, and outside which its standby is paid): the one that pays most of the
 * people who take its turns (`payingPolicy`, `rotationTurnTakers`). `fallback` where most name
 * none (another company's people included: the default's hours classify theirs) or nobody takes
 * turns yet; a tie goes to `fallback` when it is among the tied, else to the policy the model
 * lists first. Every count of a rotation's hours reads it: `check`'s sizing, `staffing`, the
 * on-call designs.
 */
export function rotationPolicy(
  model: CompiledModel,
  rotation: Rotation,
  fallback: CompensationPolicy | undefined,
): CompensationPolicy | undefined {
  const counts = new Map<CompensationPolicy | undefined, number>();
  for (const person of rotationTurnTakers(model, rotation)) {
    const { policy, by } = payingPolicy(model, person, undefined);
    const key = by === 'person' || by === 'team' ? policy : undefined;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const most = Math.max(0, ...counts.values());
  if ((counts.get(undefined) ?? 0) === most) return fallback;
  if (fallback !== undefined && counts.get(fallback) === most) return fallback;
  return [...model.compensationPolicies.values()].find((p) => counts.get(p) === most);
}
