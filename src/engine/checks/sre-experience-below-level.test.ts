import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreExperienceBelowLevel } from './sre-experience-below-level.ts';

describe('sre-experience-below-level (§12.10)', () => {
  // §12.10: junior at least one year, senior three, principal five.
  it.each([
    ['junior', 0.5, true],
    ['junior', 1, false],
    ['senior', 2.9, true],
    ['senior', 3, false],
    ['principal', 4, true],
    ['principal', 5, false],
  ])('for a %s SRE with %f years reports: %s', (level, experienceYears, fires) => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { level, experienceYears });
    expect(findingsOf(sreExperienceBelowLevel, docs).length > 0).toBe(fires);
  });

  it('names the level and the years needed', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { level: 'senior', experienceYears: 2 });
    expect(findingsOf(sreExperienceBelowLevel, docs)).toEqual([
      {
        code: 'sre-experience-below-level',
        severity: 'warning',
        subject: { kind: 'Person', name: 'sam' },
        message:
          'sam is a senior SRE with 2 year(s) of relevant experience; the level asks for at least 3.',
        section: '§12.10',
      },
    ]);
  });

  it('says nothing without stated experience, or for people who are not SREs', () => {
    expect(
      findingsOf(
        sreExperienceBelowLevel,
        patch(tinyOrg(), 'Person', 'sam', { experienceYears: undefined }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        sreExperienceBelowLevel,
        patch(tinyOrg(), 'Person', 'dan', { level: 'principal', experienceYears: 1 }),
      ),
    ).toEqual([]);
  });
});
