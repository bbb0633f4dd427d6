import { describe, expect, it } from 'vitest';
import { rotationsShortOfPeople, shortOfPeopleWords } from './short-of-people.ts';

describe('what a rotation of a design is still short of', () => {
  const teamRotation = (people: number, joining: number) => ({
    name: 'team:field-mobility',
    coverage: '24x7' as const,
    peopleNeeded: 8,
    team: { name: 'field-mobility', people, joining },
  });

  it('says the team’s own people apart from the SRE the plan sends, as oncall-cost counts them (§12.4.1)', () => {
    const words = shortOfPeopleWords(rotationsShortOfPeople([teamRotation(4, 1)]));
    expect(words).toBe(
      'team:field-mobility 24x7 has 5 people (4 of team field-mobility who can be on call, and the SRE the plan sends to share its on-call, once they join) and needs 8 by the sizing rule (3 short)',
    );
    // Never the joining SRE counted among the team's own people.
    expect(words).not.toContain('5 people of team');
  });

  it('names only the team when no SRE joins, and no team for a rotation kept as it is', () => {
    expect(shortOfPeopleWords(rotationsShortOfPeople([teamRotation(3, 0)]))).toBe(
      'team:field-mobility 24x7 has 3 people of team field-mobility and needs 8 by the sizing rule (5 short)',
    );
    const kept = { name: 'noc', coverage: '24x7' as const, peopleNeeded: 8, members: 6 };
    expect(shortOfPeopleWords(rotationsShortOfPeople([kept]))).toBe(
      'noc 24x7 has 6 people and needs 8 by the sizing rule (2 short)',
    );
  });

  it('finds nothing short when the team and its SRE fill the rotation', () => {
    expect(rotationsShortOfPeople([teamRotation(7, 1)])).toEqual([]);
  });
});
