import { describe, expect, it } from 'vitest';
import { doc, modelOf } from '../../../test/support/short-model.ts';
import { CAREER_LADDER, nextLevel } from './career-ladder.ts';
import { careers } from './careers.ts';
import { SRE_RESPONSIBILITIES, SRE_SKILLS } from './what-makes-an-sre.ts';

describe('CAREER_LADDER', () => {
  it('has the three levels of §12.10 with scope and minimum experience', () => {
    expect(
      CAREER_LADDER.map((l) => [l.level, l.scope, l.minExperienceYears, l.headcountGuide]),
    ).toEqual([
      ['junior', 'team', 1, 'Roughly the number of development teams.'],
      ['senior', 'domain', 3, 'Roughly the number of product domains.'],
      ['principal', 'business-line', 5, 'Roughly the number of product lines.'],
    ]);
  });

  it('goes junior → senior → principal and stops there', () => {
    expect([nextLevel('junior'), nextLevel('senior'), nextLevel('principal')]).toEqual([
      'senior',
      'principal',
      undefined,
    ]);
  });
});

describe('careers', () => {
  const model = modelOf([
    doc.org('sre', { type: 'sre' }),
    doc.team('core', {
      type: 'sre',
      organization: 'sre',
      domain: 'payments',
      productLine: 'shop',
    }),
    doc.person('ana', { team: 'core', role: 'sre', level: 'senior' }),
    doc.person('bo', { team: 'core', role: 'infrastructure-sre', level: 'junior' }),
    doc.person('seat', { team: 'core', role: 'sre', level: 'junior', openPosition: true }),
    doc.person('cy', { role: 'manager' }),
  ]);
  const report = careers(model);

  it('carries the 24 responsibilities and 14 skills of "What Makes an SRE" (§12.9.2)', () => {
    expect(report.responsibilities).toBe(SRE_RESPONSIBILITIES);
    expect(SRE_RESPONSIBILITIES).toHaveLength(24);
    expect(SRE_SKILLS).toHaveLength(14);
  });

  it('names who holds each SRE role and which positions are open', () => {
    const sre = report.sreRoleNames.find((r) => r.role === 'sre');
    expect(sre).toMatchObject({ people: ['ana'], openPositions: ['seat'] });
    expect(report.sreRoleNames.find((r) => r.role === 'infrastructure-sre')?.people).toEqual([
      'bo',
    ]);
  });

  it('places people on the ladder without counting open positions', () => {
    expect(report.ladder.map((l) => l.people)).toEqual([['bo'], ['ana'], []]);
  });

  it('gives each SRE the scope of their level in this organization', () => {
    const scope = (name: string) => report.people.find((p) => p.person === name)?.scope;
    expect(scope('ana')).toEqual({ scope: 'domain', name: 'payments' });
    expect(scope('bo')).toEqual({ scope: 'team', name: 'core' });
    expect(scope('cy')).toBeUndefined();
  });
});
