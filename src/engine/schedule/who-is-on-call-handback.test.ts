import { describe, expect, it } from 'vitest';
import { shopAndSreOrg } from '../../../test/support/shop-org.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { epochMillis } from '../../model/index.ts';
import { whoIsOnCall } from './who-is-on-call.ts';

const rotation = (name: string, members: string, coverage = '24x7') =>
  doc(
    'Rotation',
    name,
    `type: team\ncoverage: "${coverage}"\ntimezone: Europe/Berlin\nshiftLength: 1w\nhandoff: "Mon 09:00"\nmembers: [${members}]\ncovers: { services: [checkout] }`,
  );

const base = [
  ...shopAndSreOrg(),
  doc('Person', 'sam', 'team: sre-core\nrole: sre'),
  doc('Person', 'sue', 'team: sre-core\nrole: sre'),
  doc('Person', 'dev1', 'team: shop'),
  doc('Person', 'dev2', 'team: shop'),
  doc(
    'Service',
    'checkout',
    'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\navailabilityTarget: 99.9',
  ),
  rotation('sre-oncall', 'sam, sue'),
];
const at = epochMillis(Date.parse('2025-05-06T10:00:00Z'));

describe('whoIsOnCall while a service is handed back (§12.5)', () => {
  it('puts the developers on call and drops the SRE rotation that no longer runs it', () => {
    const model = modelFrom(...base, rotation('shop-oncall', 'dev1, dev2'));
    const agreed = whoIsOnCall({ model, service: 'checkout', at });
    expect(agreed?.onCall.map((o) => o.rotation)).toEqual(['sre-oncall', 'shop-oncall']);
    const back = whoIsOnCall({ model, service: 'checkout', at, runModel: 'you-run-it' });
    expect(back).toMatchObject({
      runModel: 'you-run-it',
      agreedRunModel: 'sre-runs-it',
      notes: [],
    });
    expect(back?.onCall.map((o) => o.rotation)).toEqual(['shop-oncall']);
  });

  it('says that nobody of the owning team is on call when they have no rotation for it', () => {
    const model = modelFrom(...base);
    const back = whoIsOnCall({ model, service: 'checkout', at, runModel: 'you-run-it' });
    expect(back?.runModel).toBe('you-run-it');
    // Alerts still reach the SRE rotation: it is listed, and the note says what is missing.
    expect(back?.onCall.map((o) => o.rotation)).toEqual(['sre-oncall']);
    expect(back?.notes).toEqual([
      'Nobody of shop is on call for checkout while it is handed back to its developers: no rotation with people of shop covers it and its alerts still reach sre-oncall, which no longer runs it. Name who of shop is on call until it returns (§12.5).',
    ]);
    // As agreed (SRE runs it), nothing is missing.
    expect(whoIsOnCall({ model, service: 'checkout', at })?.notes).toEqual([]);
  });

  it('says so at a moment the developers rotation is off duty', () => {
    const model = modelFrom(...base, rotation('shop-day', 'dev1, dev2', '8x5'));
    const night = epochMillis(Date.parse('2025-05-06T23:00:00Z'));
    const back = whoIsOnCall({ model, service: 'checkout', at: night, runModel: 'you-run-it' });
    expect(back?.offDuty).toEqual(['shop-day']);
    expect(back?.notes).toEqual([
      'Nobody of shop is on call for checkout at this moment, while it is handed back to its developers (§12.5).',
    ]);
  });
});
