import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_PLAN_EXAMPLE, ROOT, renderChangePlanExample } from './change-plan-example.ts';

describe('the example change plan', () => {
  it('is what `whorunsit diff` prints today (run `npm run examples:change-plan` when this fails)', async () => {
    const committed = await readFile(join(ROOT, CHANGE_PLAN_EXAMPLE), 'utf8');
    expect(committed === (await renderChangePlanExample()), `${CHANGE_PLAN_EXAMPLE} is stale`).toBe(
      true,
    );
  });

  it('covers all four dimensions, the rollout, the kickoff agenda and the questions', async () => {
    const plan = await renderChangePlanExample();
    for (const heading of [
      '## 1. Run model per service (§12.8.1)',
      '## 2. Organization',
      '## 3. Reporting lines (§12.12.2)',
      '## 4. Roles (§12.9.4, §12.12.3)',
      '## Rollout (§12.10.3)',
      '## All-employee meeting of the new SRE organization `reliability` (§12.12)',
      '## Questions driving the SRE organizational structure',
    ]) {
      expect(plan).toContain(heading);
    }
    expect(plan).toContain('New **SRE organization** `reliability`');
    expect(plan).toContain('| payments-service | you-run-it | sre-runs-it | possible |');
  });
});
