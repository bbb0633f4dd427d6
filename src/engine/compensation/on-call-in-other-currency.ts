import type { CompensationPolicy, CompiledModel } from '../../model/index.ts';
import { personDisplayName } from '../../model/index.ts';
import { salaryOf, salaryProfileOf } from '../funding/salary-of.ts';

/**
 * Who a compensation policy prices in a currency they are not paid in (§12.9.5): people on
 * rotations whose salary band is in another currency than the policy's. The model links no
 * person to a policy, so their standby and incident pay are priced at this policy's rates; the
 * sentence says so and names them (the first five), and nothing is converted.
 */
export function onCallInOtherCurrency(
  model: CompiledModel,
  policy: CompensationPolicy,
): string | undefined {
  const currency = policy.spec.currency;
  // Only a band in another currency can pay someone in it: most models have none to look for.
  if ([...model.salaryBands.values()].every((b) => b.spec.currency === currency)) return undefined;
  const onCall = new Set([...model.rotations.values()].flatMap((r) => r.spec.members));
  const others = [...onCall].flatMap((name) => {
    const person = model.people.get(name);
    if (person === undefined) return [];
    const salary = salaryOf(model, salaryProfileOf(person), { currency });
    return salary.basis === 'band' && salary.currency !== currency
      ? [{ name: personDisplayName(model, name), currency: salary.currency }]
      : [];
  });
  if (others.length === 0) return undefined;
  const byCurrency = new Map<string, number>();
  for (const o of others) byCurrency.set(o.currency, (byCurrency.get(o.currency) ?? 0) + 1);
  const counts = [...byCurrency].map(([c, n]) => `${n} in ${c}`).join(', ');
  const named = others.slice(0, 5).map((o) => o.name);
  const shown = `${named.join(', ')}${others.length > 5 ? ' and others' : ''}`;
  const one = others.length === 1;
  return `${others.length} ${one ? 'person' : 'people'} on call ${one ? 'is' : 'are'} paid in another currency than ${currency} by ${one ? 'their salary band' : 'their salary bands'} (${counts}: ${shown}): their on-call pay is priced at the rates of "${policy.name}", in ${currency}, not converted`;
}
