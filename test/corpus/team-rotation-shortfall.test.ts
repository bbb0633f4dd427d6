import { describe, expect, it } from 'vitest';
import {
  type Amount,
  CORPUS,
  type CorpusName,
  docsOf,
  orgPath,
  runJson,
} from './support/corpus.ts';

/**
 * §12.6: a team rotation is its team's people taking turns. The optimized design gives each high
 * tier a team rotation round the clock and sizes it by the sizing rule (8 for 24x7), but
 * insurer-today's teams have 4–6 developers: the design asked for 74 people against 18 today
 * without saying that no team has them. Each rotation the design adds or extends now states its
 * team's people beside what it needs, and the plan offers the alternative of §12.6 and §12.8 —
 * lower those services' targets to the medium tier, on domain rotations — with its people and
 * money as the same engine prices it.
 */
interface TeamRotation {
  readonly name: string;
  readonly type: string;
  readonly coverage: string;
  readonly services: readonly string[];
  readonly peopleNeeded: number;
  readonly team: {
    readonly name: string;
    readonly people: number;
    readonly joining: number;
  } | null;
  /** Another company that staffs it under contract. */
  readonly provider: { readonly displayName: string } | null;
}

interface CostDesign {
  readonly rotations: readonly TeamRotation[];
  readonly notes: readonly string[];
  readonly peopleNeeded: number;
  readonly monthlyCost: Amount;
}

interface Cost {
  readonly current: CostDesign;
  readonly optimized: CostDesign;
  readonly lowerTargets: {
    readonly services: readonly string[];
    readonly optimized: CostDesign;
    readonly vsCurrent: { readonly peopleNeeded: { design: number; against: number } };
  } | null;
}

interface Plan {
  readonly services: readonly {
    readonly name: string;
    readonly owner: string;
    readonly tier: string | null;
    readonly recommendation: { readonly interim: string | null };
  }[];
  readonly onCallCost: { readonly ok: boolean; readonly cost: Cost };
  readonly summary: {
    readonly decisions: readonly {
      readonly id: string;
      readonly proposal: string;
      readonly tradeOff: string | null;
    }[];
  };
}

/** The people of a team who can be on call, read from the corpus files: no manager, nobody's open position. */
function teamPeople(name: CorpusName, team: string): number {
  return docsOf(name).filter(
    (d) =>
      d.kind === 'Person' &&
      d.spec.team === team &&
      d.spec.role !== 'manager' &&
      d.spec.openPosition !== true,
  ).length;
}

const display = (m: Amount) =>
  `${Number(m.amount).toLocaleString('en-US', { minimumFractionDigits: 2 })} ${m.currency}`;

const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)('%s: the rotations the design adds or extends', (name) => {
  it('count their team’s people and say where they need more, with the alternative beside', async () => {
    const cost = await runJson<Cost>(['oncall-cost', orgPath(name), '--json']);
    const short = cost.optimized.rotations.filter(
      (r) => r.team !== null && r.team.people + r.team.joining < r.peopleNeeded,
    );
    for (const r of cost.optimized.rotations) {
      if (r.team === null) continue;
      expect(r.team.people, `${r.name}: people of team ${r.team.name}`).toBe(
        teamPeople(name, r.team.name),
      );
    }
    for (const r of short) {
      const team = r.team as NonNullable<TeamRotation['team']>;
      expect(
        cost.optimized.notes.some((n) =>
          n.includes(
            `team ${team.name} has ${team.people} ${team.people === 1 ? 'person' : 'people'} who can be on call${team.joining > 0 ? ` (${team.people + team.joining} once ` : `, ${r.name}`}`,
          ),
        ),
        `${r.name}: ${cost.optimized.notes.join(' | ')}`,
      ).toBe(true);
    }
    if (short.length === 0) {
      expect(cost.lowerTargets).toBeNull();
      return;
    }
    // The alternative lowers the targets of the high tiers on those rotations, and nothing else:
    // none of them is on a team rotation round the clock any more.
    const alternative = cost.lowerTargets;
    expect(alternative).not.toBeNull();
    const lowered = new Set(alternative?.services);
    expect([...lowered].sort()).toEqual(
      [...new Set(short.flatMap((r) => r.services))].filter((s) => lowered.has(s)).sort(),
    );
    for (const s of lowered) {
      const on = (alternative?.optimized.rotations ?? []).filter((r) => r.services.includes(s));
      expect(
        on.some((r) => r.type === 'team' && r.coverage === '24x7'),
        `${s} on ${on.map((r) => r.name).join(', ')}`,
      ).toBe(false);
      // People who know it stay on call for it: a domain rotation, or its team's in office hours.
      expect(on.some((r) => r.type !== 'thin-layer')).toBe(true);
    }
    expect(alternative?.vsCurrent.peopleNeeded).toEqual({
      design: alternative?.optimized.peopleNeeded,
      against: cost.current.peopleNeeded,
    });
  });
});

describe('the plan states the shortfall and offers lower targets as the alternative', () => {
  // A team the target gives an SRE counts them: the SRE shares its on-call (§12.4), and the
  // summary's count agrees with the plan's staffing, with today's figure beside it.
  it.each<[CorpusName, [string, number, string, number, boolean][]]>([
    // Pricing (4) and billing (5) no longer get a pager they cannot staff: operations stay first
    // line for their services on ops-oncall (12 of 8) until they can (§12.9.5).
    ['insurer-today', [['customer-portal', 6, 'digital-oncall', 8, true]]],
    // The plan asked startup for 16 more people (#12 item 6): its teams have 5 and 3.
    [
      'startup',
      [
        ['invoicing', 5, 'team:invoicing', 8, false],
        ['web-app', 3, 'team:web-app', 8, false],
      ],
    ],
  ])('%s', async (name, shortfalls) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const decision = plan.summary.decisions.find((d) => d.id === 'oncall-design');
    expect(decision?.proposal).toMatch(/^Move to the optimized design/);
    const tradeOff = decision?.tradeOff ?? '';
    for (const [team, people, rotation, needed, sreJoins] of shortfalls) {
      expect(teamPeople(name, team)).toBe(people);
      expect(plan.services.some((s) => s.owner === team && s.recommendation.interim !== null)).toBe(
        sreJoins,
      );
      expect(tradeOff).toContain(
        `team ${team} has ${people} today (${sreJoins ? `${people + 1} once its SRE joins` : 'the plan adds none'}), ${rotation} needs ${needed}`,
      );
    }
    const alternative = plan.onCallCost.cost.lowerTargets;
    expect(alternative).not.toBeNull();
    for (const s of alternative?.services ?? []) {
      expect(plan.services.find((x) => x.name === s)?.tier).toBe('high');
      expect(tradeOff).toContain(s);
    }
    // One service lowered is "the availability target of …", several "the availability targets".
    expect(tradeOff).toMatch(/lower the availability targets? of/);
    // startup's alternative is its 24x7 domain rotation of today, kept as it is: said so.
    if (name === 'startup') expect(tradeOff).toContain('today’s rotations as they are');
    else expect(tradeOff).not.toContain('as they are');
    expect(tradeOff).toContain(
      `the design then needs ${alternative?.optimized.peopleNeeded} people on its rotations and costs ${display(alternative?.optimized.monthlyCost as Amount)} per month (today ${plan.onCallCost.cost.current.peopleNeeded} people and ${display(plan.onCallCost.cost.current.monthlyCost)})`,
    );
  });
});

describe('the lowered-targets alternative passes the sizing rule, or says what it still needs', () => {
  it('public-agency: the service desk it keeps round the clock has 5 of the 8 people it needs', async () => {
    // Lowered, public-agency's high tiers sit behind the service desk round the clock, which has
    // 5 people where the sizing rule needs 8: the rotation-too-small check would flag it.
    const plan = await runJson<Plan>(['plan', orgPath('public-agency'), '--json']);
    const desk = plan.onCallCost.cost.lowerTargets?.optimized.rotations.find(
      (r) => r.name === 'service-desk',
    ) as TeamRotation & { members: number };
    expect([desk.coverage, desk.members, desk.peopleNeeded]).toEqual(['24x7', 5, 8]);
    const said = 'service-desk 24x7 has 5 people and needs 8 by the sizing rule (3 short)';
    const tradeOff = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.tradeOff ?? '';
    expect(tradeOff).toContain(`Lowered, it is still short of people: ${said}.`);
    expect(tradeOff).toContain(
      'lowering the targets with the people the lowered design still needs',
    );
    const cost = await runJson<Cost>(['oncall-cost', orgPath('public-agency'), '--json']);
    expect(cost.optimized.notes.find((n) => n.startsWith('or lower the targets'))).toContain(
      `it too is short of people: ${said}`,
    );
  });

  it.each<CorpusName>(['insurer-today', 'startup'])(
    '%s: no rotation of its alternative is short, and it says nothing more',
    async (name) => {
      const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
      const tradeOff = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.tradeOff ?? '';
      expect(tradeOff).toContain('The alternative');
      expect(tradeOff).not.toContain('still short');
    },
  );

  it('bank: nothing to lower, for IT operations stay first line for core-ledger until lending can staff a pager', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('bank'), '--json']);
    expect(plan.onCallCost.cost.lowerTargets).toBeNull();
    const tradeOff = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.tradeOff ?? '';
    expect(tradeOff).not.toContain('lower the availability target');
  });
});

describe('the lowered-targets alternative counts the company’s own people, a contract’s seats apart', () => {
  // §12.4.6: the seats a contractor staffs under contract are not the organization's hires.
  // telecom-carrier-target's alternative read "the design then needs 56 people on its rotations
  // … (today 76 people …)" with the partner's level-1 desk's 8 seats inside both figures, while
  // the same decision's design counted them apart.
  const own = (rotations: readonly TeamRotation[]) =>
    rotations.filter((r) => r.provider === null).reduce((n, r) => n + r.peopleNeeded, 0);
  it.each(PRICED)('%s', async (name) => {
    const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
    const cost = plan.onCallCost.cost;
    const alternative = cost.lowerTargets;
    const tradeOff = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.tradeOff ?? '';
    if (alternative === null || !tradeOff.includes('The alternative')) return;
    const contracted = [...alternative.optimized.rotations, ...cost.current.rotations].filter(
      (r) => r.provider !== null,
    );
    const design = own(alternative.optimized.rotations);
    const today = own(cost.current.rotations);
    expect(tradeOff).toContain(
      `the design then needs ${design} people ${contracted.length === 0 ? 'on its rotations' : 'on its own rotations, besides the '}`,
    );
    expect(tradeOff).toContain(`(today ${today} people and `);
    for (const r of contracted) expect(tradeOff).toContain(`of ${r.name}`);
  });

  it('telecom-carrier-target: the partner’s level-1 desk is said apart, not counted', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('telecom-carrier-target'), '--json']);
    const alternative = plan.onCallCost.cost.lowerTargets;
    const desk = alternative?.optimized.rotations.find((r) => r.name === 'l1-service-desk');
    expect(desk?.provider?.displayName).toBe('Bluewave Managed Services (partner)');
    const tradeOff = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.tradeOff ?? '';
    const total = alternative?.optimized.peopleNeeded ?? 0;
    expect(tradeOff).toContain(
      `the design then needs ${total - (desk?.peopleNeeded ?? 0)} people on its own rotations, besides the ${desk?.peopleNeeded} of l1-service-desk, which Bluewave Managed Services (partner) staffs under contract (§12.4.6)`,
    );
    expect(tradeOff).not.toContain(`needs ${total} people`);
  });
});
