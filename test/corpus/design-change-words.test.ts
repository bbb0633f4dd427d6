import { describe, expect, it } from 'vitest';
import { corpusWithPolicy, docsOf, MONTH, ofKind, orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * The optimized design's notes say what each kept rotation keeps, loses and gains (§12.6).
 * game-studio's read "keep tools-hours (8x5) for telemetry-ingest, patch-distribution, now also
 * for patch-distribution": the kept list already held what it gained, so a reader could not tell
 * which service moved.
 */
const WITH_POLICY = corpusWithPolicy();

describe.each(WITH_POLICY)('the design notes of %s', (name) => {
  it('name each service at most once in a kept rotation’s note', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath(name),
      '--month',
      MONTH,
      '--json',
    ]);
    const services = new Set(ofKind(docsOf(name), 'Service').map((s) => s.metadata.name));
    for (const note of cost.optimized.notes.filter((n) => n.startsWith('keep '))) {
      const said = (note.split(';')[0] ?? '').split(/[\s,()]+/).filter((w) => services.has(w));
      expect(said.length, note).toBe(new Set(said).size);
    }
  }, 60_000);
});

describe('game-studio', () => {
  it('says patch-distribution moves onto tools-hours once', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('game-studio'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(cost.optimized.notes).toContainEqual(
      expect.stringMatching(
        /^keep tools-hours \(8x5\) for telemetry-ingest, now also for patch-distribution;/,
      ),
    );
  });
});
