import { describe, expect, it } from 'vitest';
import type { SurplusFigures } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * A follow-the-sun relay covers each site's part of the day in that site's own day (§12.6): a seat
 * short at Tokyo is Tokyo's. The surplus options offer a redeploy into a rotation's shortfall only
 * to spare SREs at the site where the seat is short; otherwise they say the seat takes a move there
 * or a hire there. game-studio offered "redeploy into rotation sre-live-oncall (short by 1)" to its
 * spare SREs in Los Angeles and Warsaw, who cannot take Tokyo's part without moving.
 */

interface Staffing {
  readonly surplus: SurplusFigures;
  readonly rotations: readonly {
    name: string;
    setup: string;
    shortfall: number;
    sites: readonly { site: string; current: number; needed: number }[];
  }[];
}

const ORGS = [...CORPUS.map((c) => orgPath(c)), 'examples/acme'];

/** The spare SREs at a site whom no rotation needs there. */
const freeAt = (s: SurplusFigures, site: string) =>
  s.byLocation
    .filter((b) => b.location === site)
    .reduce((n, b) => n + Math.min(b.spare, Math.max(0, b.count - b.onRotations)), 0);

describe.each(ORGS)('surplus options of %s', (path) => {
  it('offer a relay’s short seat only to spare SREs at its site', async () => {
    const staffing = await runJson<Staffing>(['staffing', path, '--json']);
    const text = (await run(['staffing', path, '--format', 'md'])).stdout;
    const options = text.match(/Options: ([^\n]*)/)?.[1] ?? '';
    const redeploy = options.match(/redeploy into ([^;]*)/)?.[1] ?? '';
    for (const r of staffing.rotations) {
      if (r.setup !== 'follow-the-sun' && r.setup !== 'two-sites') continue;
      for (const site of r.sites.filter((x) => x.needed > x.current)) {
        const offered = redeploy.includes(`rotation ${r.name} (`);
        if (freeAt(staffing.surplus, site.site) === 0) {
          expect(offered, `${path}: ${r.name} short at ${site.site}: ${options}`).toBe(false);
          if (options !== '')
            expect(options).toContain(
              `rotation ${r.name} is short by ${site.needed - site.current} at ${site.site}, where no spare SRE is`,
            );
        }
      }
    }
  });
});

describe('game-studio', () => {
  it('says Tokyo’s seat on sre-live-oncall takes a move or a hire, and offers store-oncall', async () => {
    const text = (await run(['staffing', orgPath('game-studio'), '--format', 'md'])).stdout;
    const options = text.match(/Options: ([^\n]*)/)?.[1] ?? '';
    expect(options).not.toMatch(/redeploy [^;]*sre-live-oncall/);
    // Named, as the plan's surplus decision names them (one allocation).
    expect(options).toContain(
      'redeploy Aleksandra Wróbel and Jordan Lee into rotation store-oncall (short by 2)',
    );
    expect(options).toContain(
      'rotation sre-live-oncall is short by 1 at Tokyo, where no spare SRE is: that seat takes a move to Tokyo (relocation) or a hire there',
    );
  });
});
