import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onCallCost } from '../engine/oncall-cost/index.ts';
import { buildPlanDocument } from '../engine/plan/document/build-plan-document.ts';
import { onCallFigures } from '../engine/plan/document/oncall-cost-document.ts';
import { loadModel } from '../model/index.ts';
import { designRotationsMarkdown } from './design-rotations.ts';
import { designRotationsSection } from './oncall-cost-section.ts';
import { onCallDesignsPlanSection } from './plan/sections/oncall-cost.ts';

function example(name: string) {
  const folder = new URL(`../../examples/${name}/`, import.meta.url).pathname;
  const sources = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `examples/${name}/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(`examples/${name} does not load`);
  return loaded.model;
}

describe('the design rotations table: one component for oncall-cost and the plan', () => {
  it.each(['acme', 'startup'])('renders %s the same in `oncall-cost` and in the plan', (name) => {
    const model = example(name);
    const result = onCallCost(model);
    if (!result.ok) throw new Error(result.message);
    const command = designRotationsSection(onCallFigures(result.cost));
    const plan = onCallDesignsPlanSection.render(
      buildPlanDocument(model, { generatedOn: '2026-01-01' }),
    );
    expect(command).toContain('| Rotation | Type | Coverage | Services |');
    expect(plan).toBe(command);
  });

  it('counts today’s members, and what a proposed design needs', () => {
    const rotation = {
      name: 'payments-oncall',
      type: 'team',
      coverage: '24x7',
      services: ['payments'],
      members: 5,
      peopleNeeded: 8,
      standbyOutside: '500 h',
      standbyPay: '1,000.00 EUR',
      timeOff: '50 h',
    };
    const [, today, , , optimized, notes] = designRotationsMarkdown([
      { design: 'current', notes: [], rotations: [rotation] },
      { design: 'optimized', notes: ['Keeps the payments rotation.'], rotations: [rotation] },
    ]);
    expect(today).toContain('| Members |');
    expect(today).toContain('| `payments-oncall` | team | `24x7` | `payments` | 5 | 500 h |');
    expect(optimized).toContain('| People needed |');
    expect(optimized).toContain('| `payments-oncall` | team | `24x7` | `payments` | 8 | 500 h |');
    expect(notes).toBe('- Keeps the payments rotation.');
  });
});
