import type { CompiledModel as Model } from '../../../model/index.ts';
import { onCallPaidByContract } from '../../../model/index.ts';
import { type Money, multiplyMoneyRatio } from '../../money/index.ts';
import { byCurrencyOf, type RotationPay } from '../../oncall-cost/index.ts';
import { operatingGroup } from './operating-people.ts';

/**
 * The on-call pay SREs earn in a design, per average month and per currency, `currency` first
 * (§12.4.6, §12.9.5): of each rotation's pay, the share of its turns SREs take (turn-takers who
 * count with the SREs in the operating cost, `operatingGroup`; an SRE team in name only counts
 * as operations). The rest is the developers' and operations' pay, not the cost of SRE. The turns
 * another company's people take are not in a rotation's pay (`onCallPaidByContract`: its
 * contract pays them, `oncall-cost` prices them at nothing), so the shares are of the others'.
 */
export function sreOnCallPay(
  model: Model,
  rotations: readonly RotationPay[],
  currency: string,
): Money[] {
  return byCurrencyOf(
    rotations.flatMap((r) => {
      const paid = r.takers.filter((t) => !onCallPaidByContract(model, t));
      const n = paid.filter((t) => paidAsSre(model, t)).length;
      return n === 0 ? [] : r.perMonth.map((m) => multiplyMoneyRatio(m, n, paid.length));
    }),
    currency,
  );
}

/**
 * The rotations of a design on which another company's people take turns
 * (`onCallPaidByContract`): their share of its on-call is in that company's contract (§12.4.6).
 */
export function rotationsWithContractTurns(
  model: Model,
  rotations: readonly RotationPay[],
): readonly string[] {
  return rotations
    .filter((r) => r.takers.some((t) => onCallPaidByContract(model, t)))
    .map((r) => r.rotation);
}

/** Whether the operating cost counts the named person with the SREs (`operatingGroup`). */
export function paidAsSre(model: Model, name: string): boolean {
  const person = model.people.get(name);
  return person !== undefined && operatingGroup(model, person) === 'sre';
}
