import { describe, expect, it } from 'vitest';
import type { SurplusFigures } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * SREs beyond their site's places whom a rotation needs there are "in seats a rotation needs at
 * their site" (§12.6) wherever they are spoken of: the head count section, its gap column and the
 * hiring list's reasons (the hiring list is the plan's too). The reasons said "beyond their site’s
 * places: rotations need every one of them" of the people the head count text put in seats.
 */

interface Staffing {
  readonly hiring: readonly { level: string; location: string; reason: string }[];
  readonly surplus: SurplusFigures;
}

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];
const SEATS = /in (seats|a seat) (a rotation needs|rotations need) at their site/;

describe.each(ORGS)('SREs in rotation seats in %s', (path) => {
  it('are said to be in seats a rotation needs, in the hiring list as in the head count', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    const text = (await run(['staffing', path, '--format', 'md'])).stdout;
    for (const h of staffing.hiring) {
      const seated = staffing.surplus.byLocation.some(
        (b) => b.level === h.level && b.onRotations > 0,
      );
      expect(h.reason).not.toMatch(/rotations need every one of them|a rotation needs them/);
      if (seated) expect(h.reason, `${path}: ${h.level} at ${h.location}`).toMatch(SEATS);
    }
    expect(text).not.toContain('are needed there by');
    expect(text).not.toContain('is needed there by');
    if (staffing.surplus.byLocation.some((b) => b.onRotations > 0)) {
      expect(text).toMatch(/In (seats|a seat) (a rotation needs|rotations need) at their site/);
    }
  });
});

describe('acme', () => {
  it('says the Singapore and New York juniors are in seats, in the Berlin hire as in the table', async () => {
    const text = (await run(['staffing', 'examples/acme', '--format', 'md'])).stdout;
    expect(text).toContain('**4 short** (9 are in seats rotations need at their site)');
    expect(text).toContain(
      '4 junior SREs at Singapore and 5 at New York are in seats rotations need at their site, so they do not count toward these places (§12.6)',
    );
  });
});
