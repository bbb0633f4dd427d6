import type { EpochSeconds, CompiledModel as Model } from '../../../model/index.ts';
import { isoOf } from '../../budgets/epoch.ts';
import { GIVE_SLI_SAMPLES } from '../../budgets/how-to-give-sli.ts';
import { serviceBudgets } from '../../budgets/service-budgets.ts';
import type { SliSeries } from '../../budgets/sli-series.ts';
import { agreementStands } from '../../handover/agreement-stands.ts';
import { handover } from '../../handover/service-handover.ts';
import type { Incident } from '../../incidents/incident.ts';
import { handbackWithoutOwnerRotation } from '../../routing/owner-on-call.ts';
import type { SpectrumAnalysis } from '../../spectrum/analyze-spectrum.ts';
import type { PlanDocument } from './plan-document-schema.ts';

/** SLI samples (and incidents) the plan was given, with the files they came from. */
export interface BudgetEvidence {
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly incidents: readonly Incident[];
  readonly asOf: EpochSeconds;
  /** The files, for the basis line: the SLI samples and the incidents (null without). */
  readonly sli: string;
  readonly incidentsFile: string | null;
}

/**
 * Error budget status per service (§12.5, issue #13 item 7): the budget of each service's
 * current window as `budgets` measures it (the rolling window ending at `asOf`, or the month so
 * far), and the run model its error budget policy has it in now as `handover` decides it.
 * Without SLI data the plan says so (`given: false`) rather than guess.
 */
export function errorBudgetStatus(options: {
  readonly model: Model;
  readonly analysis: SpectrumAnalysis;
  readonly evidence: BudgetEvidence | undefined;
  /** Without evidence, how to give it, in the words of the edge (`GIVE_SLI_SAMPLES`). */
  readonly howToGive?: string | undefined;
}): PlanDocument['errorBudgets'] {
  const { model, analysis, evidence } = options;
  if (evidence === undefined)
    return { given: false, howToGive: options.howToGive ?? GIVE_SLI_SAMPLES };
  const { series, incidents, asOf } = evidence;
  const budgets = serviceBudgets({ model, series, asOf });
  const runs = new Map(
    handover({ model, series, incidents, asOf }).services.map((s) => [s.name, s]),
  );
  const tiers = new Map(analysis.services.map((s) => [s.name, s.tier ?? null]));
  return {
    given: true,
    asOf: isoOf(asOf),
    sli: evidence.sli,
    incidents: evidence.incidentsFile,
    services: budgets.services.map((b) => {
      const run = runs.get(b.name);
      const agreed = model.services.get(b.name)?.spec.runModel ?? 'unorganized';
      const current = b.current;
      const runNow = run?.currentRunModel ?? agreed;
      const service = model.services.get(b.name);
      // §12.5: during a handback, say when nobody of the developers is on call for it.
      const nobody = service ? handbackWithoutOwnerRotation(model, service, runNow) : null;
      return {
        name: b.name,
        tier: tiers.get(b.name) ?? null,
        target: b.target,
        policy: b.policy,
        window: b.window,
        period: current?.period.label ?? null,
        complete: current?.period.complete ?? null,
        status: b.target === null ? 'no-target' : (current?.status ?? 'no-data'),
        consumedShare: current?.consumedShare ?? null,
        remaining: current && current.status !== 'no-data' ? current.remaining : null,
        exhaustedAt: current?.exhaustedAt == null ? null : isoOf(current.exhaustedAt),
        agreedRunModel: agreed,
        currentRunModel: runNow,
        notes: [
          ...b.notes,
          ...(service ? [agreementStands(model, service, runNow)] : []),
          nobody,
        ].filter((n): n is string => n !== null),
      };
    }),
    unknownServices: budgets.unknownServices.map((u) => u.name),
  };
}
