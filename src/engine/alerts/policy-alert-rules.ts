import type { AlertRule, AlertSeverity } from './alert-rules.ts';

/**
 * A burn-rate alert as an error budget policy states it (`burnRateAlerts`, also what the Sloth
 * and slo-generator importers produce): windows as `5m`, `1h`, `3d`, `1w`.
 */
export interface PolicyBurnRateAlert {
  readonly name?: string | undefined;
  readonly window: string;
  readonly shortWindow?: string | undefined;
  readonly burnRate: number;
  readonly severity: AlertSeverity;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

function seconds(window: string): number {
  const unit = UNIT_SECONDS[window.slice(-1)];
  const n = Number(window.slice(0, -1));
  if (unit === undefined || !Number.isInteger(n) || n <= 0) {
    throw new RangeError(`expected a window like 5m, 1h or 3d, found ${window}`);
  }
  return n * unit;
}

/** The alert rules of a policy's `burnRateAlerts`, named `<severity>-<window>` unless named. */
export function rulesFromPolicy(alerts: readonly PolicyBurnRateAlert[]): readonly AlertRule[] {
  return alerts.map((alert) => ({
    name: alert.name ?? `${alert.severity}-${alert.window}`,
    severity: alert.severity,
    burnRate: alert.burnRate,
    longWindow: seconds(alert.window),
    shortWindow: alert.shortWindow === undefined ? null : seconds(alert.shortWindow),
  }));
}
