import { describe, expect, it } from 'vitest';
import { patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreOverload } from './sre-overload.ts';

/**
 * sre-core runs the ledger alone (§12.5) on a 24x7 rotation of sam and the SREs `others`;
 * `extra` adds people to that rotation who are not SREs in place.
 */
function ledgerAlone(others: readonly string[], extra: readonly TestDoc[] = []): TestDoc[] {
  return [
    ...tinyOrg(),
    ...others.map((name) => ({ kind: 'Person', name, spec: { team: 'sre-core', role: 'sre' } })),
    ...extra,
    { kind: 'Team', name: 'core', spec: { type: 'development', organization: 'dev' } },
    {
      kind: 'Service',
      name: 'ledger',
      spec: {
        owner: 'core',
        runModel: 'sre-runs-it',
        sreTeam: 'sre-core',
        errorBudgetPolicy: 'standard',
      },
    },
    {
      kind: 'Rotation',
      name: 'ledger-oncall',
      spec: {
        type: 'team',
        coverage: '24x7',
        members: ['sam', ...others, ...extra.map((d) => d.name)],
        covers: { services: ['ledger'] },
      },
    },
  ];
}

describe('sre-overload (§12.1)', () => {
  it('names each SRE on call more than a quarter of their time on a rotation their team runs alone', () => {
    const found = findingsOf(sreOverload, ledgerAlone(['a', 'b']));
    expect(found.map((f) => f.subject.name)).toEqual(['sam', 'a', 'b']);
    expect(found[1]).toEqual({
      code: 'sre-overload',
      severity: 'warning',
      subject: { kind: 'Person', name: 'a' },
      section: '§12.1',
      message: expect.stringContaining(
        'a is on call 56 h a week (33 % of their time, more than 25 %) on ledger-oncall',
      ),
    });
  });

  it('adds up every rotation an SRE is on: the shared one with developers and the one run alone', () => {
    // Four on the ledger: 42 h each, a quarter; sam also carries shop's 24x7 shared on-call.
    const found = findingsOf(sreOverload, ledgerAlone(['a', 'b', 'c']));
    expect(found.map((f) => f.subject.name)).toEqual(['sam']);
    expect(found[0]?.message).toContain('on shop-oncall and ledger-oncall');
  });

  it('names no open position and no title without practice: they are nobody on call', () => {
    const notInPlace: TestDoc[] = [
      { kind: 'Person', name: 'open', spec: { team: 'sre-core', role: 'sre', openPosition: true } },
      {
        kind: 'Person',
        name: 'ret',
        spec: { team: 'sre-core', role: 'sre', srePracticeMonths: 0 },
      },
    ];
    const names = findingsOf(sreOverload, ledgerAlone(['a'], notInPlace)).map(
      (f) => f.subject.name,
    );
    expect(names).toContain('sam');
    expect(names).not.toContain('open');
    expect(names).not.toContain('ret');
  });

  it('accepts SREs whose rotations leave three quarters of their time', () => {
    expect(findingsOf(sreOverload, tinyOrg())).toEqual([]);
    expect(
      findingsOf(sreOverload, ledgerAlone(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).map(
        (f) => f.subject.name,
      ),
    ).toEqual([]);
  });

  it('names an SRE whose agreed support leaves no working time, even on call less than a quarter', () => {
    const docs = patch(tinyOrg(), 'Team', 'sre-core', {
      supports: [{ team: 'shop', hoursPerMonth: 200 }],
    });
    expect(findingsOf(sreOverload, docs).map((f) => [f.subject.name, f.message])).toEqual([
      [
        'sam',
        'sam has no working time left: support (200 h) and on-call duty in working hours (0 h) take more than all of their 174 h a month. An SRE needs time to make tomorrow better than today: share the load with more people or grow the team.',
      ],
    ]);
  });
});
