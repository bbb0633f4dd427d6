import type { CompiledModel, EpochSeconds } from '../../model/index.ts';
import { periodContaining } from '../budgets/budget-periods.ts';
import { isoOf } from '../budgets/epoch.ts';
import { firstSampleAfter } from '../budgets/sample-span.ts';
import { DEFAULT_WINDOW, policyOf, serviceBudgets } from '../budgets/service-budgets.ts';
import { type SliSeries, sliSeries } from '../budgets/sli-series.ts';
import { freezes } from '../handover/freezes.ts';

export type GateDecision = 'allowed' | 'frozen';

/** A person's decision about the gate, in force at `asOf` (the server keeps who and why). */
export interface GateOverride {
  readonly id: number;
  readonly decision: GateDecision;
  readonly reason: string;
  readonly author: string;
  readonly expiresAt: EpochSeconds;
}

/** Whether a service may be deployed now, why, and the figures behind it (§12.5). */
export interface DeploymentGate {
  readonly service: string;
  readonly decision: GateDecision;
  /** One line, for a CI log. */
  readonly reason: string;
  /** What the error budget policy alone decides, before any override. */
  readonly policyDecision: GateDecision;
  readonly rule: {
    readonly policy: string | null;
    readonly freezeWhenDepleted: boolean;
    readonly section: '§12.5';
  };
  readonly budget: {
    readonly target: number | null;
    readonly window: string;
    /** The budget period `asOf` is in; null without a target. */
    readonly period: {
      readonly label: string;
      readonly start: number;
      readonly end: number;
    } | null;
    readonly status: 'within' | 'depleted' | 'no-data' | 'no-target';
    readonly total: number;
    readonly bad: number;
    readonly allowed: number;
    readonly remaining: number;
    /** Share of the period's budget spent; null without data. */
    readonly consumedShare: number | null;
    readonly exhaustedAt: EpochSeconds | null;
  };
  /** The freeze in force at `asOf`, from when the budget ran out to the period's end. */
  readonly freeze: {
    readonly from: EpochSeconds;
    readonly until: EpochSeconds;
    readonly reason: string;
  } | null;
  readonly override: GateOverride | null;
}

/**
 * The deployment gate of a service at `asOf`: `frozen` while its error budget policy's release
 * freeze holds (`freezeWhenDepleted`, from the moment the period's budget was exhausted to the
 * period's end, as `handover` reports freezes), else `allowed`; a person's override in force
 * decides instead, and both are shown. No data is not a depleted budget: nothing is frozen on
 * a budget nobody measured.
 */
export function deploymentGate(options: {
  readonly model: CompiledModel;
  readonly service: string;
  /** The service's samples, at least those of the period `asOf` is in. */
  readonly series: SliSeries | undefined;
  readonly asOf: EpochSeconds;
  readonly override?: GateOverride | undefined;
}): DeploymentGate {
  const { model, asOf } = options;
  const service = model.services.get(options.service);
  if (!service) throw new RangeError(`no service ${options.service}`);
  const policy = policyOf(model, service);
  const window = policy?.spec.window ?? DEFAULT_WINDOW;
  const freezeWhenDepleted = policy?.spec.freezeWhenDepleted === true;
  const rule = { policy: policy?.name ?? null, freezeWhenDepleted, section: '§12.5' as const };
  // Samples after `asOf` have not happened yet as far as this answer goes (one at `asOf` counts
  // the events up to it: sample-span.ts).
  const upTo = options.series
    ? sliSeries({ ...options.series, length: firstSampleAfter(options.series, asOf) })
    : undefined;
  const series = new Map(upTo ? [[service.name, upTo]] : []);
  const measured = serviceBudgets({ model, series, asOf }).services.find(
    (b) => b.name === service.name,
  );
  const bounds = periodContaining(window, asOf, asOf);
  const budget = measured?.periods.find((p) => p.period.start === bounds.start);
  const target = service.spec.availabilityTarget ?? null;
  const figures: DeploymentGate['budget'] = {
    target,
    window,
    period: target === null ? null : { label: bounds.label, start: bounds.start, end: bounds.end },
    status: target === null ? 'no-target' : (budget?.status ?? 'no-data'),
    total: budget?.total ?? 0,
    bad: budget?.bad ?? 0,
    allowed: budget?.allowed ?? 0,
    remaining: budget?.remaining ?? 0,
    consumedShare: budget?.consumedShare ?? null,
    exhaustedAt: budget?.exhaustedAt ?? null,
  };
  const active = policy
    ? freezes({
        policyName: policy.name,
        policy: policy.spec,
        budgets: budget ? [budget] : [],
      }).find((f) => f.from <= asOf && asOf < f.until)
    : undefined;
  const policyDecision: GateDecision = active ? 'frozen' : 'allowed';
  const policyReason = active
    ? `${active.reason}; frozen until ${isoOf(active.until)}`
    : allowedReason({ figures, policyName: policy?.name, freezeWhenDepleted });
  const override = options.override && options.override.expiresAt > asOf ? options.override : null;
  return {
    service: service.name,
    decision: override?.decision ?? policyDecision,
    reason: override
      ? `${override.decision} by override of ${override.author} until ${isoOf(override.expiresAt)}: ${override.reason} (the policy alone: ${policyDecision})`
      : policyReason,
    policyDecision,
    rule,
    budget: figures,
    freeze: active ? { from: active.from, until: active.until, reason: active.reason } : null,
    override,
  };
}

function allowedReason(options: {
  readonly figures: DeploymentGate['budget'];
  readonly policyName: string | undefined;
  readonly freezeWhenDepleted: boolean;
}): string {
  const { figures, policyName, freezeWhenDepleted } = options;
  if (figures.status === 'no-target')
    return 'no availabilityTarget: there is no error budget to freeze releases on';
  if (policyName === undefined) return 'no error budget policy: nothing freezes releases (§12.5)';
  const period = figures.period?.label ?? '';
  if (figures.status === 'no-data') {
    return `no SLI data in ${period} yet: policy ${policyName} freezes releases only on a depleted budget (§12.5)`;
  }
  const left = `${Math.round((1 - (figures.consumedShare ?? 0)) * 1000) / 10}% of the error budget of ${period} left (${round(figures.remaining)} of ${round(figures.allowed)} bad events)`;
  if (!freezeWhenDepleted) {
    return `${figures.status === 'depleted' ? 'budget depleted' : left}, and policy ${policyName} does not freeze releases (freezeWhenDepleted is off)`;
  }
  return `${left}: policy ${policyName} freezes releases only once it is spent (§12.5)`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
