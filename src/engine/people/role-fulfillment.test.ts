import { describe, expect, it } from 'vitest';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { doc, modelOf, type TestDocument } from '../../../test/support/short-model.ts';
import { loadModel } from '../../model/index.ts';
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

describe('roleFulfillment for the SRE team models (§12.9.5)', () => {
  const rotation = (name: string, members: string[], services: string[]): TestDocument => ({
    kind: 'Rotation',
    name,
    spec: { type: 'team', coverage: '24x7', members, covers: { services } },
  });
  const base = [
    doc.org('dev', { type: 'development' }),
    doc.org('sre', { type: 'sre' }),
    doc.team('cart', { type: 'development', organization: 'dev' }),
    doc.team('core', { type: 'sre', organization: 'sre', supports: ['cart'] }),
    doc.person('dev-1', { team: 'cart', role: 'developer' }),
    doc.person('sre-1', { team: 'core', role: 'sre' }),
    doc.service('cart-api', { owner: 'cart', runModel: 'you-and-sre-run-it', sreTeam: 'core' }),
    doc.service('pay-api', { owner: 'cart', runModel: 'sre-runs-it', sreTeam: 'core' }),
  ];
  const inUse = (documents: readonly TestDocument[], runModel: string) =>
    roleFulfillment(modelOf(documents)).find((r) => r.runModel === runModel)?.inUse;

  it('shows SREs of the SRE team sharing a rotation with the owner’s developers as rotation + dedicated', () => {
    const documents = [
      ...base,
      rotation('cart-oncall', ['dev-1', 'sre-1'], ['cart-api']),
      rotation('pay-oncall', ['sre-1'], ['pay-api']),
    ];
    expect(inUse(documents, 'you-and-sre-run-it')).toEqual(['rotation-and-dedicated']);
    expect(inUse(documents, 'sre-runs-it')).toEqual(['dedicated']);
  });

  it('shows only dedicated SREs when the developers are on no rotation with them', () => {
    const documents = [
      ...base,
      rotation('cart-oncall', ['sre-1'], ['cart-api']),
      rotation('dev-oncall', ['dev-1'], ['cart-api']),
    ];
    expect(inUse(documents, 'you-and-sre-run-it')).toEqual(['dedicated']);
  });

  it('shows nothing in use for an SRE team without SREs or shared rotation', () => {
    const documents = base.filter((d) => d.name !== 'sre-1');
    expect(inUse(documents, 'you-and-sre-run-it')).toBeUndefined();
  });

  it('finds both SRE team models in use on examples/acme', () => {
    const loaded = loadModel(acmeSources());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const rows = roleFulfillment(loaded.model);
    const row = (runModel: string) =>
      rows.find((r) => r.reportingLine === 'sre' && r.runModel === runModel);
    expect(row('you-and-sre-run-it')).toMatchObject({
      teams: ['sre-core'],
      inUse: ['rotation-and-dedicated'],
    });
    expect(row('sre-runs-it')).toMatchObject({ teams: ['sre-payments'], inUse: ['dedicated'] });
  });
});
