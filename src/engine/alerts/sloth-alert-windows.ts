import { z } from 'zod';
import type { AlertRule } from './alert-rules.ts';
import { burnRateFor } from './alert-rules.ts';

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
};

/** A Prometheus duration such as `5m`, `36h` or `1h30m`, in seconds; undefined if malformed. */
export function parsePromDuration(text: string): number | undefined {
  if (!/^(\d+[smhdw])+$/.test(text)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
    seconds += Number(amount) * (UNIT_SECONDS[unit as string] as number);
  }
  return seconds > 0 ? seconds : undefined;
}

const PromDuration = z
  .string()
  .refine((t) => parsePromDuration(t) !== undefined, 'expected a duration like 5m, 6h or 3d');

const Window = z.object({
  errorBudgetPercent: z.number().gt(0).lte(100),
  shortWindow: PromDuration,
  longWindow: PromDuration,
});

/**
 * Sloth's `AlertWindows` document (sloth.slok.dev/v1): the same four alerts as the workbook,
 * each given as the share of the SLO period's budget it may burn within its long window.
 */
export const SlothAlertWindows = z.object({
  apiVersion: z.literal('sloth.slok.dev/v1'),
  kind: z.literal('AlertWindows'),
  spec: z.object({
    sloPeriod: PromDuration,
    page: z.object({ quick: Window, slow: Window }),
    ticket: z.object({ quick: Window, slow: Window }),
  }),
});
export type SlothAlertWindows = z.infer<typeof SlothAlertWindows>;

/** The alert rules of a Sloth AlertWindows document, burn rates derived as Sloth does. */
export function rulesFromSlothWindows(windows: SlothAlertWindows): readonly AlertRule[] {
  const period = parsePromDuration(windows.spec.sloPeriod) as number;
  const s = windows.spec;
  const rule = (
    severity: 'page' | 'ticket',
    speed: 'quick' | 'slow',
    w: z.infer<typeof Window>,
  ): AlertRule => {
    const longWindow = parsePromDuration(w.longWindow) as number;
    const pair = s[severity];
    // Named after the long window like the workbook's; by speed too if both share it.
    const shared = pair.quick.longWindow === pair.slow.longWindow;
    return {
      name: shared ? `${severity}-${speed}-${w.longWindow}` : `${severity}-${w.longWindow}`,
      severity,
      burnRate: burnRateFor({ budgetShare: w.errorBudgetPercent / 100, period, longWindow }),
      longWindow,
      shortWindow: parsePromDuration(w.shortWindow) as number,
    };
  };
  return [
    rule('page', 'quick', s.page.quick),
    rule('page', 'slow', s.page.slow),
    rule('ticket', 'quick', s.ticket.quick),
    rule('ticket', 'slow', s.ticket.slow),
  ];
}
