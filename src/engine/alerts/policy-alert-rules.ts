import { alertWindowSeconds, type DurationSeconds } from '../../model/index.ts';
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

const UNITS: ReadonlySet<string> = new Set(['m', 'h', 'd', 'w']);

/** A window's length, read as the policy schema reads it (`alertWindowSeconds`). */
function seconds(window: string): DurationSeconds {
  const n = Number(window.slice(0, -1));
  if (!UNITS.has(window.slice(-1)) || !Number.isInteger(n) || n <= 0) {
    throw new RangeError(`expected a window like 5m, 1h or 3d, found ${window}`);
  }
  return alertWindowSeconds(window);
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
