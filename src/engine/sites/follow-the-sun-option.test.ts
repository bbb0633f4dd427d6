import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { followTheSunOption } from './follow-the-sun-option.ts';

/**
 * A Chicago team's rotation of 6 in an organization that also works in Bangalore (§12.9.5): `at`
 * puts people of the rotation's own team (not on it) in Bangalore; `provider` makes the Bangalore
 * people another company's thin layer, with one of theirs in Chicago.
 */
function optionOf(options: { teamInBangalore?: number; provider?: boolean } = {}) {
  const chicago = Array.from({ length: 6 }, (_, i) => `chi-${i}`);
  const bangalore = Array.from({ length: 6 }, (_, i) => `blr-${i}`);
  const own = Array.from({ length: options.teamInBangalore ?? 0 }, (_, i) => `own-blr-${i}`);
  const model = modelFrom(
    doc('Organization', 'acme', 'type: product-delivery'),
    doc('Organization', 'vendor', 'type: operations'),
    doc('Team', 'grid', 'type: development\norganization: acme'),
    doc(
      'Team',
      'data',
      `type: ${options.provider ? 'thin-layer' : 'development'}\norganization: ${options.provider ? 'vendor' : 'acme'}`,
    ),
    ...chicago.map((p) => doc('Person', p, 'team: grid\ntimezone: America/Chicago')),
    ...bangalore.map((p) => doc('Person', p, 'team: data\ntimezone: Asia/Kolkata')),
    ...own.map((p) => doc('Person', p, 'team: grid\ntimezone: Asia/Kolkata')),
    // The provider's service manager works in Chicago: its team has someone there.
    ...(options.provider
      ? [doc('Person', 'vendor-chi', 'team: data\ntimezone: America/Chicago')]
      : []),
    doc(
      'Rotation',
      'grid-oncall',
      `type: team\ncoverage: "24x7"\ntimezone: America/Chicago\nmembers: [${chicago.join(', ')}]\ncovers: { teams: [grid] }`,
    ),
    doc(
      'Rotation',
      'data-oncall',
      `type: ${options.provider ? 'thin-layer' : 'team'}\ncoverage: "24x7"\ntimezone: Asia/Kolkata\nmembers: [${bangalore.join(', ')}]${options.provider ? '' : '\ncovers: { teams: [data] }'}`,
    ),
  );
  const option = (name: string) => followTheSunOption(model, model.rotations.get(name) as never);
  return { grid: option('grid-oncall'), data: option('data-oncall') };
}

describe('followTheSunOption: a relay with another site only where the rotation can draw on people there', () => {
  it('offers a Chicago team with nobody in Bangalore no relay "with Bangalore": 12 people instead of 8', () => {
    const { grid, data } = optionOf();
    expect(grid).toBeUndefined();
    expect(data).toBeUndefined();
  });

  it('offers it where the team already has people at the other site, and says how many', () => {
    const { grid } = optionOf({ teamInBangalore: 2 });
    expect(grid).toBe(
      'or follow the sun, each site on call for its part of the day, with Asia/Kolkata (6 in Asia/Kolkata and 6 in America/Chicago; 2 people of the teams it is on call for work there)',
    );
  });

  it('offers a rotation another company staffs none: the contract staffs it (§12.4.6)', () => {
    const { data } = optionOf({ provider: true });
    expect(data).toBeUndefined();
  });

  it('still says a one-site rotation needs a second site when the organization has none', () => {
    const model = modelFrom(
      ...Array.from({ length: 6 }, (_, i) => doc('Person', `p-${i}`, 'timezone: Europe/Berlin')),
      doc(
        'Rotation',
        'r',
        'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [p-0, p-1, p-2, p-3, p-4, p-5]',
      ),
    );
    expect(followTheSunOption(model, model.rotations.get('r') as never)).toContain(
      'needs people at a second site far enough from Europe/Berlin',
    );
  });
});
