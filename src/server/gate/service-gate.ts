import { DEFAULT_WINDOW, periodContaining, policyOf } from '../../engine/budgets/index.ts';
import { type DeploymentGate, deploymentGate } from '../../engine/gate/index.ts';
import { epochSecondsOf } from '../../model/index.ts';
import { type GateOverrideRecord, listGateOverrides } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { loadSliSeries } from '../live/load-live-data.ts';

/** The gate as the API answers it: times as ISO 8601, the revision it was decided with. */
export interface GateAnswer {
  readonly service: string;
  readonly revision: number;
  readonly asOf: string;
  readonly decision: DeploymentGate['decision'];
  readonly reason: string;
  readonly policyDecision: DeploymentGate['decision'];
  readonly rule: DeploymentGate['rule'];
  readonly budget: Omit<DeploymentGate['budget'], 'period' | 'exhaustedAt'> & {
    readonly period: {
      readonly label: string;
      readonly start: string;
      readonly end: string;
    } | null;
    readonly exhaustedAt: string | null;
  };
  readonly freeze: {
    readonly from: string;
    readonly until: string;
    readonly reason: string;
  } | null;
  readonly override: GateOverrideRecord | null;
}

/**
 * Whether a service may be deployed now (§12.5 release freeze), from the latest revision, the
 * samples of its current budget period and the newest override in force.
 */
export async function serviceGate(context: ServerContext, name: string): Promise<GateAnswer> {
  const revision = await context.models.at();
  const service = revision.model.services.get(name);
  if (!service) throw notFound(`service ${name}`);
  const now = context.now();
  const asOf = epochSecondsOf(now);
  const window = policyOf(revision.model, service)?.spec.window ?? DEFAULT_WINDOW;
  const period = periodContaining(window, asOf, asOf);
  const db = context.store.db;
  const [series, overrides] = await Promise.all([
    loadSliSeries({ db, service: name, from: new Date(period.start * 1000) }),
    listGateOverrides({ db, service: name, activeAt: now.toISOString() }),
  ]);
  const record = overrides[0];
  const gate = deploymentGate({
    model: revision.model,
    service: name,
    series: series.get(name),
    asOf,
    override: record
      ? {
          id: record.id,
          decision: record.decision,
          reason: record.reason,
          author: record.author,
          expiresAt: epochSecondsOf(new Date(record.expiresAt)),
        }
      : undefined,
  });
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  return {
    service: name,
    revision: revision.revision,
    asOf: now.toISOString(),
    decision: gate.decision,
    reason: gate.reason,
    policyDecision: gate.policyDecision,
    rule: gate.rule,
    budget: {
      ...gate.budget,
      period: gate.budget.period
        ? {
            label: gate.budget.period.label,
            start: iso(gate.budget.period.start),
            end: iso(gate.budget.period.end),
          }
        : null,
      exhaustedAt: gate.budget.exhaustedAt === null ? null : iso(gate.budget.exhaustedAt),
    },
    freeze: gate.freeze
      ? { from: iso(gate.freeze.from), until: iso(gate.freeze.until), reason: gate.freeze.reason }
      : null,
    override: gate.override ? (record ?? null) : null,
  };
}
