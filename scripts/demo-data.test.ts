import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test/support/test-app.ts';
import { BURNING, seedDemo } from './demo-data.ts';

describe('the console’s demo data', () => {
  it('fills every page for today: budgets measured, one service handed back, an alert', async () => {
    const now = new Date().toISOString();
    const t = await startTestApp({ now });
    try {
      await seedDemo(t.app, t.tokens.admin, new Date(now));
      const overview = (
        await t.call({ method: 'GET', url: '/api/v1/console/overview', as: 'viewer' })
      ).json() as {
        services: {
          name: string;
          availabilityTarget: number | null;
          currentRunModel: string;
          agreedRunModel: string;
          errorBudget: { status: string };
        }[];
        handovers: { service: string }[];
        alerts: unknown[];
      };
      const measured = overview.services.filter((s) => s.availabilityTarget !== null);
      expect(measured.length).toBeGreaterThan(10);
      for (const s of measured) expect(s.errorBudget.status, s.name).not.toBe('no-data');
      const burning = overview.services.find((s) => s.name === BURNING);
      expect(burning?.agreedRunModel).toBe('you-and-sre-run-it');
      expect(burning?.currentRunModel).toBe('you-run-it');
      expect(overview.handovers.map((h) => h.service)).toEqual([BURNING]);
      expect(overview.alerts).toHaveLength(1);
      const page = (
        await t.call({ method: 'GET', url: `/api/v1/console/services/${BURNING}`, as: 'viewer' })
      ).json() as { incidents: unknown[]; burnDown: unknown[] };
      expect(page.incidents).toHaveLength(1);
      expect(page.burnDown).toHaveLength(4);
    } finally {
      await t.close();
    }
  });
});
