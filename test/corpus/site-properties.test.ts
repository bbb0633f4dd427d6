import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE_HOUR_WEST, quarterHours, rotationOrg, WEEKLY_24X7, ZONES } from './support/changes.ts';
import { docNamed, docsOf, membersOf, runJson, yamlOf, zoneOf } from './support/corpus.ts';
import type { StaffingJson } from './support/outputs.ts';

/** Properties of sites and rotation sizing (#12 items 2, 3, 10). */

describe('moving one member one hour west', () => {
  it("changes nobody's share of a weekly 24x7 rotation by more than one turn", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WEEKLY_24X7),
        fc.nat(),
        async ([org, rotationName], pick) => {
          const docs = docsOf(org);
          const rotation = docNamed(docs, 'Rotation', rotationName);
          const members = membersOf(rotation);
          const mover = members[pick % members.length] as string;
          const from = zoneOf(docs, mover, rotation);
          const to = ONE_HOUR_WEST[from];
          if (to === undefined) return;
          const before = await quarterHours(yamlOf(docs), rotationName);
          docNamed(docs, 'Person', mover).spec.timezone = to;
          const after = await quarterHours(yamlOf(docs), rotationName);
          for (const person of members) {
            const change = Math.abs((after.get(person) ?? 0) - (before.get(person) ?? 0));
            expect(
              change,
              `${org}/${rotationName}: ${mover} ${from} → ${to}, ${person}`,
            ).toBeLessThanOrEqual(169);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('sizing a 24x7 rotation', () => {
  it('never finds a shortfall larger than needed minus current, wherever the members live', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ZONES), { minLength: 2, maxLength: 14 }),
        async (zones) => {
          const staffing = await runJson<StaffingJson>(
            ['staffing', '-', '--json'],
            rotationOrg(zones),
          );
          const r = staffing.rotations[0];
          expect(r?.current).toBe(zones.length);
          expect(r?.shortfall, zones.join(', ')).toBeLessThanOrEqual(
            Math.max(0, (r?.needed ?? 0) - (r?.current ?? 0)),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
