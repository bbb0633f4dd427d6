import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { rotationSites } from './rotation-sites.ts';

function sitesFor(zones: readonly (string | undefined)[], rotationZone = 'UTC') {
  const people = zones.map((z, i) => doc('Person', `p${i}`, z ? `timezone: ${z}` : 'role: sre'));
  const members = zones.map((_, i) => `p${i}`).join(', ');
  const model = modelFrom(
    ...people,
    doc(
      'Rotation',
      'r',
      `type: team\ncoverage: 24x7\ntimezone: ${rotationZone}\nmembers: [${members}]`,
    ),
  );
  return rotationSites(model, model.rotations.get('r') as never);
}

describe('rotationSites', () => {
  it('puts members who share a clock all year at one site, whatever their city', () => {
    const sites = sitesFor(['Europe/Berlin', 'Europe/Paris', 'Europe/Berlin']);
    expect(sites).toEqual([
      { zone: 'Europe/Berlin', offsets: [60, 120], members: ['p0', 'p1', 'p2'] },
    ]);
  });

  it('keeps zones that agree only half the year apart', () => {
    // London and Lagos share UTC+1 in summer only.
    const sites = sitesFor(['Europe/London', 'Africa/Lagos']);
    expect(sites.map((s) => s.zone)).toEqual(['Africa/Lagos', 'Europe/London']);
  });

  it('orders sites east to west, the way the day travels', () => {
    const sites = sitesFor(['America/New_York', 'Asia/Singapore', 'Europe/Berlin']);
    expect(sites.map((s) => s.zone)).toEqual([
      'Asia/Singapore',
      'Europe/Berlin',
      'America/New_York',
    ]);
  });

  it('places a member without a time zone at the rotation zone', () => {
    const sites = sitesFor([undefined, 'Asia/Tokyo'], 'Asia/Tokyo');
    expect(sites).toEqual([{ zone: 'Asia/Tokyo', offsets: [540, 540], members: ['p0', 'p1'] }]);
  });
});
