import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  corpusWithPolicy,
  docsOf,
  MONTH,
  ofKind,
  orgPath,
  runJson,
} from './support/corpus.ts';
import type { CheckJson, OnCallCostJson } from './support/outputs.ts';

/** A zone's offset from UTC in minutes on a day of 2025 (15 January, 15 July: the site rule's). */
function offset(zone: string, month: 1 | 7): number {
  const at = new Date(Date.UTC(2025, month - 1, 15, 12));
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return (local - at.getTime()) / 60_000;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (m: number) => {
  const d = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(d / 60)).padStart(2, '0')}:${String(d % 60).padStart(2, '0')}`;
};

/** "keeps Bangalore's office hours, 09:30–17:30 Asia/Kolkata time, which are 22:00–06:00 (…) in Chicago". */
const WHOSE =
  /keeps ([^']+)'s office hours, (\d\d:\d\d)–(\d\d:\d\d) ([\w/+-]+) time, which are (\d\d:\d\d)–(\d\d:\d\d)(?: \((\d\d:\d\d)–(\d\d:\d\d) in July\))? in ([^,]+), where/g;

/**
 * Issue #12 (energy-utility): the optimized design put meter-data-management on an 8x5 rotation
 * in Bangalore's hours and told the reader only to "confirm that office hours are enough for
 * their users": Bangalore's office hours are Chicago's night, where grid technology works. Where
 * an office-hours rotation keeps another site's hours than the owning organization's, the design's
 * note and `high-demand-office-hours-only` say whose they are and what they are in the owners'
 * time: the same hours, moved by the two zones' offsets in January and July.
 */
describe('office hours of another site are said with whose they are', () => {
  it.each(CORPUS)(
    '%s: the owners’ hours are the rotation’s, moved by the zones’ offsets',
    async (name) => {
      const check = await runJson<CheckJson>(['check', orgPath(name), '--json']);
      const texts = check.checks.map((c) => c.message);
      if (corpusWithPolicy().includes(name)) {
        const cost = await runJson<OnCallCostJson & { optimized: { notes: string[] } }>([
          'oncall-cost',
          orgPath(name),
          '--month',
          MONTH,
          '--json',
        ]);
        texts.push(...cost.optimized.notes);
      }
      for (const text of texts) {
        for (const m of text.matchAll(WHOSE)) {
          const [, , from, to, zone, there, thereTo, july, julyTo, owners] =
            m as unknown as string[];
          // The owners' clock: the zone most people who say they work there state.
          // The site's name spells out its cities ("Madrid/Lisbon").
          const cities = (owners as string).replace(/ and \d+ more$/, '').split('/');
          const zones = ofKind(docsOf(name), 'Person')
            .filter(
              (p) =>
                cities.includes(p.spec.location as string) && typeof p.spec.timezone === 'string',
            )
            .map((p) => p.spec.timezone as string);
          const ownersZone = [...zones].sort(
            (a, b) => zones.filter((z) => z === b).length - zones.filter((z) => z === a).length,
          )[0];
          expect(ownersZone, text).toBeDefined();
          const moved = (month: 1 | 7, at: string) =>
            clock(
              minutes(at) + offset(ownersZone as string, month) - offset(zone as string, month),
            );
          expect([there, thereTo], text).toEqual([
            moved(1, from as string),
            moved(1, to as string),
          ]);
          const summer = [moved(7, from as string), moved(7, to as string)];
          // July is said only when it differs from January.
          if (july === undefined) expect(summer, text).toEqual([there, thereTo]);
          else expect([july, julyTo], text).toEqual(summer);
        }
      }
    },
    120_000,
  );

  it('energy-utility: meter-data-management keeps Bangalore’s hours, Chicago’s night', async () => {
    const cost = await runJson<OnCallCostJson & { optimized: { notes: string[] } }>([
      'oncall-cost',
      orgPath('energy-utility'),
      '--month',
      MONTH,
      '--json',
    ]);
    const note = cost.optimized.notes.find((n) => n.startsWith('high demand, office hours only'));
    const said = [...(note ?? '').matchAll(WHOSE)];
    expect(said).toHaveLength(1);
    const [, site, from, to, zone, there, thereTo, july, julyTo, owners] =
      said[0] as unknown as string[];
    expect([site, zone, owners]).toEqual(['Bangalore/Hyderabad', 'Asia/Kolkata', 'Chicago/Denver']);
    expect(note).toContain('meter-data-management (99.9 %; team:meter-data keeps Bangalore');
    // Chicago's clock: Bangalore's 09:30–17:30 moved by the two zones' offsets, January and July.
    const january = offset('America/Chicago', 1) - offset('Asia/Kolkata', 1);
    const summer = offset('America/Chicago', 7) - offset('Asia/Kolkata', 7);
    expect([there, thereTo]).toEqual([
      clock(minutes(from as string) + january),
      clock(minutes(to as string) + january),
    ]);
    expect([july, julyTo]).toEqual([
      clock(minutes(from as string) + summer),
      clock(minutes(to as string) + summer),
    ]);
    // The customer services on Chicago's own office hours say nothing more.
    expect(note).toContain('my-account-web (99.9 %),');
  });
});
