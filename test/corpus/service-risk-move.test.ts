import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.8.1: a risk about a service the plan moves to another run model says that move. In
 * hospital-group's plan the run-model decision moves hl7-interface-engine to "you build it, you
 * and SRE run it" and staff-intranet to operations' day desk, while the risks beside it said
 * "Move it to developers or SRE" and "Put the service on its owner team's or domain's rotation",
 * as if nothing were decided, the second against the decision.
 */

describe('a risk about a service the plan moves says the move', () => {
  it('hospital-group: the interface engine and the staff intranet', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('hospital-group'), '--json']);
    const about = (service: string, source: string) =>
      plan.risks.find((r) => r.about === `Service ${service}` && r.source === source)?.mitigation;
    expect(about('hl7-interface-engine', 'ops-run-high-target')).toMatch(
      /^The plan moves it to you build it, you and SRE run it \(the run-model decision\)/,
    );
    expect(about('staff-intranet', 'service-without-rotation')).toBe(
      'The plan moves it to you build it, ops run it (the run-model decision): put it on the rotation of the operations team that runs it (§12.2.2, §12.6).',
    );
  });

  it.each(CORPUS)('%s: never a move beside the run-model decision', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const moved = new Set(
      plan.services.filter((s) => s.recommendation.runModel !== s.runModel).map((s) => s.name),
    );
    for (const r of plan.risks) {
      if (r.source !== 'ops-run-high-target' && r.source !== 'service-without-rotation') continue;
      const service = r.about.replace(/^Service /, '');
      expect(r.mitigation.startsWith('The plan moves it to '), r.id).toBe(moved.has(service));
    }
  });
});
