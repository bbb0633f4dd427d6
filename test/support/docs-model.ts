import type { TestDoc } from './yaml-model.ts';

export { modelOf, type TestDoc } from './yaml-model.ts';

/** The documents with the spec of one document merged with `patch` (`undefined` removes a field). */
export function patch(
  docs: readonly TestDoc[],
  kind: string,
  name: string,
  change: Readonly<Record<string, unknown>>,
): TestDoc[] {
  let found = false;
  const out = docs.map((d) => {
    if (d.kind !== kind || d.name !== name) return d;
    found = true;
    const spec: Record<string, unknown> = { ...d.spec, ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete spec[key];
    return { ...d, spec };
  });
  if (!found) throw new Error(`no ${kind} "${name}" in the test documents`);
  return out;
}

/** The documents with one document's annotations set. */
export function annotate(
  docs: readonly TestDoc[],
  kind: string,
  name: string,
  annotations: Readonly<Record<string, string>>,
): TestDoc[] {
  return docs.map((d) => (d.kind === kind && d.name === name ? { ...d, annotations } : d));
}

/** The documents without the named ones. */
export function without(docs: readonly TestDoc[], kind: string, ...names: string[]): TestDoc[] {
  return docs.filter((d) => d.kind !== kind || !names.includes(d.name));
}

/** The shop developers who share the round-the-clock rotation with dan and sam. */
export const SHOP_DEVELOPERS = ['eva', 'finn', 'gus', 'hana', 'ivo', 'jo'] as const;

/**
 * A small, healthy organization on which no check fires: a product delivery organization with
 * a development and an SRE organization, one dev team supported by one SRE team with shared
 * on-call for one high-tier service, under an error budget policy, on a team rotation round the
 * clock (§12.6) of eight (§12.9.5) whose standby is paid.
 */
export function tinyOrg(): TestDoc[] {
  return [
    { kind: 'Organization', name: 'pd', spec: { type: 'product-delivery', head: 'pd-head' } },
    {
      kind: 'Organization',
      name: 'dev',
      spec: { type: 'development', parent: 'pd', head: 'dev-head' },
    },
    {
      kind: 'Organization',
      name: 'sre',
      spec: { type: 'sre', parent: 'pd', head: 'sre-head', positioning: 'partner' },
    },
    {
      kind: 'Team',
      name: 'shop',
      spec: {
        type: 'development',
        organization: 'dev',
        domain: 'payments',
        setup: 'developers-on-rotation',
      },
    },
    {
      kind: 'Team',
      name: 'sre-core',
      spec: { type: 'sre', organization: 'sre', supports: ['shop'] },
    },
    { kind: 'Person', name: 'pd-head', spec: { role: 'manager' } },
    { kind: 'Person', name: 'dev-head', spec: { role: 'manager', reportsTo: 'pd-head' } },
    { kind: 'Person', name: 'sre-head', spec: { role: 'manager', reportsTo: 'pd-head' } },
    {
      kind: 'Person',
      name: 'dan',
      spec: { team: 'shop', role: 'developer', reportsTo: 'dev-head', experienceYears: 4 },
    },
    {
      kind: 'Person',
      name: 'sam',
      spec: {
        team: 'sre-core',
        role: 'sre',
        level: 'junior',
        experienceYears: 2,
        srePracticeMonths: 6,
        reportsTo: 'sre-head',
      },
    },
    {
      kind: 'Service',
      name: 'cart',
      spec: {
        owner: 'shop',
        runModel: 'you-and-sre-run-it',
        sreTeam: 'sre-core',
        errorBudgetPolicy: 'standard',
        domain: 'payments',
        availabilityTarget: 99.95,
        demand: 'high',
      },
    },
    {
      kind: 'ErrorBudgetPolicy',
      name: 'standard',
      spec: {
        window: '28d',
        takeover: { withinBudgetPeriods: 2 },
        handback: { depletedPeriods: 2, outOf: 3 },
      },
    },
    ...SHOP_DEVELOPERS.map((name) => ({
      kind: 'Person',
      name,
      spec: { team: 'shop', role: 'developer', reportsTo: 'dev-head' },
    })),
    {
      kind: 'Rotation',
      name: 'shop-oncall',
      spec: {
        type: 'team',
        coverage: '24x7',
        members: ['dan', 'sam', ...SHOP_DEVELOPERS],
        covers: { teams: ['shop'] },
      },
    },
    {
      kind: 'CompensationPolicy',
      name: 'standby-pay',
      spec: { currency: 'EUR', standbyPerHour: 4, incidentPerHour: 30 },
    },
  ];
}
