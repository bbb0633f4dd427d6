import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_24X7, ONE_HOUR_WEST, quarterHours, withNewSre } from './support/changes.ts';
import {
  type CorpusName,
  cents,
  type Doc,
  docNamed,
  docsOf,
  MONTH,
  MONTH_FROM,
  MONTH_TO,
  membersOf,
  ofKind,
  orgPath,
  runJson,
  yamlOf,
  zoneOf,
} from './support/corpus.ts';
import type { ChargebackJson, CheckJson, OnCallCostJson, StaffingJson } from './support/outputs.ts';

/**
 * Metamorphic properties: change an organization of the corpus in a way whose effect an SRE
 * leader can state without computing anything, run the commands on both, and compare. Runs are
 * bounded to keep the suite lean; each case runs the real commands in-process on the changed
 * model given on stdin. More properties, which today's code does not meet yet, are listed in the
 * corpus findings with the areas that own them.
 */

describe('adding an SRE to a rotation', () => {
  it('never increases a shortfall, of a rotation or of SREs by level', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ANY_24X7),
        fc.nat(),
        fc.boolean(),
        async ([org, rotationName], pick, west) => {
          const docs = docsOf(org);
          const rotation = docNamed(docs, 'Rotation', rotationName);
          const members = membersOf(rotation);
          const zone = zoneOf(docs, members[pick % members.length] as string, rotation);
          const newZone = west ? (ONE_HOUR_WEST[zone] ?? zone) : zone;
          const before = await runJson<StaffingJson>(['staffing', '-', '--json'], yamlOf(docs));
          const after = await runJson<StaffingJson>(
            ['staffing', '-', '--json'],
            yamlOf(withNewSre(docs, rotationName, newZone)),
          );
          for (const r of before.rotations) {
            const now = after.rotations.find((x) => x.name === r.name);
            expect(
              now?.shortfall,
              `${org}: ${r.name} with an SRE in ${newZone}`,
            ).toBeLessThanOrEqual(r.shortfall);
          }
          for (const level of ['junior', 'senior', 'principal'] as const) {
            const gap = (s: StaffingJson) =>
              Math.max(0, s.roles[level].needed - s.roles[level].current);
            expect(gap(after), `${org}: ${level}`).toBeLessThanOrEqual(gap(before));
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});

/** Zones that keep the same clock as another all year: the same working day under another name. */
const SAME_CLOCK: Record<string, string> = {
  'Europe/Berlin': 'Europe/Paris',
  'Europe/Amsterdam': 'Europe/Brussels',
  'Europe/Stockholm': 'Europe/Oslo',
  'Europe/London': 'Europe/Dublin',
  'Europe/Lisbon': 'Atlantic/Madeira',
  'America/Los_Angeles': 'America/Vancouver',
  'America/New_York': 'America/Toronto',
  'Australia/Sydney': 'Australia/Melbourne',
  'Asia/Kolkata': 'Asia/Colombo',
  'Europe/Madrid': 'Europe/Paris',
  'Europe/Warsaw': 'Europe/Prague',
  'Europe/Dublin': 'Europe/London',
  'America/Mexico_City': 'America/Monterrey',
  'America/Toronto': 'America/New_York',
  'America/Bogota': 'America/Lima',
};

describe('a member moving to a city on the same clock', () => {
  it("changes nobody's hours on call and no rotation's size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ANY_24X7),
        fc.nat(),
        async ([org, rotationName], pick) => {
          const docs = docsOf(org);
          const rotation = docNamed(docs, 'Rotation', rotationName);
          const members = membersOf(rotation);
          const mover = members[pick % members.length] as string;
          const to = SAME_CLOCK[zoneOf(docs, mover, rotation)];
          if (to === undefined) return;
          const before = yamlOf(docs);
          docNamed(docs, 'Person', mover).spec.timezone = to;
          const after = yamlOf(docs);
          expect(await quarterHours(after, rotationName)).toEqual(
            await quarterHours(before, rotationName),
          );
          const sizes = async (yaml: string) =>
            (await runJson<StaffingJson>(['staffing', '-', '--json'], yaml)).rotations.map((r) => [
              r.name,
              r.needed,
              r.shortfall,
            ]);
          expect(await sizes(after)).toEqual(await sizes(before));
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});

describe('the order of the documents', () => {
  it('changes no finding and no rotation size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ANY_24X7), fc.nat(), async ([org], seed) => {
        const docs = docsOf(org);
        const shuffled = [...docs].sort(
          (a, b) =>
            hash(`${seed}${a.kind}${a.metadata.name}`) - hash(`${seed}${b.kind}${b.metadata.name}`),
        );
        const findings = async (yaml: string) =>
          (await runJson<CheckJson>(['check', '-', '--json'], yaml)).checks
            .map((c) => `${c.code} ${c.subject.kind}/${c.subject.name}`)
            .sort();
        const sizes = async (yaml: string) =>
          (await runJson<StaffingJson>(['staffing', '-', '--json'], yaml)).rotations
            .map((r) => `${r.name} ${r.needed} ${r.current} ${r.shortfall}`)
            .sort();
        expect(await findings(yamlOf(shuffled))).toEqual(await findings(yamlOf(docs)));
        expect(await sizes(yamlOf(shuffled))).toEqual(await sizes(yamlOf(docs)));
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});

/** A small deterministic hash to shuffle documents reproducibly. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Zones between the corpus' sites, two hours or less apart from each other in a chain round the world. */
const STEPPING_STONES = [
  'Europe/Istanbul',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Denver',
  'Atlantic/Azores',
] as const;

describe('people who are on no rotation', () => {
  it("change no rotation's sites, size or hours, wherever they live", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['follow-the-sun', 'sre-global-oncall'] as const,
          ['startup', 'ledgerline-oncall'] as const,
          ['payments', 'sre-core-oncall'] as const,
        ),
        // every stone at once chains every site of the corpus to the next: the hardest case
        fc.oneof(
          fc.constant([...STEPPING_STONES]),
          fc.subarray([...STEPPING_STONES], { minLength: 1 }),
        ),
        async ([org, rotationName], zones) => {
          const docs = docsOf(org);
          const team = docs.find((d) => d.kind === 'Team' && d.spec.type === 'development');
          const others: Doc[] = zones.map((zone, i) => ({
            apiVersion: 'whorunsit/v1',
            kind: 'Person',
            metadata: { name: `remote-colleague-${i + 1}` },
            spec: { team: team?.metadata.name, role: 'developer', timezone: zone },
          }));
          const before = yamlOf(docs);
          const after = yamlOf([...docs, ...others]);
          expect(await quarterHours(after, rotationName)).toEqual(
            await quarterHours(before, rotationName),
          );
          const sizing = async (yaml: string) =>
            (await runJson<StaffingJson>(['staffing', '-', '--json'], yaml)).rotations.find(
              (r) => r.name === rotationName,
            );
          expect(await sizing(after), zones.join(', ')).toEqual(await sizing(before));
        },
      ),
      { numRuns: 6, examples: [[['follow-the-sun', 'sre-global-oncall'], [...STEPPING_STONES]]] },
    );
  }, 120_000);
});

/** A name as a whole slug in YAML or JSON text: not part of a longer name. */
function slugPattern(name: string): RegExp {
  return new RegExp(`(?<![a-z0-9-])${name.replaceAll('-', '\\-')}(?![a-z0-9-])`, 'g');
}

describe('renaming a person everywhere', () => {
  it('changes no figure of check, staffing, hours or oncall-cost but the name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<CorpusName>('startup', 'bank', 'migration', 'one-sre', 'payments'),
        fc.nat(),
        async (org, pick) => {
          const docs = docsOf(org);
          const people = ofKind(docs, 'Person').map((p) => p.metadata.name);
          const old = people[pick % people.length] as string;
          const renamed = `${old}-2`;
          expect(people).not.toContain(renamed);
          const before = yamlOf(docs);
          const after = before.replace(slugPattern(old), renamed);
          const back = (value: unknown) => JSON.stringify(value).replace(slugPattern(renamed), old);
          const findings = (out: CheckJson) =>
            out.checks.map((c) => `${c.code} ${c.subject.kind}/${c.subject.name} ${c.message}`);
          const commands = [
            ['staffing', '-', '--json'],
            ['hours', '-', '--from', MONTH_FROM, '--to', MONTH_TO, '--json'],
            ['oncall-cost', '-', '--month', MONTH, '--json'],
          ];
          for (const argv of commands) {
            expect(
              back(await runJson(argv, after)),
              `${org}: ${argv[0]} after renaming ${old}`,
            ).toBe(JSON.stringify(await runJson(argv, before)));
          }
          const checked = async (yaml: string) =>
            findings(await runJson<CheckJson>(['check', '-', '--json'], yaml));
          expect(back(await checked(after)), `${org}: check after renaming ${old}`).toBe(
            JSON.stringify(await checked(before)),
          );
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});

describe('one file per document', () => {
  it('gives the same findings, staffing, schedule and on-call cost as the organization as written', async () => {
    for (const org of ['bank', 'migration', 'startup'] as const) {
      const dir = mkdtempSync(join(tmpdir(), `corpus-${org}-`));
      try {
        docsOf(org).forEach((d, i) => {
          const sub = join(dir, d.kind.toLowerCase());
          mkdirSync(sub, { recursive: true });
          writeFileSync(
            join(sub, `${String(i).padStart(3, '0')}-${d.metadata.name}.yaml`),
            yamlOf([d]),
          );
        });
        const findings = async (path: string) =>
          (await runJson<CheckJson>(['check', path, '--json'])).checks
            .map((c) => `${c.code} ${c.subject.kind}/${c.subject.name} ${c.message}`)
            .sort();
        expect(await findings(dir), org).toEqual(await findings(orgPath(org)));
        for (const argv of [
          ['staffing', '--json'],
          ['schedule', '--from', MONTH_FROM, '--to', MONTH_TO, '--json'],
          ['oncall-cost', '--month', MONTH, '--json'],
        ]) {
          const [command, ...rest] = argv as [string, ...string[]];
          expect(await runJson([command, dir, ...rest]), `${org}: ${command}`).toEqual(
            await runJson([command, orgPath(org), ...rest]),
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 240_000);
});

describe('a time zone written or left out where it is the rotation zone', () => {
  it("changes nobody's hours on call and no rotation's size", async () => {
    const cases = [
      ['one-sre', 'berths-oncall', 'add'],
      ['bank', 'core-banking-oncall', 'drop'],
      ['payments', 'sre-core-oncall', 'drop'],
      ['edge-no-product-line', 'planner-oncall', 'drop'],
    ] as const;
    for (const [org, rotationName, how] of cases) {
      const docs = docsOf(org);
      const rotation = docNamed(docs, 'Rotation', rotationName);
      const zone = rotation.spec.timezone as string;
      const before = yamlOf(docs);
      let changed = 0;
      for (const member of membersOf(rotation)) {
        const person = docNamed(docs, 'Person', member);
        if (how === 'add' && person.spec.timezone === undefined) {
          person.spec.timezone = zone;
          changed++;
        } else if (how === 'drop' && person.spec.timezone === zone) {
          delete person.spec.timezone;
          changed++;
        }
      }
      expect(changed, `${org}: members to change`).toBeGreaterThan(0);
      const after = yamlOf(docs);
      expect(await quarterHours(after, rotationName), org).toEqual(
        await quarterHours(before, rotationName),
      );
      const sizing = async (yaml: string) =>
        (await runJson<StaffingJson>(['staffing', '-', '--json'], yaml)).rotations.map((r) => [
          r.name,
          r.needed,
          r.current,
          r.shortfall,
        ]);
      expect(await sizing(after), org).toEqual(await sizing(before));
    }
  }, 240_000);
});

describe('money that follows a rate', () => {
  it('doubles with the standby rate (on-call cost) and with the transfer price (chargeback)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<CorpusName>(
          'bank',
          'payments',
          'insurer-target',
          'scale-up',
          'streaming-media',
          'parcel-logistics',
        ),
        fc.integer({ min: 2, max: 5 }),
        async (org, factor) => {
          const docs = docsOf(org);
          for (const p of ofKind(docs, 'CompensationPolicy')) p.spec.incidentPerHour = 0;
          const before = yamlOf(docs);
          for (const p of ofKind(docs, 'CompensationPolicy')) {
            p.spec.standbyPerHour = Number(p.spec.standbyPerHour ?? 0) * factor;
          }
          for (const t of ofKind(docs, 'TransferPrice')) {
            t.spec.hourlyRate = Number(t.spec.hourlyRate) * factor;
            if (t.spec.infrastructureContribution !== undefined) {
              t.spec.infrastructureContribution =
                Number(t.spec.infrastructureContribution) * factor;
            }
          }
          const after = yamlOf(docs);
          const cost = (yaml: string) =>
            runJson<OnCallCostJson>(['oncall-cost', '-', '--month', MONTH, '--json'], yaml);
          const [was, now] = await Promise.all([cost(before), cost(after)]);
          for (const design of ['current', 'optimized', 'teamRotationPerTeam'] as const) {
            // each rotation's pay is rounded to the cent once: allow a cent per rotation
            const slack = was[design].rotations.length * factor;
            expect(
              Math.abs(cents(now[design].monthlyCost) - factor * cents(was[design].monthlyCost)),
              `${org} ${design} ×${factor}`,
            ).toBeLessThanOrEqual(slack);
          }
          const billed = async (yaml: string) =>
            (
              await runJson<ChargebackJson>(['chargeback', '-', '--month', MONTH, '--json'], yaml)
            ).statements.map((s) => cents(s.total));
          const [bills, billsNow] = await Promise.all([billed(before), billed(after)]);
          expect(billsNow, `${org} chargeback ×${factor}`).toEqual(bills.map((c) => c * factor));
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});

describe('a new colleague on no rotation', () => {
  it("adds one to their organization's head count and changes no rotation", async () => {
    for (const org of ['bank', 'migration', 'one-sre', 'startup'] as const) {
      const docs = docsOf(org);
      const team = ofKind(docs, 'Team').find((t) => t.spec.type === 'development') as Doc;
      const before = await runJson<StaffingJson>(['staffing', '-', '--json'], yamlOf(docs));
      const colleague: Doc = {
        apiVersion: 'whorunsit/v1',
        kind: 'Person',
        metadata: { name: 'new-colleague' },
        spec: { team: team.metadata.name, role: 'developer' },
      };
      const after = await runJson<StaffingJson>(
        ['staffing', '-', '--json'],
        yamlOf([...docs, colleague]),
      );
      expect(after.rotations, org).toEqual(before.rotations);
      // whether an organization's head count takes in its sub-organizations is its own rule:
      // an organization above the colleague's may count them, none beside it may
      const above = new Set<string>();
      for (let o: unknown = team.spec.organization; typeof o === 'string'; ) {
        above.add(o);
        o = ofKind(docs, 'Organization').find((d) => d.metadata.name === o)?.spec.parent;
      }
      for (const f of after.funding) {
        const was =
          before.funding.find((b) => b.organization === f.organization)?.current.headcount ?? 0;
        const grew = f.current.headcount - was;
        if (f.organization === team.spec.organization)
          expect(grew, `${org}: ${f.organization}`).toBe(1);
        else expect(grew, `${org}: ${f.organization}`).toBe(above.has(f.organization) ? grew : 0);
        expect(grew, `${org}: ${f.organization}`).toBeLessThanOrEqual(1);
      }
      expect(after.funding.map((f) => f.organization)).toContain(team.spec.organization);
    }
  }, 240_000);
});
