import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { SPECTRUM_MODELS } from '../../model/index.ts';
import { tierThresholds } from './availability-tier.ts';
import { compareModels, MODEL_COMPARISON } from './model-comparison.ts';

// §12.2.5 "Comparison of Models from the 'Who Builds It, Who Runs It?' Spectrum", row by row in
// the chapter's column order (you run it; you and SRE; SRE; ops), typos corrected.
const CHAPTER: readonly [string, readonly string[]][] = [
  [
    'Involvement of the development teams in the on-call work',
    ['Max', 'Continuous', 'None if services within error budgets', 'None'],
  ],
  [
    'Knowledge synchronization between teams',
    ['None', 'Partially required', 'Required', 'Not practical'],
  ],
  ['Incident resolution times', ['Min', 'Short', 'Short', 'Max']],
  [
    'Service handover for operations',
    ['Not applicable', 'Partially required', 'Required', 'Required'],
  ],
  [
    'Establishment of a distinct SRE organization',
    ['Not applicable', 'May be an option', 'May be an option', 'Not applicable'],
  ],
  [
    'Ownership of the SRE infrastructure',
    ['Ops org', 'Either SRE or ops org', 'Either SRE or ops org', 'Ops org'],
  ],
  [
    'Availability targets and product demand',
    [
      'Highest targets and demand',
      'Highest targets and demand',
      'Highest targets and demand',
      'Lower targets and demand',
    ],
  ],
  ['Funding', ['CAPEX', 'CAPEX', 'CAPEX', 'CAPEX']],
  ['Cost', ['High', 'High', 'High', 'Low']],
];

const cells = CHAPTER.flatMap(([label, row]) =>
  row.map((text, i) => [label, SPECTRUM_MODELS[i] as string, text] as const),
);

describe('the model comparison table (§12.2.4, §12.2.5)', () => {
  it('lists the nine criteria of §12.2.4 in the chapter’s order', () => {
    expect(MODEL_COMPARISON.map((c) => c.label)).toEqual(CHAPTER.map(([label]) => label));
  });

  it.each(cells)('gives "%s" for %s the verdict "%s"', (label, runModel, text) => {
    const row = MODEL_COMPARISON.find((c) => c.label === label);
    expect(row?.verdicts[runModel as (typeof SPECTRUM_MODELS)[number]]).toBe(text);
  });
});

describe('compareModels', () => {
  it('counts this organization’s services and teams per model and names the demanding ones', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'Service',
        name: 'reports',
        spec: { owner: 'shop', runModel: 'ops-runs-it', availabilityTarget: 99, demand: 'low' },
      },
    ];
    const model = modelOf(docs);
    const { facts } = compareModels(model, tierThresholds(model));
    expect(facts['you-and-sre-run-it']).toEqual({
      services: ['cart'],
      teams: ['shop'],
      highTargetsOrDemand: ['cart'],
      highestTarget: 99.95,
      misfits: [],
    });
    expect(facts['ops-runs-it'].services).toEqual(['reports']);
    expect(facts['ops-runs-it'].misfits).toEqual([]);
    expect(facts['you-run-it']).toEqual({
      services: [],
      teams: [],
      highTargetsOrDemand: [],
      highestTarget: undefined,
      misfits: [],
    });
  });

  it('calls high demand run by ops, and low targets with low demand run by developers, misfits', () => {
    const docs = [
      ...patch(tinyOrg(), 'Service', 'cart', {
        runModel: 'ops-runs-it',
        sreTeam: undefined,
        availabilityTarget: 99.0,
        demand: 'high',
      }),
      {
        kind: 'Service',
        name: 'faq',
        spec: { owner: 'shop', runModel: 'you-run-it', availabilityTarget: 98, demand: 'low' },
      },
    ];
    const model = modelOf(docs);
    const { facts } = compareModels(model, tierThresholds(model));
    expect(facts['ops-runs-it'].misfits).toEqual(['cart']);
    expect(facts['you-run-it'].misfits).toEqual(['faq']);
  });
});
