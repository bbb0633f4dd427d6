import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { headcountByRole } from './headcount-by-role.ts';
import { hiringList } from './hiring-list.ts';
import { hiresAfterPractice, practiceOffer, practicePlaces } from './practice-places.ts';

// Two development teams in Berlin need two junior SREs; two operations engineers hold the SRE
// title without practice, one in Berlin, one in New York.
const model = modelFrom(
  doc('Organization', 'dev', 'type: development\nhead: h1'),
  doc('Organization', 'ops', 'type: operations'),
  doc('Person', 'h1', 'role: manager'),
  doc('Team', 'a', 'type: development\norganization: dev\nsetup: dedicated-sre'),
  doc('Team', 'b', 'type: development\norganization: dev\nsetup: dedicated-sre'),
  doc('Team', 'ops-team', 'type: operations\norganization: ops'),
  doc('Person', 'a1', 'team: a\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin'),
  doc('Person', 'b1', 'team: b\nrole: developer\nlocation: Berlin\ntimezone: Europe/Berlin'),
  doc(
    'Person',
    'olaf',
    'team: ops-team\nrole: sre\nlevel: senior\nsrePracticeMonths: 0\nexperienceYears: 12\nlocation: Berlin\ntimezone: Europe/Berlin',
  ),
  doc(
    'Person',
    'nina',
    'team: ops-team\nrole: sre\nsrePracticeMonths: 0\nlocation: New York\ntimezone: America/New_York',
  ),
);

describe('practicePlaces (§12.9.4)', () => {
  const headcount = headcountByRole(model);
  const gaps = hiringList(model, headcount);

  it('offers a junior place at their own site to each SRE title without practice, before a hire', () => {
    const practice = practicePlaces(model, headcount, gaps);
    expect(practice).toMatchObject({ level: 'junior', hires: 2, offered: 1 });
    expect(practice?.candidates.map((c) => [c.person, c.offered])).toEqual([
      ['olaf', true],
      ['nina', false],
    ]);
    const hires = hiresAfterPractice(gaps, practice);
    expect(hires.filter((h) => h.level === 'junior').map((h) => h.count)).toEqual([1]);
    expect(hires.find((h) => h.level === 'junior')?.reason).toContain('§12.9.4');
  });

  it('says who practises where, and that the hiring list hires the rest', () => {
    const practice = practicePlaces(model, headcount, gaps);
    const text = practice ? practiceOffer(practice) : '';
    expect(text).toContain('Offer 1 junior SRE place before hiring (§12.9.4)');
    expect(text).toContain('the other 1 junior place');
    expect(text).toContain('No junior place is left at the site of nina');
    expect(text).toContain('olaf (senior SRE title), at Berlin.');
  });

  it('says a title with no level as such, never as a junior one', () => {
    const offer = practiceOffer({
      hires: 3,
      offered: 3,
      candidates: [
        {
          person: 'gary',
          name: 'Gary Lowe',
          location: 'Leeds',
          title: null,
          experienceYears: 12,
          offered: true,
        },
        {
          person: 'craig',
          name: 'Craig Ellis',
          location: 'Leeds',
          title: 'junior',
          experienceYears: 8,
          offered: true,
        },
        {
          person: 'leanne',
          name: 'Leanne Shaw',
          location: 'Leeds',
          title: 'junior',
          experienceYears: 6,
          offered: true,
        },
      ],
    });
    expect(offer).toContain(
      'Gary Lowe (SRE title, no level), Craig Ellis and Leanne Shaw (junior SRE titles), at Leeds.',
    );
    expect(offer).not.toContain('junior SRE titles, Leeds');
  });

  it('offers nothing where no junior is hired', () => {
    expect(
      practicePlaces(
        model,
        headcount,
        gaps.filter((h) => h.level !== 'junior'),
      ),
    ).toBe(undefined);
  });
});
