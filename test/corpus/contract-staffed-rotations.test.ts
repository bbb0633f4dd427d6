import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  type Doc,
  docNamed,
  docsOf,
  ofKind,
  orgPath,
  run,
  runJson,
  turnTakersOf,
  yamlOf,
} from './support/corpus.ts';
import type { CheckJson, StaffingRotation } from './support/outputs.ts';
import { outsideOrganizations } from './support/outside.ts';

/**
 * §12.4.6, §12.6: a rotation most of whose people work for another company (a contractor's NOC,
 * a managed-service provider) is that company's to staff under its contract. parcel-logistics'
 * on-call decision read "6 people short of those who can be on call, to hire or move in
 * (noc-first-line 2, dispatch-oncall 1, driver-app-oncall 3)", and its risk "Grow it to 8 people
 * in Bogotá": a VP would have hired two people into Fernway for Andina's NOC. Every command now
 * reads one definition (`rotationProvider`) and agrees: no rotation another company staffs ever
 * adds to a count of people to hire or move in; each says what to ask the provider, and the
 * on-call figures say whose contract pays the turns they price at 0.
 */
interface DesignRotation {
  readonly name: string;
  readonly members: number | null;
  readonly peopleNeeded: number;
  readonly provider: { readonly organization: string; readonly displayName: string } | null;
}
interface Plan {
  readonly staffing: {
    readonly rotations: readonly StaffingRotation[];
    readonly hiring: readonly { readonly organization: string | null }[];
  };
  readonly risks: readonly {
    readonly about: string;
    readonly source: string;
    readonly mitigation: string;
  }[];
  readonly onCallCost: {
    readonly cost: {
      readonly current: { readonly rotations: readonly DesignRotation[] };
      readonly optimized: { readonly rotations: readonly DesignRotation[] };
    } | null;
  };
  readonly summary: {
    readonly decisions: readonly { readonly question: string; readonly proposal: string }[];
  };
}
interface Staffing {
  readonly rotations: readonly StaffingRotation[];
  readonly hiring: readonly { readonly organization: string | null }[];
}

/**
 * The rotations another company staffs, as the file format says it: more than half of those who
 * take its turns are in a team of an organization outside the product delivery organization's
 * tree; the provider is that organization.
 */
function providersOf(docs: readonly Doc[]): Map<string, string> {
  const outside = new Set(outsideOrganizations(docs).map((o) => o.metadata.name));
  const orgOf = (person: string) => {
    const team = docs.find((d) => d.kind === 'Person' && d.metadata.name === person)?.spec.team;
    return docs.find((d) => d.kind === 'Team' && d.metadata.name === team)?.spec.organization as
      | string
      | undefined;
  };
  const found = new Map<string, string>();
  for (const rotation of ofKind(docs, 'Rotation')) {
    const takers = turnTakersOf(docs, rotation);
    const theirs = takers.flatMap((p) => {
      const org = orgOf(p);
      return org !== undefined && outside.has(org) ? [org] : [];
    });
    if (theirs.length * 2 <= takers.length) continue;
    const [first] = theirs;
    if (first !== undefined) found.set(rotation.metadata.name, first);
  }
  return found;
}

const decision = (plan: Plan) =>
  plan.summary.decisions.find((d) => d.question === 'Which on-call design do we run?')?.proposal ??
  '';

/** The "to hire or move in (a 1, b 2)" list of the on-call decision, by rotation. */
function toHire(said: string): string[] {
  const list = /to hire or move in \(([^)]*)\)/.exec(said)?.[1] ?? '';
  return list
    .split(', ')
    .filter((x) => x !== '')
    .map((x) => x.replace(/ \d+$/, ''));
}

/** Every command's answer about one organization, given as a folder or as documents. */
async function outputs(source: { dir: string } | { docs: readonly Doc[] }) {
  const args = (cmd: string, ...rest: string[]) =>
    'dir' in source ? [cmd, source.dir, ...rest] : [cmd, '-', ...rest];
  const stdin = 'dir' in source ? undefined : yamlOf(source.docs);
  return {
    staffing: await runJson<Staffing>(args('staffing', '--json'), stdin),
    staffingMarkdown: (await run(args('staffing'), stdin)).stdout,
    check: await runJson<CheckJson>(args('check', '--json'), stdin),
    plan: await runJson<Plan>(args('plan', '--json'), stdin),
    planMarkdown: (await run(args('plan'), stdin)).stdout,
  };
}

async function agree(docs: readonly Doc[], out: Awaited<ReturnType<typeof outputs>>) {
  const expected = providersOf(docs);
  const sized = out.staffing.rotations;
  // One definition: staffing, the plan and every design of oncall-cost name the same provider.
  for (const r of sized) {
    expect(r.provider?.organization ?? null, r.name).toBe(expected.get(r.name) ?? null);
    expect(out.plan.staffing.rotations.find((x) => x.name === r.name)?.provider ?? null).toEqual(
      r.provider,
    );
  }
  const cost = out.plan.onCallCost.cost;
  for (const d of cost ? [cost.current, cost.optimized] : [])
    for (const r of d.rotations.filter((x) => expected.has(x.name)))
      expect(r.provider?.organization, r.name).toBe(expected.get(r.name));
  const providers = new Set(expected.values());
  // The hiring list never hires into another company's organization.
  for (const h of [...out.staffing.hiring, ...out.plan.staffing.hiring])
    expect(providers.has(h.organization ?? ''), h.organization ?? '').toBe(false);
  const said = decision(out.plan);
  for (const r of sized.filter((x) => x.provider !== null)) {
    const name = r.provider?.displayName ?? '';
    // Never among the people to hire or move in, in the decision.
    expect(toHire(said), said).not.toContain(r.name);
    if (r.shortfall === 0) continue;
    const ask = `${name} staffs it under contract: ask it to put ${r.shortfall} more ${r.shortfall === 1 ? 'person' : 'people'} on it (${r.needed} taking turns)`;
    // check's finding says what to ask the provider.
    const finding = out.check.checks.find(
      (f) => f.code === 'rotation-too-small' && f.subject.name === r.name,
    );
    expect(finding?.message, r.name).toContain(ask);
    // The risk register asks the provider, and grows nothing of the company's.
    const risk = out.plan.risks.find(
      (x) => x.source === 'rotation-shortfall' && x.about === `Rotation ${r.name}`,
    );
    // (unless the plan's design replaces the rotation, which its risk says first)
    if (!risk?.mitigation.startsWith('Move to the optimized on-call design'))
      expect(risk?.mitigation, r.name).toContain(ask);
    expect(risk?.mitigation, r.name).not.toMatch(/Grow it|[Hh]ire (?:for|into)|[Aa]dd \d/);
    // staffing says whose the shortfall is, in its table and beside it.
    expect(out.staffingMarkdown).toContain(`| **${r.shortfall}**, the contract’s |`);
    expect(out.staffingMarkdown).toContain(`\`${r.name}\` is ${r.shortfall} short. ${ask}`);
    // When the design keeps it short, the decision says it apart, for the contract.
    const designed = cost?.optimized.rotations.find((x) => x.name === r.name);
    if (said.startsWith('Move to') && designed && (designed.members ?? 0) < designed.peopleNeeded)
      expect(said).toContain(
        `${r.name} is ${designed.peopleNeeded - (designed.members ?? 0)} short, for the contract with ${name} to staff, not to hire`,
      );
  }
  // The plan's on-call figures say whose contract pays the turns they price at 0.
  for (const r of cost?.current.rotations ?? []) {
    const p = sized.find((x) => x.name === r.name)?.provider;
    if (!p?.paysOnCall) continue;
    const rows = out.planMarkdown.split('\n').filter((l) => l.startsWith(`| \`${r.name}\` |`));
    const priced = rows.filter((l) => l.includes('Standby') || /\d h \|/.test(l));
    expect(priced.length, r.name).toBeGreaterThan(0);
    for (const row of priced.filter((l) => l.includes(' h | ')))
      expect(row, r.name).toContain(`paid in the contract with ${p.displayName}, who staffs it`);
  }
}

describe('no rotation another company staffs is ever a hire (§12.4.6, §12.6)', () => {
  it.each(CORPUS)('%s: every command agrees', async (org) => {
    await agree(docsOf(org), await outputs({ dir: orgPath(org) }));
  });

  it('parcel-logistics: the NOC is the contract’s, and only the company’s own pagers are hires', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('parcel-logistics'), '--json']);
    const said = decision(plan);
    expect(toHire(said)).toEqual(['dispatch-oncall', 'driver-app-oncall']);
    expect(said).toContain(
      'its rotations are 4 people short of those who can be on call, to hire or move in',
    );
    expect(said).toContain(
      'noc-first-line is 2 short, for the contract with Andina NOC Services (contractor) to staff, not to hire',
    );
  });

  it('retail-peak with the provider on call round the clock: its shortfall is its contract’s', async () => {
    const docs = docsOf('retail-peak');
    const msp = docNamed(docs, 'Rotation', 'msp-backoffice-hours');
    msp.spec.coverage = '24x7';
    const out = await outputs({ docs });
    const sized = out.staffing.rotations.find((r) => r.name === 'msp-backoffice-hours');
    expect(sized?.shortfall).toBeGreaterThan(0);
    expect(sized?.provider?.organization).toBe('vistula-managed-services');
    await agree(docs, out);
  });
});
