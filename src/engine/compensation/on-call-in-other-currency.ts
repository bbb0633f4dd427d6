import type { CompensationPolicy, CompiledModel } from '../../model/index.ts';
import { payingPolicy, personDisplayName } from '../../model/index.ts';
import { salaryOf, salaryProfileOf } from '../funding/salary-of.ts';

/**
 * Who is priced in a currency they are not paid in (§12.9.5): people on rotations whose salary
 * band is in another currency than the policy that pays their on-call (`payingPolicy`: their
 * own, their team's, else `policy`, the default). Someone whose own policy is in their currency
 * is not among them, nor is another company's person whose on-call its contract pays. Their standby and incident pay are priced at that policy's rates; the
 * sentence says so and names them (the first five) per policy, and nothing is converted.
 */
export function onCallInOtherCurrency(
  model: CompiledModel,
  policy: CompensationPolicy,
): string | undefined {
  const currencies = new Set([...model.salaryBands.values()].map((b) => b.spec.currency));
  // Only a band in another currency than a paying policy's can pay someone in it: most models
  // have one currency and nothing to look for.
  if (
    [...model.compensationPolicies.values()].every(
      (p) => currencies.size === 0 || (currencies.size === 1 && currencies.has(p.spec.currency)),
    )
  ) {
    return undefined;
  }
  const onCall = new Set([...model.rotations.values()].flatMap((r) => r.spec.members));
  const byPolicy = new Map<CompensationPolicy, { name: string; currency: string }[]>();
  for (const name of onCall) {
    const person = model.people.get(name);
    if (person === undefined) continue;
    const pays = payingPolicy(model, name, policy);
    // Another company's people are paid by its contract, not priced at any policy's rates
    // (`oncall-cost` shows "its contract", 0): naming them here said the opposite.
    if (pays.by === 'contract') continue;
    const paying = pays.policy ?? policy;
    const currency = paying.spec.currency;
    const salary = salaryOf(model, salaryProfileOf(person), { currency });
    if (salary.basis !== 'band' || salary.currency === currency) continue;
    const list = byPolicy.get(paying) ?? [];
    list.push({ name: personDisplayName(model, name), currency: salary.currency });
    byPolicy.set(paying, list);
  }
  if (byPolicy.size === 0) return undefined;
  return [...byPolicy].map(([paying, others]) => sentence(paying, others)).join('; ');
}

function sentence(
  policy: CompensationPolicy,
  others: readonly { name: string; currency: string }[],
): string {
  const currency = policy.spec.currency;
  const byCurrency = new Map<string, number>();
  for (const o of others) byCurrency.set(o.currency, (byCurrency.get(o.currency) ?? 0) + 1);
  const counts = [...byCurrency].map(([c, n]) => `${n} in ${c}`).join(', ');
  const named = others.slice(0, 5).map((o) => o.name);
  const shown = `${named.join(', ')}${others.length > 5 ? ' and others' : ''}`;
  const one = others.length === 1;
  return `${others.length} ${one ? 'person' : 'people'} on call ${one ? 'is' : 'are'} paid in another currency than ${currency} by ${one ? 'their salary band' : 'their salary bands'} (${counts}: ${shown}): their on-call pay is priced at the rates of "${policy.name}", in ${currency}, not converted`;
}
