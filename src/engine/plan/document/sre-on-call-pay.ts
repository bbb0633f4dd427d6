import type { CompiledModel as Model } from '../../../model/index.ts';
import { onCallPaidByContract } from '../../../model/index.ts';
import { type Money, multiplyMoneyRatio } from '../../money/index.ts';
import { byCurrencyOf, type RotationPay } from '../../oncall-cost/index.ts';
import { operatingGroup } from './operating-people.ts';

/**
 * The on-call pay SREs earn in a design, per average month and per currency, `currency` first
 * (§12.4.6, §12.9.5): of each rotation's pay, the share of its turns SREs take (turn-takers who
 * count with the SREs in the operating cost, `operatingGroup`; an SRE team in name only counts
 * as operations). The rest is the developers' and operations' pay, not the cost of SRE.
 */
export function sreOnCallPay(
  model: Model,
  rotations: readonly RotationPay[],
  currency: string,
): Money[] {
  return shareOfTurns(rotations, currency, (t) => paidAsSre(model, t));
}

/**
 * The on-call pay of a design's turns that another company's contract pays, per average month and
 * per currency, `currency` first: of each rotation's pay, the share of its turns taken by people
 * whose on-call the contract covers (`onCallPaidByContract`). The company pays it as the
 * contract, not as on-call compensation (§12.4.6).
 */
export function contractOnCallPay(
  model: Model,
  rotations: readonly RotationPay[],
  currency: string,
): Money[] {
  return shareOfTurns(rotations, currency, (t) => onCallPaidByContract(model, t));
}

/** Of each rotation's pay, the share of the turns its takers who are `counted` take. */
function shareOfTurns(
  rotations: readonly RotationPay[],
  currency: string,
  counted: (taker: string) => boolean,
): Money[] {
  return byCurrencyOf(
    rotations.flatMap((r) => {
      const n = r.takers.filter(counted).length;
      return n === 0 ? [] : r.perMonth.map((m) => multiplyMoneyRatio(m, n, r.takers.length));
    }),
    currency,
  );
}

/** Whether the operating cost counts the named person with the SREs (`operatingGroup`). */
export function paidAsSre(model: Model, name: string): boolean {
  const person = model.people.get(name);
  return person !== undefined && operatingGroup(model, person) === 'sre';
}
