import { describe, expect, it } from 'vitest';
import {
  modelOf,
  patch,
  type TestDoc,
  tinyOrg,
  without,
} from '../../../../test/support/docs-model.ts';
import { operatingChangeMarkdown } from '../../../report/change/operating-change-markdown.ts';
import { buildPlanDocument } from '../document/build-plan-document.ts';
import { operatingChange } from './operating-change.ts';
import { OperatingChangeSchema } from './scenario-schema.ts';

function change(today: TestDoc[], target: TestDoc[]) {
  const todayModel = modelOf(today);
  const targetModel = modelOf(target);
  const todayDoc = buildPlanDocument(todayModel);
  const targetDoc = buildPlanDocument(targetModel);
  return {
    todayDoc,
    targetDoc,
    change: operatingChange({ today: todayDoc, target: targetDoc, todayModel, targetModel }),
  };
}

/** tinyOrg with a second developer, not on call today. */
function withDeveloper(): TestDoc[] {
  return [
    ...tinyOrg(),
    {
      kind: 'Person',
      name: 'dora',
      spec: { team: 'shop', role: 'developer', reportsTo: 'dev-head', displayName: 'Dora Diaz' },
    },
  ];
}

describe('operatingChange', () => {
  it('is exactly what its schema says', () => {
    const { change: c } = change(tinyOrg(), tinyOrg());
    expect(OperatingChangeSchema.safeParse(c).success).toBe(true);
  });

  it('changes nothing between a model and itself', () => {
    const { change: c, todayDoc } = change(tinyOrg(), tinyOrg());
    expect(c.cost.change.amount).toBe('0.00');
    expect(c.cost.today).toEqual(todayDoc.cost.today.total);
    expect(c.risks.added).toEqual([]);
    expect(c.risks.removed).toEqual([]);
    expect(c.risks.kept).toBe(todayDoc.risks.length);
    expect(c.newlyOnCall).toEqual([]);
  });

  it('names who goes on call for the first time, and that no compensation policy pays them', () => {
    const today = without(withDeveloper(), 'CompensationPolicy', 'standby-pay');
    const target = patch(today, 'Rotation', 'shop-oncall', { members: ['dan', 'sam', 'dora'] });
    const { change: c } = change(today, target);
    expect(c.newlyOnCall).toEqual([
      {
        person: 'dora',
        name: 'Dora Diaz',
        role: 'developer',
        rotations: ['shop-oncall'],
        hoursPerWeek: expect.any(Number),
        compensation: null,
      },
    ]);
  });

  it('names the compensation policy that pays who goes on call for the first time', () => {
    const today = withDeveloper();
    const target = patch(today, 'Rotation', 'shop-oncall', { members: ['dan', 'sam', 'dora'] });
    const { change: c } = change(today, target);
    expect(c.newlyOnCall.map((p) => [p.person, p.compensation])).toEqual([['dora', 'standby-pay']]);
  });

  it('takes the cost of each model from its own plan, and the change as target minus today', () => {
    const today = tinyOrg();
    const target = [
      ...tinyOrg(),
      {
        kind: 'Person',
        name: 'sid',
        spec: { team: 'sre-core', role: 'sre', level: 'senior', reportsTo: 'sre-head' },
      },
    ];
    const { change: c, todayDoc, targetDoc } = change(today, target);
    expect(c.cost.today).toEqual(todayDoc.cost.today.total);
    expect(c.cost.target).toEqual(targetDoc.cost.today.total);
    const cents = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
    expect(cents(c.cost.change)).toBe(cents(c.cost.target) - cents(c.cost.today));
    expect(cents(c.cost.change)).toBeGreaterThan(0);
    expect(c.sreByLevel.senior).toEqual({ today: 0, target: 1, openPositions: 0 });
    expect(c.people.target).toBe(c.people.today + 1);
  });

  it('counts the open positions of the target in its cost: they are to be hired', () => {
    const target = [
      ...tinyOrg(),
      {
        kind: 'Person',
        name: 'sre-open',
        spec: {
          team: 'sre-core',
          role: 'sre',
          level: 'senior',
          reportsTo: 'sre-head',
          openPosition: true,
        },
      },
    ];
    const inPlace = patch(target, 'Person', 'sre-open', { openPosition: false });
    const { change: c } = change(tinyOrg(), target);
    const { change: filled } = change(tinyOrg(), inPlace);
    const cents = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
    // An open senior SRE costs what the same senior SRE in place costs.
    expect(cents(c.cost.change)).toBe(cents(filled.cost.change));
    expect(cents(c.cost.change)).toBeGreaterThan(0);
    const line = c.cost.lines.find((l) => l.id === 'open-positions');
    expect(line?.today).toBeNull();
    expect(line?.target).toEqual(filled.cost.change);
    expect(line?.label).toMatch(/1 open position .*paid once filled/);
    expect(c.people.target).toBe(c.people.today + 1);
    // The SREs by level count it as the cost and people rows do, and say it is open.
    expect(c.sreByLevel.senior).toEqual({ ...filled.sreByLevel.senior, openPositions: 1 });
    expect(c.sreByLevel.senior.target).toBe(c.sreByLevel.senior.today + 1);
    expect(filled.sreByLevel.senior.openPositions).toBe(0);
    expect(operatingChangeMarkdown(c)).toContain(
      `| senior SREs | ${c.sreByLevel.senior.today} | ${c.sreByLevel.senior.target} (+1; 1 open position, to hire) |`,
    );
  });

  it('sets apart the salaries of people already employed who move into SRE: no new money', () => {
    const today = withDeveloper();
    // dora, a developer today, becomes a senior SRE of the SRE team.
    const target = patch(today, 'Person', 'dora', {
      team: 'sre-core',
      role: 'sre',
      level: 'senior',
      reportsTo: 'sre-head',
    });
    const { change: c } = change(today, target);
    const cents = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
    expect(cents(c.cost.change)).toBeGreaterThan(0);
    const moved = c.cost.alreadyEmployed;
    expect(moved?.people).toEqual([{ person: 'dora', name: 'Dora Diaz' }]);
    // Her developer salary today (the default 80,000 a year) is spending the company has already.
    expect(moved?.todayPerYear.amount).toBe('80000.00');
    expect(cents(moved?.newSpending ?? { amount: 'NaN' })).toBe(
      cents(c.cost.change) - cents(moved?.todayPerYear ?? { amount: 'NaN' }),
    );
    expect(operatingChangeMarkdown(c)).toMatch(
      /the company pays them already\. \*\*New spending: /,
    );
    // A hire from outside is all new money.
    const hired = [
      ...today,
      {
        kind: 'Person',
        name: 'sid',
        spec: { team: 'sre-core', role: 'sre', level: 'senior', reportsTo: 'sre-head' },
      },
    ];
    expect(change(today, hired).change.cost.alreadyEmployed).toBeNull();
  });

  it('lists the risks the target adds', () => {
    const target = patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 1 });
    const { change: c } = change(tinyOrg(), target);
    expect(c.risks.added.map((r) => r.about)).toContain('Organization dev');
    expect(c.risks.removed).toEqual([]);
  });
});
