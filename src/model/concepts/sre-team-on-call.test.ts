import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { RUN_MODELS, type RunModel } from '../vocabulary.ts';
import {
  isSreTeamOnCallFor,
  type SreOnCall,
  servicesSreTeamIsOnCallFor,
  sreEngagement,
  sreOnCallUnder,
  sreTeamOnCallFor,
} from './sre-team-on-call.ts';

const service = (docs: readonly TestDoc[], name: string) => {
  const found = modelOf(docs).services.get(name);
  if (!found) throw new Error(`no service ${name}`);
  return found;
};

describe('when an SRE team is on call for a service (§12.3, §12.4, §12.5)', () => {
  it('puts SRE on the pager beside the developers (§12.4) or alone (§12.5), and nowhere else', () => {
    const expected: Record<RunModel, SreOnCall | undefined> = {
      'you-run-it': undefined,
      'you-and-sre-run-it': 'shared',
      'sre-runs-it': 'alone',
      'ops-runs-it': undefined,
      unorganized: undefined,
    };
    for (const runModel of RUN_MODELS) {
      expect(sreOnCallUnder(runModel), runModel).toBe(expected[runModel]);
      const docs = patch(tinyOrg(), 'Service', 'cart', { runModel });
      const model = modelOf(docs);
      expect(sreTeamOnCallFor(model, 'sre-core', service(docs, 'cart')), runModel).toBe(
        expected[runModel],
      );
    }
  });

  it('is the SRE team of the service only: not another SRE team, even one that supports its owner', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'Team',
        name: 'sre-edge',
        spec: { type: 'sre', organization: 'sre', supports: ['shop'] },
      },
    ];
    const model = modelOf(docs);
    const cart = service(docs, 'cart');
    expect(isSreTeamOnCallFor(model, 'sre-core', cart)).toBe(true);
    // cart names sre-core as its SRE team: sre-edge's supports of shop is consulting.
    expect(isSreTeamOnCallFor(model, 'sre-edge', cart)).toBe(false);
    expect(sreEngagement(model, 'sre-edge', 'shop')).toBe('consulting');
  });

  it('takes the SRE teams that support the owner when the service names none', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { sreTeam: undefined });
    expect(isSreTeamOnCallFor(modelOf(docs), 'sre-core', service(docs, 'cart'))).toBe(true);
  });
});

describe('what an SRE team’s support of a development team is (§12.4.1, §12.4.7, §12.5)', () => {
  const withServices = (...specs: Record<string, unknown>[]): TestDoc[] => [
    ...patch(tinyOrg(), 'Service', 'cart', specs[0] ?? {}),
    ...specs.slice(1).map((spec, i) => ({
      kind: 'Service',
      name: `more-${i}`,
      spec: { owner: 'shop', sreTeam: 'sre-core', ...spec },
    })),
  ];

  it('is shared on-call when it shares the pager of any of the team’s services', () => {
    const docs = withServices({}, { runModel: 'sre-runs-it' }, { runModel: 'you-run-it' });
    expect(sreEngagement(modelOf(docs), 'sre-core', 'shop')).toBe('shared-on-call');
  });

  it('is running services alone when it runs some and shares none', () => {
    const docs = withServices({ runModel: 'sre-runs-it' }, { runModel: 'you-run-it' });
    const model = modelOf(docs);
    expect(sreEngagement(model, 'sre-core', 'shop')).toBe('runs-alone');
    expect(servicesSreTeamIsOnCallFor(model, 'sre-core', 'alone').map((s) => s.name)).toEqual([
      'cart',
    ]);
    expect(servicesSreTeamIsOnCallFor(model, 'sre-core', 'shared')).toEqual([]);
  });

  it('is consulting when the developers, operations or nobody run every service of the team', () => {
    for (const runModel of ['you-run-it', 'ops-runs-it', 'unorganized'] as const) {
      const docs = withServices({ runModel }, { runModel: 'you-run-it' });
      expect(sreEngagement(modelOf(docs), 'sre-core', 'shop'), runModel).toBe('consulting');
    }
  });

  it('does not let a rotation of a consulting SRE team cover the team’s services', () => {
    const docs = [
      ...patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined }),
      {
        kind: 'Rotation',
        name: 'sre-desk',
        spec: { type: 'team', coverage: '8x5', members: ['sam'], covers: { teams: ['sre-core'] } },
      },
    ];
    const model = modelOf(docs);
    expect(model.index.rotationsCovering('cart').map((r) => r.name)).toEqual(['shop-oncall']);
  });
});
