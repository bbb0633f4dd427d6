import { type CorpusName, type Doc, docNamed, membersOf, ofKind, runJson } from './corpus.ts';
import type { HoursJson } from './outputs.ts';

/**
 * Changes an SRE leader can predict the effect of, applied to the documents of a corpus
 * organization, and the small organizations the properties generate.
 */

/** A zone one hour west of each zone the corpus uses, in winter and in summer alike. */
export const ONE_HOUR_WEST: Record<string, string> = {
  'Europe/Amsterdam': 'Europe/London',
  'Europe/Berlin': 'Europe/London',
  'Europe/Stockholm': 'Europe/London',
  'Europe/Madrid': 'Europe/London',
  'Europe/London': 'Atlantic/Azores',
  'Europe/Lisbon': 'Atlantic/Azores',
  'America/New_York': 'America/Chicago',
  'America/Chicago': 'America/Denver',
  'America/Los_Angeles': 'America/Anchorage',
  'Europe/Warsaw': 'Europe/London',
  'Europe/Dublin': 'Atlantic/Azores',
  'America/Mexico_City': 'America/Phoenix',
  'America/Toronto': 'America/Chicago',
  'America/Bogota': 'America/Guatemala',
};

/** 24x7 weekly rotations of the smaller organizations (the large one is covered by the agreement suite). */
export const WEEKLY_24X7: readonly (readonly [CorpusName, string])[] = [
  ['one-team', 'booking-oncall'],
  ['startup', 'ledgerline-oncall'],
  ['payments', 'sre-core-oncall'],
  ['payments', 'threeds-oncall'],
  ['edge-no-product-line', 'planner-oncall'],
  ['insurer-target', 'claims-oncall'],
  ['parcel-logistics', 'dispatch-oncall'],
];

/** Every kind of 24x7 rotation of the corpus: one site, follow-the-sun, too small. */
export const ANY_24X7: readonly (readonly [CorpusName, string])[] = [
  ...WEEKLY_24X7,
  ['follow-the-sun', 'sre-global-oncall'],
  ['insurer-today', 'infra-oncall'],
  ['one-sre', 'berths-oncall'],
  ['bank', 'payments-oncall'],
  ['bank', 'sre-payments-oncall'],
  ['migration', 'routing-oncall'],
  ['migration', 'sre-delivery-oncall'],
  ['streaming-media', 'live-oncall'],
  ['streaming-media', 'content-oncall'],
  ['parcel-logistics', 'driver-app-oncall'],
  ['parcel-logistics', 'noc-first-line'],
];

/** A new junior SRE in a zone of the rotation or one hour west of one: a colleague, not a new site. */
export function withNewSre(docs: Doc[], rotationName: string, zone: string): Doc[] {
  const rotation = docNamed(docs, 'Rotation', rotationName);
  const sreTeam = ofKind(docs, 'Team').find((t) => t.spec.type === 'sre');
  const person: Doc = {
    apiVersion: 'whorunsit/v1',
    kind: 'Person',
    metadata: { name: 'new-sre-colleague' },
    spec: {
      role: 'sre',
      level: 'junior',
      timezone: zone,
      experienceYears: 3,
      srePracticeMonths: 6,
      ...(sreTeam === undefined ? {} : { team: sreTeam.metadata.name }),
    },
  };
  rotation.spec.members = [...membersOf(rotation), 'new-sre-colleague'];
  return [...docs, person];
}

export const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'Europe/Lisbon',
  'Asia/Kolkata',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
] as const;

/** A one-team organization whose 24x7 rotation has the given members' zones. */
export function rotationOrg(zones: readonly string[]): string {
  const people = zones
    .map(
      (z, i) =>
        `apiVersion: whorunsit/v1\nkind: Person\nmetadata: { name: p${i} }\nspec: { team: t, role: developer, timezone: ${z} }\n`,
    )
    .join('---\n');
  return `apiVersion: whorunsit/v1
kind: Organization
metadata: { name: o }
spec: { type: product-delivery }
---
apiVersion: whorunsit/v1
kind: Team
metadata: { name: t }
spec: { type: development, organization: o, setup: developers-on-rotation }
---
apiVersion: whorunsit/v1
kind: Service
metadata: { name: s }
spec: { owner: t, runModel: you-run-it, availabilityTarget: 99.9 }
---
apiVersion: whorunsit/v1
kind: Rotation
metadata: { name: r }
spec: { type: team, coverage: 24x7, members: [${zones.map((_, i) => `p${i}`).join(', ')}], covers: { teams: [t] } }
---
${people}`;
}

/** Hours since midnight of a clock time like "17:30". */
export function clockHours(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) + Number(m) / 60;
}

/**
 * Hours on call per member of one rotation over thirteen whole weeks from a Monday (so every
 * share is whole turns but for the edges), for a model given as YAML text.
 */
export async function quarterHours(yaml: string, rotation: string): Promise<Map<string, number>> {
  const out = await runJson<HoursJson>(
    ['hours', '-', '--rotation', rotation, '--from', '2026-01-05', '--to', '2026-04-06', '--json'],
    yaml,
  );
  return new Map(out.hours.map((h) => [h.person, h.businessHours + h.offHours]));
}

/** Run models that put SRE on call for a service. */
export const WITH_SRE: ReadonlySet<string> = new Set(['sre-runs-it', 'you-and-sre-run-it']);
