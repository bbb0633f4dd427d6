import { describe, expect, it } from 'vitest';
import { OPS_RUN_ISSUES } from '../../src/engine/spectrum/ops-run-issues.ts';
import { orgPath, run } from './support/corpus.ts';

/** §12.2.3 set out once in the plan where operations run high-tier services (#12 item 11). */
describe('the plan’s issues with “you build it, ops run it” (§12.2.3)', () => {
  it('lists insurer-today’s six ops-run high-tier services once, with the chapter’s reasons', async () => {
    const plan = (await run(['plan', orgPath('insurer-today'), '--format', 'md'])).stdout;
    const part = plan.slice(plan.indexOf('## Issues with “you build it, ops run it”'));
    const body = part.slice(0, part.indexOf('\n## ', 3));
    const high = [
      'policy-admin-core',
      'tariff-calculator',
      'claims-intake',
      'payment-collection',
      'broker-portal',
      'integration-hub',
    ];
    for (const s of high) expect(body).toContain(`| \`${s}\` |`);
    expect(body).not.toContain('document-archive');
    for (const issue of OPS_RUN_ISSUES) expect(body).toContain(issue.why);
  });

  it('has no such section where operations run no high-tier service', async () => {
    const plan = (await run(['plan', orgPath('insurer-target'), '--format', 'md'])).stdout;
    expect(plan).not.toContain('Issues with “you build it, ops run it”');
  });
});
