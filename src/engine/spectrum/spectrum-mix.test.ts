import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { spectrumMix } from './spectrum-mix.ts';

const service = (name: string, spec: Record<string, unknown>): TestDoc => ({
  kind: 'Service',
  name,
  spec: { owner: 'shop', runModel: 'you-run-it', ...spec },
});

describe('spectrumMix', () => {
  it('groups services and their owner teams by run model in spectrum order', () => {
    const model = modelOf([
      ...tinyOrg(),
      service('search', {}),
      service('reports', { runModel: 'ops-runs-it' }),
    ]);
    const mix = spectrumMix(model);
    expect(mix.shares.map((s) => [s.runModel, s.services, s.teams])).toEqual([
      ['you-run-it', ['search'], ['shop']],
      ['you-and-sre-run-it', ['cart'], ['shop']],
      ['ops-runs-it', ['reports'], ['shop']],
    ]);
    expect(mix.shares[0]?.label).toBe('you build it, you run it');
  });

  it('names "you build it, ops sometimes run it" when some but not all services are run by ops', () => {
    const model = modelOf([...tinyOrg(), service('reports', { runModel: 'ops-runs-it' })]);
    expect(spectrumMix(model).hybrids).toEqual([
      {
        id: 'ops-sometimes-runs-it',
        label: 'you build it, ops sometimes run it',
        services: ['reports'],
        section: '§12.2.2',
      },
    ]);
  });

  it('names no hybrid when ops run every service, which is plain "you build it, ops run it"', () => {
    const model = modelOf(
      patch(tinyOrg(), 'Service', 'cart', { runModel: 'ops-runs-it', sreTeam: undefined }),
    );
    expect(spectrumMix(model).hybrids).toEqual([]);
  });

  it('names the ops monitoring hybrid for services whose critical workflows ops also watch', () => {
    const model = modelOf([...tinyOrg(), service('search', { opsMonitoring: true })]);
    expect(spectrumMix(model).hybrids).toEqual([
      {
        id: 'ops-monitoring',
        label: 'you build it, you run it, plus ops monitoring of critical workflows',
        services: ['search'],
        section: '§12.2.2',
      },
    ]);
  });

  it('has no shares for a model without services', () => {
    const docs = tinyOrg().filter((d) => d.kind !== 'Service');
    expect(spectrumMix(modelOf(docs))).toEqual({ shares: [], hybrids: [] });
  });
});
