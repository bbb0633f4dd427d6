import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/**
 * §12.9.5: under a policy that pays nothing for standby, an on-call cost of 0 is unpaid standby,
 * not free. The summary said so beside its cost table, but public-agency's on-call decision, the
 * sentence a VP acts on, read "costs 0.00 GBP per month" with nothing beside it. Every decision
 * that prices a design at nothing under such a policy says the standby is unpaid.
 */
describe('a decision that prices unpaid standby at nothing says it is unpaid', () => {
  it.each(CORPUS)('%s', async (name) => {
    const markdown = (await run(['plan', orgPath(name)])).stdout;
    const summary = markdown.slice(0, markdown.indexOf('### Open questions'));
    const unpaidPolicy = /compensation policy (\S+) gives nothing for standby/.exec(summary)?.[1];
    const decisions = summary
      .slice(summary.indexOf('### Decisions asked of you'))
      .split('\n')
      .filter((l) => /costs 0\.00 [A-Z]{3} per month/.test(l));
    for (const d of decisions) {
      if (unpaidPolicy === undefined) continue;
      expect(d).toContain(`the standby is unpaid under compensation policy ${unpaidPolicy}`);
    }
  });

  it('public-agency: the lowered design at 0 GBP is said to be unpaid standby', async () => {
    const markdown = (await run(['plan', orgPath('public-agency')])).stdout;
    expect(markdown).toMatch(
      /costs 0\.00 GBP per month \(today 12 people and 0\.00 GBP\); the standby is unpaid under compensation policy standby-arrangement, not free/,
    );
  });
});
