import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { canShareOnCallOf, wouldTakeTurns } from './rotation-turn-takers.ts';

/** An SRE of sre-core on no rotation, who would be sent to share a team's on-call. */
const sre = (name: string, spec: Record<string, unknown> = {}): TestDoc => ({
  kind: 'Person',
  name,
  spec: { team: 'sre-core', role: 'sre', level: 'senior', experienceYears: 6, ...spec },
});

describe('who can be sent to a rotation or a team’s on-call (§12.10.1, §12.4.1)', () => {
  it('sends nobody who takes no on-call outside business hours to a 24x7 pager, nor anyone off call', () => {
    const model = modelOf([
      ...tinyOrg(),
      sre('aga', { onCallOutsideBusinessHours: false }),
      sre('lea', { onCall: false }),
      sre('max'),
    ]);
    const pager = model.rotations.get('shop-oncall');
    if (pager === undefined) throw new Error('tinyOrg has shop-oncall');
    expect(wouldTakeTurns(model, pager, 'aga')).toBe(false);
    expect(wouldTakeTurns(model, pager, 'lea')).toBe(false);
    expect(wouldTakeTurns(model, pager, 'max')).toBe(true);
    expect(canShareOnCallOf(model, 'shop', 'aga')).toBe(false);
    expect(canShareOnCallOf(model, 'shop', 'lea')).toBe(false);
    expect(canShareOnCallOf(model, 'shop', 'max')).toBe(true);
  });

  it('lets her share an office-hours pager, and asks round-the-clock cover of a team with none', () => {
    const office = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '8x5' });
    const model = modelOf([...office, sre('aga', { onCallOutsideBusinessHours: false })]);
    expect(canShareOnCallOf(model, 'shop', 'aga')).toBe(true);
    const none = modelOf([
      ...tinyOrg().filter((d) => d.kind !== 'Rotation'),
      sre('aga', { onCallOutsideBusinessHours: false }),
      sre('max'),
    ]);
    expect(canShareOnCallOf(none, 'shop', 'aga')).toBe(false);
    expect(canShareOnCallOf(none, 'shop', 'max')).toBe(true);
  });
});
