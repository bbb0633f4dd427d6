import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/registry.ts';
import { FROM_FINDINGS } from './risk-register.ts';

describe('the risks read from findings', () => {
  it('say what to do for every check that warns or errs, in the words of its section', () => {
    const missing = CHECKS.filter((c) => c.severity !== 'info' && !FROM_FINDINGS[c.code]).map(
      (c) => c.code,
    );
    expect(missing).toEqual([]);
    for (const c of CHECKS) {
      const mitigation = FROM_FINDINGS[c.code]?.mitigation;
      if (mitigation === undefined) continue;
      // Each cites a section of its own check (§12.9.4 for the SRE role without practice).
      const sections = c.section.split(', ');
      expect(
        sections.some((s) => mitigation.includes(s)),
        `${c.code}: ${mitigation}`,
      ).toBe(true);
    }
  });
});
