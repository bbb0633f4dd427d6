import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf } from './support/corpus.ts';
import { designOutputs, runByOperations } from './support/design-agreement.ts';
import { designedRunModel } from './support/outputs.ts';

/**
 * The §12.6 optimized design (`oncall-cost`, plan) and the recommendations say the same thing
 * about who runs a service: the design puts a service on an operations team's rotation exactly
 * where its recommendation is `ops-runs-it` (§12.2.2: low targets *may* go to operations; §12.8.1:
 * a move there from a developer or SRE run model is unlikely). Seen before: streaming-media's
 * ad-reporting (99.0 %, low demand, run by its developers and recommended to stay with them) was
 * moved to a new 8x5 rotation of delivery operations, the team that fronts the CDN vendor and
 * knows nothing of ad reporting, for 2 more people and no saving.
 */

const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)(
  '%s: the optimized design and the recommendations agree on who runs each service',
  (name) => {
    it('puts a service on an operations rotation exactly where its recommendation is ops-runs-it', async () => {
      const docs = docsOf(name);
      const { cost, plan, check } = await designOutputs(name);
      // SRE teams in name only are operations teams in all but name (§12.4.6), for the design too.
      const renamed = new Set(
        check.checks.filter((c) => c.code === 'sre-team-of-renamed-ops').map((c) => c.subject.name),
      );
      for (const s of plan.services) {
        const onOperations = cost.optimized.rotations
          .filter(
            (r) =>
              r.type !== 'thin-layer' &&
              r.services.includes(s.name) &&
              runByOperations(docs, r, renamed),
          )
          .map((r) => r.name);
        // Operations first line until its team can staff a pager is operations too.
        const recommended = designedRunModel(s) === 'ops-runs-it';
        expect(
          onOperations.length > 0,
          `${s.name}: recommended ${s.recommendation.runModel}, designed on ${onOperations.join(', ') || 'no operations rotation'}`,
        ).toBe(recommended);
      }
    });
  },
);
