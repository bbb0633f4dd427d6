import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { optimizedDesign } from './optimized-design.ts';

const HOURS = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' } as const;

/**
 * §12.2.2: a low tier may go to operations; §12.4.6: another company's operations team works under
 * its contract, which covers the services it names. The design sends a low tier nobody runs to
 * the company's own operations when there are any, and to the provider only when there are none,
 * saying that its contract must cover the work.
 */
const docs = (options: { inHouse: boolean; inHouseRotation?: boolean }) => [
  doc(
    'Organization',
    'pd',
    'type: product-delivery\navailabilityTiers: { high: 99.95, medium: 99.5 }',
  ),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  ...(options.inHouse ? [doc('Organization', 'it', 'type: operations\nparent: pd')] : []),
  // The provider is read first: the design used to take the first operations team it found.
  doc('Organization', 'msp', 'type: operations'),
  doc('Team', 'msp-ops', 'type: operations\norganization: msp'),
  ...(options.inHouse ? [doc('Team', 'it-ops', 'type: operations\norganization: it')] : []),
  doc('Team', 'web', 'type: development\norganization: dev'),
  doc('Service', 'shop', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'ledger-export', 'owner: web\nrunModel: ops-runs-it\navailabilityTarget: 99.0'),
  doc('Service', 'wiki', 'owner: web\nrunModel: unorganized\navailabilityTarget: 99.0'),
  ...['ann', 'bob', 'cid', 'dee', 'eve', 'fay', 'gus', 'hal'].map((n) =>
    doc('Person', n, 'team: web\nrole: developer\ntimezone: Europe/Berlin'),
  ),
  ...['kai', 'lea'].map((n) =>
    doc('Person', n, 'team: msp-ops\nrole: ops-engineer\ntimezone: Europe/Berlin'),
  ),
  ...(options.inHouse
    ? ['mia', 'ned'].map((n) =>
        doc('Person', n, 'team: it-ops\nrole: ops-engineer\ntimezone: Europe/Berlin'),
      )
    : []),
  doc(
    'Rotation',
    'web-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [ann, bob, cid, dee, eve, fay, gus, hal]\ncovers: { services: [shop] }',
  ),
  // The provider runs the ledger export in office hours, as contracted.
  doc(
    'Rotation',
    'msp-hours',
    'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [kai, lea]\ncovers: { services: [ledger-export] }',
  ),
  ...(options.inHouseRotation
    ? [
        doc(
          'Rotation',
          'it-hours',
          'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [mia, ned]\ncovers: { services: [] }',
        ),
      ]
    : []),
];

const placed = (options: Parameters<typeof docs>[0]) => {
  const design = optimizedDesign(modelFrom(...docs(options)), HOURS);
  const on = (service: string) =>
    design.rotations.filter((r) => r.services.includes(service)).map((r) => r.name);
  return { design, on };
};

describe('a low tier goes to the company’s own operations before a provider (§12.2.2, §12.4.6)', () => {
  it('proposes an office-hours rotation of the in-house operations team, not the provider’s', () => {
    const { design, on } = placed({ inHouse: true });
    expect(on('wiki')).toEqual(['operations:it-ops']);
    // What the provider runs today under its contract stays with it.
    expect(on('ledger-export')).toEqual(['msp-hours']);
    expect(design.notes.join('\n')).not.toMatch(/another company's operations/);
  });

  it('puts it on the in-house operations’ own office-hours rotation when they have one', () => {
    const { on } = placed({ inHouse: true, inHouseRotation: true });
    expect(on('wiki')).toEqual(['it-hours']);
  });

  it('hands it to the provider only when there is no operations team of its own, and says so', () => {
    const { design, on } = placed({ inHouse: false });
    expect(on('wiki')).toEqual(['msp-hours']);
    const note = design.notes.find((n) => n.includes("another company's operations"));
    expect(note).toBe(
      "low tier to another company's operations team msp-ops (msp; the organization has no operations team of its own): wiki; its contract must cover it before the work moves, or it stays with its developers (§12.4.6)",
    );
    // The service it runs today is no new work: not in the note.
    expect(note).not.toMatch(/ledger-export/);
  });
});
