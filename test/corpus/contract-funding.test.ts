import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.4.6: a budget is money an organization may spend; another company's contract is money
 * already committed. hospital-group's EHR vendor (an operations organization outside Prairie
 * Lakes' tree, a 1,900,000 USD contract, nobody named) read "0.00 USD → 0.00 USD … 1,900,000.00
 * USD: fits" in the funding table, as if the contract were spare budget; retail-peak's managed
 * service provider "fits" with 76,000 EUR to spare. The row now says it is the contract,
 * committed in full, and the summary does not count another company's people as our heads.
 */
interface Funding {
  readonly organization: string;
  readonly contract: boolean;
}

const vendors = [
  ['hospital-group', 'meridian-health-systems'],
  ['retail-peak', 'vistula-managed-services'],
] as const;

describe('another company’s budget is its contract, not money to spare', () => {
  it.each(vendors)(
    '%s: %s is a contract, every other organization is ours',
    async (name, vendor) => {
      const staffing = await runJson<{ funding: readonly Funding[] }>([
        'staffing',
        orgPath(name),
        '--json',
      ]);
      for (const f of staffing.funding)
        expect(f.contract, f.organization).toBe(f.organization === vendor);
    },
  );

  it.each(vendors)('%s: the funding row of %s reads as the contract', async (name, vendor) => {
    const plan = (await run(['plan', orgPath(name)])).stdout;
    const row = plan.split('\n').find((l) => l.startsWith(`| \`${vendor}\``)) ?? '';
    expect(row).toContain('contract');
    expect(row).not.toMatch(/\bfits\b/);
    expect(row).toContain('committed in full');
    const summary = plan.split('\n').find((l) => l.startsWith('Head count against limits')) ?? '';
    expect(summary).not.toContain(vendor);
  });
});
