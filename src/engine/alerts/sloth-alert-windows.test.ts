import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DAY, HOUR, MINUTE } from '../budgets/epoch.ts';
import { WORKBOOK_ALERT_RULES } from './alert-rules.ts';
import {
  parsePromDuration,
  rulesFromSlothWindows,
  SlothAlertWindows,
} from './sloth-alert-windows.ts';

const fixture = (name: string) =>
  SlothAlertWindows.parse(
    parse(
      readFileSync(
        new URL(`../../../test/fixtures/sloth/windows/${name}`, import.meta.url),
        'utf8',
      ),
    ),
  );

describe('rulesFromSlothWindows', () => {
  it("derives Sloth's 30-day custom windows: 14.4x, 4.8x, 3x and 1x", () => {
    const rules = rulesFromSlothWindows(fixture('custom-30d.yaml'));
    expect(rules.map((r) => [r.name, r.burnRate, r.longWindow, r.shortWindow])).toEqual([
      ['page-30m', 14.4, 30 * MINUTE, 2 * MINUTE],
      ['page-3h', 4.8, 3 * HOUR, 15 * MINUTE],
      ['ticket-12h', 3, 12 * HOUR, HOUR],
      ['ticket-36h', 1, 36 * HOUR, 3 * HOUR],
    ]);
  });

  it("derives Sloth's 7-day windows from the share of a 7-day budget", () => {
    const rules = rulesFromSlothWindows(fixture('7d.yaml'));
    expect(rules.map((r) => r.burnRate)).toEqual([13.44, 3.5, 1.4, 0.98]);
  });

  it("gives the workbook's rules for Sloth's default 30-day windows", () => {
    const rules = rulesFromSlothWindows({
      apiVersion: 'sloth.slok.dev/v1',
      kind: 'AlertWindows',
      spec: {
        sloPeriod: '30d',
        page: {
          quick: { errorBudgetPercent: 2, shortWindow: '5m', longWindow: '1h' },
          slow: { errorBudgetPercent: 5, shortWindow: '30m', longWindow: '6h' },
        },
        ticket: {
          quick: { errorBudgetPercent: 10, shortWindow: '2h', longWindow: '1d' },
          slow: { errorBudgetPercent: 10, shortWindow: '6h', longWindow: '3d' },
        },
      },
    });
    expect(rules).toEqual(WORKBOOK_ALERT_RULES);
  });

  it('refuses a document that is not an AlertWindows one', () => {
    const result = SlothAlertWindows.safeParse({ apiVersion: 'sloth.slok.dev/v1', kind: 'SLO' });
    expect(result.success).toBe(false);
  });
});

describe('parsePromDuration', () => {
  it.each([
    ['5m', 300],
    ['1h30m', 5400],
    ['3d', 3 * DAY],
    ['1w', 7 * DAY],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parsePromDuration(text)).toBe(seconds);
  });

  it.each(['', '5', 'm5', '1.5h', '0m', '5y'])('refuses %j', (text) => {
    expect(parsePromDuration(text)).toBeUndefined();
  });
});
