import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { selectPolicy } from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { overloadedPeople } from '../staffing/on-call-load.ts';
import { onCallOverload } from './on-call-overload.ts';
import { sreOverload } from './sre-overload.ts';

/** tinyOrg's shop pager cut down to `members` (a primary alone: 168 h ÷ members each). */
function shopPager(members: readonly string[], extra: readonly TestDoc[] = []): TestDoc[] {
  return [...patch(tinyOrg(), 'Rotation', 'shop-oncall', { members }), ...extra];
}

/** Who staffing's overload list names, on the same business hours `check` reads. */
function staffingOverloaded(docs: readonly TestDoc[]): string[] {
  const model = modelOf(docs);
  const selected = selectPolicy(model);
  const hours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
  return overloadedPeople(model, hours).map((l) => l.person);
}

describe('on-call-overload (§12.1, §12.9.5)', () => {
  it('names a developer on call more than a quarter of their time, with hours, share and rotation', () => {
    // dan, eva and sam on a 24x7 pager: 56 h a week each, a third of their time.
    const docs = shopPager(['dan', 'eva', 'sam']);
    const found = findingsOf(onCallOverload, docs);
    expect(found.map((f) => f.subject.name)).toEqual(['dan', 'eva']);
    expect(found[0]).toEqual({
      code: 'on-call-overload',
      severity: 'warning',
      subject: { kind: 'Person', name: 'dan' },
      section: '§12.1, §12.9.5',
      message: expect.stringMatching(
        /^dan is on call 56 h a week \(33 % of their time, more than 25 %\) on shop-oncall, a developer practising the SRE role on rotation \(§12\.9\.5\)\. .*make tomorrow better than today \(§12\.1\)/,
      ),
    });
  });

  it('leaves the SRE in place to sre-overload: each person is named by one check', () => {
    const docs = shopPager(['dan', 'eva', 'sam']);
    expect(findingsOf(sreOverload, docs).map((f) => f.subject.name)).toEqual(['sam']);
    expect(findingsOf(onCallOverload, docs).map((f) => f.subject.name)).not.toContain('sam');
  });

  it('names an operations engineer and an SRE title without practice, whom sre-overload leaves out', () => {
    const people: TestDoc[] = [
      { kind: 'Person', name: 'olga', spec: { team: 'shop', role: 'ops-engineer' } },
      {
        kind: 'Person',
        name: 'ret',
        spec: { team: 'sre-core', role: 'sre', srePracticeMonths: 0 },
      },
    ];
    const docs = shopPager(['dan', 'olga', 'ret'], people);
    const found = findingsOf(onCallOverload, docs);
    expect(found.map((f) => f.subject.name)).toEqual(['dan', 'olga', 'ret']);
    expect(found[1]?.message).toContain(', an operations engineer.');
    expect(found[2]?.message).toContain('with an SRE title and no SRE practice yet (§12.9.4)');
    expect(findingsOf(sreOverload, docs)).toEqual([]);
  });

  it('adds up every rotation a developer is on, as staffing does', () => {
    // The 8x5 pager alone (40 h) and the 24x7 pager of six (28 h) are each within the line; dan
    // carries both.
    const docs = shopPager(
      ['dan', 'eva', 'finn', 'gus', 'hana', 'ivo'],
      [
        {
          kind: 'Rotation',
          name: 'shop-days',
          spec: { type: 'team', coverage: '8x5', members: ['dan'], covers: { teams: ['shop'] } },
        },
      ],
    );
    const found = findingsOf(onCallOverload, docs);
    expect(found.map((f) => f.subject.name)).toEqual(['dan']);
    expect(found[0]?.message).toContain('on shop-oncall and shop-days');
  });

  it('names exactly whom staffing names that sre-overload does not, and nobody within the line', () => {
    for (const members of [
      ['dan', 'sam', 'eva', 'finn', 'gus', 'hana', 'ivo', 'jo'],
      ['dan', 'eva', 'sam'],
      ['dan', 'sam'],
    ]) {
      const docs = shopPager(members);
      const named = [...findingsOf(onCallOverload, docs), ...findingsOf(sreOverload, docs)].map(
        (f) => f.subject.name,
      );
      expect(named.sort()).toEqual(staffingOverloaded(docs).sort());
    }
    expect(findingsOf(onCallOverload, tinyOrg())).toEqual([]);
  });
});
