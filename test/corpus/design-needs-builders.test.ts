import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, type Doc, docsOf, runJson, yamlOf } from './support/corpus.ts';
import { runByOperations } from './support/design-agreement.ts';
import {
  type CheckJson,
  designedRunModel,
  type OnCallCostJson,
  type PlanJson,
} from './support/outputs.ts';

/**
 * "You build it, you run it" and shared on-call need a team that builds the service (§12.2,
 * §12.4): neither the recommendations nor the §12.6 optimized design may hand a service operations
 * run to developers who do not build it. Seen before: energy-utility's packaged billing system
 * and CRM, bought and run by IT operations, were moved to the customer domain's developers, who
 * own only their integration, and their operations' rotation was dropped.
 */

/** Run models in which the owner team's developers are on call. */
const DEVELOPERS_ON_CALL = new Set(['you-run-it', 'you-and-sre-run-it']);

/**
 * Whether no development team builds a service: bought, or an owner team that lists its people
 * and nobody but its manager (or open positions) among them.
 */
function noBuilder(docs: readonly Doc[], service: Doc): boolean {
  if (service.spec.bought === true) return true;
  const members = docs.filter((d) => d.kind === 'Person' && d.spec.team === service.spec.owner);
  return (
    members.length > 0 &&
    members.every((p) => p.spec.role === 'manager' || p.spec.openPosition === true)
  );
}

const priced = (docs: readonly Doc[]) => docs.some((d) => d.kind === 'CompensationPolicy');

/** The services no team builds that operations run today, and what happens to them. */
async function expectKeptByOperations(docs: readonly Doc[]): Promise<string[]> {
  const yaml = yamlOf(docs);
  const plan = await runJson<PlanJson>(['plan', '-', '--json'], yaml);
  const cost = priced(docs)
    ? await runJson<OnCallCostJson>(['oncall-cost', '-', '--json'], yaml)
    : undefined;
  // SRE teams in name only are operations teams in all but name (§12.4.6), for the design too.
  const renamed = new Set(
    (await runJson<CheckJson>(['check', '-', '--json'], yaml)).checks
      .filter((c) => c.code === 'sre-team-of-renamed-ops')
      .map((c) => c.subject.name),
  );
  const kept: string[] = [];
  for (const s of plan.services) {
    const doc = docs.find((d) => d.kind === 'Service' && d.metadata.name === s.name);
    if (doc === undefined || s.runModel !== 'ops-runs-it' || !noBuilder(docs, doc)) continue;
    kept.push(s.name);
    for (const model of [s.recommendation.runModel, designedRunModel(s)]) {
      expect(DEVELOPERS_ON_CALL.has(model), `${s.name}: recommended ${model}`).toBe(false);
    }
    const onDevelopers = (cost?.optimized.rotations ?? [])
      .filter(
        (r) =>
          r.type !== 'thin-layer' &&
          r.services.includes(s.name) &&
          !runByOperations(docs, r, renamed),
      )
      .map((r) => r.name);
    expect(onDevelopers, `${s.name}: designed on rotations no operations team runs`).toEqual([]);
    if (cost !== undefined) {
      expect(
        cost.optimized.rotations.some(
          (r) => r.type !== 'thin-layer' && r.services.includes(s.name),
        ),
        `${s.name}: on an operations rotation in the design`,
      ).toBe(true);
      expect(
        cost.optimized.notes.some(
          (n) => n.startsWith('run by their developers') && n.includes(s.name),
        ),
        `${s.name}: the design says its developers run it`,
      ).toBe(false);
    }
  }
  return kept;
}

describe.each(CORPUS)('%s: nothing goes to developers who do not build it', (name) => {
  it('keeps with operations each service they run that no development team builds', async () => {
    await expectKeptByOperations(docsOf(name));
  });
});

it('energy-utility: the bought billing system and CRM stay with IT operations', async () => {
  expect((await expectKeptByOperations(docsOf('energy-utility'))).sort()).toEqual([
    'billing-core',
    'customer-care-crm',
  ]);
});

it('telecom-carrier: the bought billing, mediation, activation and inventory products stay with operations', async () => {
  expect((await expectKeptByOperations(docsOf('telecom-carrier'))).sort()).toEqual([
    'convergent-billing',
    'mediation',
    'network-inventory',
    'service-activation',
  ]);
});

/** Every service operations run, marked bought: the organizations where operations run some. */
function allBought(name: CorpusName): Doc[] {
  return docsOf(name).map((d) =>
    d.kind === 'Service' && d.spec.runModel === 'ops-runs-it'
      ? { ...d, spec: { ...d.spec, bought: true } }
      : d,
  );
}
const WITH_OPERATIONS = CORPUS.filter((name) =>
  docsOf(name).some((d) => d.kind === 'Service' && d.spec.runModel === 'ops-runs-it'),
);

describe.each(WITH_OPERATIONS)('%s, every ops-run service bought', (name) => {
  it('keeps every one of them with operations, whatever its tier', async () => {
    const kept = await expectKeptByOperations(allBought(name));
    expect(kept.length).toBeGreaterThan(0);
  });
});
