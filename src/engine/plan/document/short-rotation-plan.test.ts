import { describe, expect, it } from 'vitest';
import { shortRotationMitigation, shortRotationPlan } from './short-rotation-plan.ts';

/**
 * parcel-logistics: driver-api (high, its developers alone) is on the drivers' pager and behind
 * the contractor's NOC; sortation-control (high, run by operations) on the operations pager and
 * behind the NOC. The plan moves the first to shared on-call with SRE and the second to its
 * developers with SRE.
 */
const services = [
  {
    name: 'driver-api',
    owner: 'driver-app',
    runModel: 'you-run-it',
    rotations: [{ name: 'noc-first-line' }, { name: 'driver-app-oncall' }],
    recommendation: { runModel: 'you-and-sre-run-it' },
  },
  {
    name: 'sortation-control',
    owner: 'depot-systems',
    runModel: 'ops-runs-it',
    rotations: [{ name: 'noc-first-line' }, { name: 'depot-ops-oncall' }],
    recommendation: { runModel: 'you-and-sre-run-it' },
  },
] as const;
const spare = () => ({ sreTeam: 'sre', how: 'spare' as const });

describe('what the plan does with a short rotation', () => {
  it('brings the SRE onto the developers’ team rotation of a service moved to shared on-call', () => {
    const plan = shortRotationPlan(
      { name: 'driver-app-oncall', type: 'team' },
      services,
      spare,
      undefined,
      false,
    );
    expect(plan.sreJoins).toEqual([
      { team: 'driver-app', sreTeam: 'sre', services: ['driver-api'], how: 'spare' },
    ]);
    expect(shortRotationMitigation(plan, { current: 5, needed: 8 }, 'Grow it')).toContain(
      'joins it (§12.4.1), 6 of the 8 it needs',
    );
  });

  it('takes a service operations run today off the operations rotation', () => {
    const plan = shortRotationPlan(
      { name: 'depot-ops-oncall', type: 'team' },
      services,
      spare,
      undefined,
      false,
    );
    expect(plan.leaving).toEqual([{ service: 'sortation-control', to: 'you-and-sre-run-it' }]);
  });

  it('leaves a thin layer as it is: it stays in front of whoever runs the services (§12.6)', () => {
    const plan = shortRotationPlan(
      { name: 'noc-first-line', type: 'thin-layer' },
      services,
      spare,
      undefined,
      false,
    );
    expect(plan).toEqual({
      replacedBy: null,
      sreJoins: [],
      leaving: [],
      dissolved: false,
      replacementsShort: [],
    });
    // No move to say: the risk gives the growth advice alone, with the NOC's own figures.
    expect(shortRotationMitigation(plan, { current: 6, needed: 8 }, 'Grow it to 8')).toBeNull();
  });
});
