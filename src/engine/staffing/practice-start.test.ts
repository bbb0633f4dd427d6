import { describe, expect, it } from 'vitest';
import { practiceStart, practiceStartWords } from './practice-start.ts';

const none = { roles: {}, unleveled: [] };

describe('practiceStart (§12.9.4, §12.10)', () => {
  it('starts at once when a senior or principal SRE is there today', () => {
    const today = { roles: { senior: { current: 1 } }, unleveled: [] };
    expect(practiceStart([{ level: 'junior', count: 3, location: 'X' }], today)).toEqual({
      quarter: 1,
      mentor: null,
    });
    expect(practiceStartWords([], today)).toBeNull();
  });

  it('waits for the quarter after the wave that hires the first mentor', () => {
    const hiring = [
      { level: 'junior' as const, count: 3, location: 'X' },
      { level: 'senior' as const, count: 4, location: 'X' },
      { level: 'principal' as const, count: 2, location: 'X' },
    ];
    expect(practiceStart(hiring, none)).toEqual({
      quarter: 2,
      mentor: { level: 'principal', quarter: 1 },
    });
    // A junior there today is no mentor, but brings in one hire in quarter 1.
    const junior = { roles: { junior: { current: 1 } }, unleveled: [] };
    expect(practiceStartWords([{ level: 'senior', count: 1, location: 'X' }], junior)).toBe(
      'from quarter 2 of the plan, once the senior SRE hired in quarter 1 is there to mentor them (§12.10)',
    );
  });

  it('says so when nobody who could mentor them is there or hired', () => {
    expect(practiceStart([{ level: 'junior', count: 1, location: 'X' }], none)).toBeNull();
    expect(practiceStartWords([], none)).toMatch(/^with no senior or principal SRE there today/);
  });
});
