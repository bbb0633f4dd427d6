import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/support/fake-io.ts';
import { epochSeconds } from '../model/index.ts';
import { evidenceOption } from './data-options.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SLI = 'examples/acme/data/sli.csv';
const INCIDENTS = 'examples/acme/data/incidents.csv';
const AS_OF = epochSeconds(1_751_328_000); // 2025-07-01

const context = (stdin?: string) => {
  const io = fakeIo({ cwd: ROOT, ...(stdin === undefined ? {} : { stdin }) });
  return { io, exit: () => {} };
};

describe('evidenceOption: the error budget evidence of plan --sli and diff --sli', () => {
  it('names the evidence by its files and measures it up to --at', async () => {
    const files = await evidenceOption({ sli: SLI, incidents: INCIDENTS }, AS_OF, context());
    expect(files?.evidence).toMatchObject({ asOf: AS_OF, sli: SLI, incidentsFile: INCIDENTS });
    expect(files?.evidence?.series).toBe(files?.series);
    expect(files?.evidence?.incidents).toBe(files?.incidents);
    expect(files?.series?.size).toBeGreaterThan(0);
    expect(files?.incidents.length).toBeGreaterThan(0);
    // Samples without incidents: none counted, and none named.
    const sliOnly = await evidenceOption({ sli: SLI }, AS_OF, context());
    expect(sliOnly?.evidence).toMatchObject({ incidents: [], incidentsFile: null });
  });

  it('makes no evidence from incidents alone, but still reads them', async () => {
    const files = await evidenceOption({ incidents: INCIDENTS }, AS_OF, context());
    expect(files?.evidence).toBeUndefined();
    expect(files?.series).toBeUndefined();
    expect(files?.incidents.length).toBeGreaterThan(0);
  });

  it('stops on bad rows, and leaves them out with --skip-bad-rows', async () => {
    const bad =
      'service,timestamp,good,total\ncheckout,not-a-time,1,1\ncheckout,2025-06-01T00:00:00Z,1,1\n';
    const stopped = context(bad);
    expect(await evidenceOption({ sli: '-' }, AS_OF, stopped)).toBeUndefined();
    expect(stopped.io.err.join('')).toContain('--skip-bad-rows');
    const skipped = context(bad);
    const files = await evidenceOption({ sli: '-', skipBadRows: true }, AS_OF, skipped);
    expect(files?.evidence?.series.get('checkout')).toBeDefined();
    expect(skipped.io.err.join('')).toContain('skipping 1 bad SLI rows');
  });
});
