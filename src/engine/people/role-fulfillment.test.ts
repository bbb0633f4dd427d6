import { describe, expect, it } from 'vitest';
import { doc, modelOf } from '../../../test/support/short-model.ts';
import { ROLE_FULFILLMENT_TABLE, roleFulfillment } from './role-fulfillment.ts';

describe('ROLE_FULFILLMENT_TABLE', () => {
  it('is the chapter table "SRE Role Fulfillment Options" (§12.9.5)', () => {
    expect(ROLE_FULFILLMENT_TABLE.development['you-run-it']).toEqual([
      'rotation',
      'dedicated',
      'rotation-and-dedicated',
    ]);
    expect(ROLE_FULFILLMENT_TABLE.operations['you-run-it']).toEqual(['dedicated-infrastructure']);
    expect(ROLE_FULFILLMENT_TABLE.sre['you-run-it']).toEqual([]);
    for (const line of ['development', 'operations', 'sre'] as const) {
      expect(ROLE_FULFILLMENT_TABLE[line]['you-and-sre-run-it']).toEqual([
        'rotation-and-dedicated',
      ]);
      expect(ROLE_FULFILLMENT_TABLE[line]['sre-runs-it']).toEqual(['dedicated']);
    }
  });
});

describe('roleFulfillment', () => {
  const model = modelOf([
    doc.org('dev', { type: 'development' }),
    doc.org('sre', { type: 'sre' }),
    doc.org('ops', { type: 'operations' }),
    doc.team('shop', { type: 'development', organization: 'dev', setup: 'developers-on-rotation' }),
    doc.team('cart', { type: 'development', organization: 'dev' }),
    doc.team('core', { type: 'sre', organization: 'sre' }),
    doc.team('infra', { type: 'sre-infrastructure', organization: 'ops' }),
    doc.service('web', { owner: 'shop', runModel: 'you-run-it' }),
    doc.service('cart-api', { owner: 'cart', runModel: 'sre-runs-it', sreTeam: 'core' }),
    doc.service('legacy', { owner: 'cart', runModel: 'ops-runs-it' }),
    doc.service('orphan', { owner: 'cart', runModel: 'you-and-sre-run-it' }),
  ]);
  const rows = roleFulfillment(model);

  it('puts developers running their own services on the development reporting line, by setup', () => {
    expect(rows).toContainEqual({
      reportingLine: 'development',
      runModel: 'you-run-it',
      options: ['rotation', 'dedicated', 'rotation-and-dedicated'],
      inUse: ['rotation'],
      teams: ['shop'],
      services: ['web'],
    });
  });

  it('puts SRE-run services on the reporting line of their SRE team', () => {
    expect(rows).toContainEqual(
      expect.objectContaining({
        reportingLine: 'sre',
        runModel: 'sre-runs-it',
        options: ['dedicated'],
        teams: ['core'],
        services: ['cart-api'],
      }),
    );
  });

  it('lists SRE infrastructure teams as dedicated infrastructure SREs', () => {
    expect(rows).toContainEqual(
      expect.objectContaining({
        reportingLine: 'operations',
        runModel: undefined,
        options: ['dedicated-infrastructure'],
        teams: ['infra'],
      }),
    );
  });

  it('leaves the reporting line unknown for an SRE-run service without an SRE team', () => {
    expect(rows).toContainEqual(
      expect.objectContaining({ reportingLine: undefined, options: [], services: ['orphan'] }),
    );
  });

  it('ignores services outside the SRE part of the spectrum', () => {
    expect(rows.flatMap((r) => r.services)).not.toContain('legacy');
  });
});
