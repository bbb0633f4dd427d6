import type {
  BudgetWindow,
  CompiledModel,
  ErrorBudgetPolicySpec,
  RunModel,
} from '../../model/index.ts';
import { isSreRunModel } from '../../model/index.ts';
import { isoOf } from '../budgets/epoch.ts';
import { GIVE_SLI_SAMPLES } from '../budgets/how-to-give-sli.ts';
import type { BudgetStatus, PeriodBudget } from '../budgets/period-budgets.ts';
import {
  DEFAULT_WINDOW,
  policyOf,
  type ServiceBudget,
  serviceBudgets,
} from '../budgets/service-budgets.ts';
import { handover, type ServiceHandover } from '../handover/service-handover.ts';
import { takeoverEligibility, withinBudgetStreak } from '../handover/takeover-eligibility.ts';
import type { BudgetEvidence } from '../plan/document/error-budgets.ts';
import type { ModelChange } from './model-changes.ts';

/**
 * What the evidence says of a move that gives SRE more of a service's on-call (§12.5):
 * `handed-back` when the error budget policy, run over the SLI samples, has the service with
 * its developers now (the move would be handed straight back); `not-eligible` when the move
 * gives SRE its first on-call for the service and the policy's takeover rule is not met (SRE
 * takes a service into operation only once it meets the agreement's reliability criteria);
 * `ready` when neither; `not-checked` when there is nothing to check it against (no samples, no
 * target, no policy, no handback rule, or no takeover rule for a first takeover) — never
 * silently fine.
 */
export type MoveVerdict = 'handed-back' | 'not-eligible' | 'ready' | 'not-checked';

/** One budget period of the service as the target's policy measures it. */
export interface MovePeriod {
  readonly period: string;
  readonly status: BudgetStatus;
  readonly consumedShare: number | null;
}

export interface MoveCheck {
  readonly service: string;
  readonly from: RunModel;
  readonly to: RunModel;
  readonly verdict: MoveVerdict;
  /** The target's error budget policy of the service, its availability target and window. */
  readonly policy: string | null;
  readonly target: number | null;
  readonly window: BudgetWindow;
  /**
   * The current window's budget, as `plan --sli` and `budgets` measure it (the rolling window
   * ending at `asOf`, or the month so far); null without samples.
   */
  readonly budgetNow: {
    readonly period: string;
    readonly status: BudgetStatus | 'no-target';
    readonly consumedShare: number | null;
  } | null;
  /** Who runs it now under today's agreement, as `handover` decides; null without samples. */
  readonly runsToday: RunModel | null;
  /** The complete periods measured, oldest first: the basis of the verdict. */
  readonly periods: readonly MovePeriod[];
  /**
   * For a move that gives SRE its first on-call for the service (from a model SRE is not on
   * call in): whether the target policy's takeover rule lets SRE take it over, as `handover`
   * says for a service SRE does not run (`since`: when the streak within budget reached the
   * rule's length). Null for other moves and when nothing was measured.
   */
  readonly takeover: {
    readonly eligible: boolean;
    readonly since: string | null;
    readonly reason: string;
  } | null;
  /** Why, with the budget figures and their basis. */
  readonly reason: string;
  /** What to do before the move; null when nothing stands in its way. */
  readonly advice: string | null;
}

export interface MoveEvidence {
  /** Whether SLI samples were given; without them no move is checked. */
  readonly given: boolean;
  readonly asOf: string | null;
  /** The files the evidence came from (null without). */
  readonly sli: string | null;
  /**
   * Without samples, how to give them, in the words of the edge (`GIVE_SLI_SAMPLES`); null
   * when they were given.
   */
  readonly howToGive: string | null;
  readonly incidents: string | null;
  readonly checks: readonly MoveCheck[];
}

/** A move that gives SRE more of the on-call: into SRE alone, or SRE on call for the first time. */
export function givesSreMore(change: Pick<ModelChange, 'from' | 'to'>): boolean {
  return isSreRunModel(change.to) && (change.to === 'sre-runs-it' || !isSreRunModel(change.from));
}

const pct = (share: number | null) => (share === null ? 'no data' : `${(share * 100).toFixed(1)}%`);

const periodText = (p: PeriodBudget) =>
  `${p.period.label}: ${p.status === 'no-data' ? 'no data' : `${p.status}, ${pct(p.consumedShare)} of the budget used`}`;

/**
 * Keeping the move back: shared on-call where it is shared today, else as it runs today. Only a
 * service SRE shares today can be handed back today; its developers run it alone meanwhile.
 */
function keepAsToday(from: RunModel, handedBackToday: boolean): string {
  if (from !== 'you-and-sre-run-it') return `keep it ${from}`;
  return handedBackToday
    ? "keep shared on-call (you-and-sre-run-it; the developers run it alone for now, as today's policy handed it back)"
    : 'keep shared on-call (you-and-sre-run-it)';
}

/**
 * Checks every move that gives SRE more of a service's on-call against the SLI samples (and
 * incidents) with the one handover engine `plan --sli`, `oncall --sli` and `handover` use (§12.5):
 * the target's agreement and policy run over the evidence. A move its policy would hand straight
 * back is flagged with the depleted periods and what to do first. Without evidence every such
 * move is listed as not checked.
 */
export function moveEvidence(options: {
  readonly today: CompiledModel;
  readonly target: CompiledModel;
  readonly modelChanges: readonly ModelChange[];
  readonly evidence: BudgetEvidence | undefined;
  /** Without evidence, how to give it, in the words of the edge (`GIVE_SLI_SAMPLES`). */
  readonly howToGive?: string | undefined;
}): MoveEvidence {
  const { today, target, modelChanges, evidence } = options;
  const moves = modelChanges.filter(givesSreMore);
  if (evidence === undefined) {
    const howToGive = options.howToGive ?? GIVE_SLI_SAMPLES;
    return {
      given: false,
      asOf: null,
      sli: null,
      incidents: null,
      howToGive,
      checks: moves.map((c) => {
        const service = target.services.get(c.service);
        const missing = missingBudgetTerms(target, c.service);
        return {
          service: c.service,
          from: c.from,
          to: c.to,
          verdict: 'not-checked',
          policy: service?.spec.errorBudgetPolicy ?? null,
          target: service?.spec.availabilityTarget ?? null,
          window: (service && policyOf(target, service)?.spec.window) ?? DEFAULT_WINDOW,
          budgetNow: null,
          runsToday: null,
          periods: [],
          takeover: null,
          reason: `not checked against evidence: no SLI samples were given, so whether ${
            isSreRunModel(c.from)
              ? `its error budget policy would hand ${c.service} straight back to its developers`
              : `${c.service} meets its error budget policy's takeover rule, or the policy would hand it straight back,`
          } is unknown (§12.5)`,
          // Samples check a move only against a policy: one that is missing comes first.
          advice:
            missing === null
              ? `${howToGive} to check the move against ${c.service}'s error budget before SRE takes it on (§12.5)`
              : `${missing}; then ${lowerFirst(howToGive)} to check the move against it before SRE takes ${c.service} on (§12.5)`,
        };
      }),
    };
  }
  const { series, incidents, asOf } = evidence;
  const budgets = new Map(
    serviceBudgets({ model: target, series, asOf }).services.map((b) => [b.name, b]),
  );
  const runs = (model: CompiledModel) =>
    new Map(handover({ model, series, incidents, asOf }).services.map((s) => [s.name, s]));
  const targetRuns = runs(target);
  const todayRuns = runs(today);
  const samples = `${evidence.sli} up to ${isoOf(asOf)}`;
  return {
    given: true,
    asOf: isoOf(asOf),
    sli: evidence.sli,
    incidents: evidence.incidentsFile,
    howToGive: null,
    checks: moves.map((c) =>
      checkMove({
        change: c,
        target,
        budget: budgets.get(c.service),
        underTarget: targetRuns.get(c.service),
        underToday: todayRuns.get(c.service),
        samples,
      }),
    ),
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * What the target lacks for any evidence to decide a move of the service (§12.5): an
 * availability target (no error budget) or an error budget policy naming one the target holds
 * (nothing hands it back or lets SRE take it over); null when it has both. Asked for before
 * samples, which only count against them.
 */
export function missingBudgetTerms(target: CompiledModel, name: string): string | null {
  const service = target.services.get(name);
  const hasPolicy = service !== undefined && policyOf(target, service) !== undefined;
  if (service?.spec.availabilityTarget === undefined)
    return `State ${name}'s availability target${hasPolicy ? '' : ' and sign an error budget policy for it'} first`;
  return hasPolicy ? null : `Sign an error budget policy for ${name} first`;
}

/** Until when a move waits: the takeover rule's streak within budget, or a rule to add. */
function untilTakeover(policyName: string, policy: ErrorBudgetPolicySpec, streak: number): string {
  const needed = policy.takeover?.withinBudgetPeriods;
  return needed === undefined
    ? `policy ${policyName} sets no takeover rule, so add one to say when SRE may take it on`
    : `until it is within budget for ${needed} consecutive period${needed === 1 ? '' : 's'}, as policy ${policyName}'s takeover rule says (${streak} so far)`;
}

function checkMove(options: {
  readonly change: ModelChange;
  readonly target: CompiledModel;
  readonly budget: ServiceBudget | undefined;
  readonly underTarget: ServiceHandover | undefined;
  readonly underToday: ServiceHandover | undefined;
  /** The SLI file and the time the samples are read up to. */
  readonly samples: string;
}): MoveCheck {
  const { change, target, budget, underTarget, underToday, samples } = options;
  const { service, from, to } = change;
  const complete = (budget?.periods ?? []).filter((p) => p.period.complete);
  const hasData = (budget?.periods ?? []).some((p) => p.status !== 'no-data');
  const current = budget?.current ?? null;
  const base = {
    service,
    from,
    to,
    policy: budget?.policy ?? null,
    target: budget?.target ?? null,
    window: budget?.window ?? DEFAULT_WINDOW,
    budgetNow:
      budget === undefined || !hasData
        ? null
        : {
            period: current?.period.label ?? '–',
            status:
              budget.target === null ? ('no-target' as const) : (current?.status ?? 'no-data'),
            consumedShare: current?.consumedShare ?? null,
          },
    runsToday: hasData ? (underToday?.currentRunModel ?? null) : null,
    periods: complete.map((p) => ({
      period: p.period.label,
      status: p.status,
      consumedShare: p.consumedShare,
    })),
    takeover: null,
  };
  const notChecked = (why: string, advice: string | null): MoveCheck => ({
    ...base,
    verdict: 'not-checked',
    reason: `not checked against evidence: ${why} (§12.5)`,
    advice,
  });
  if (budget === undefined || budget.target === null) {
    return notChecked(
      `${service} has no availabilityTarget in the target, so it has no error budget`,
      `${missingBudgetTerms(target, service) ?? `State ${service}'s availability target first`}; then check the move against its error budget before SRE takes it on (§12.5)`,
    );
  }
  if (!hasData) {
    const missing = missingBudgetTerms(target, service);
    return notChecked(
      `${service} has no SLI samples in ${samples}${missing === null ? '' : ', and no error budget policy in the target'}`,
      missing === null
        ? `Measure ${service}'s SLI before SRE takes it on: without samples nothing shows it is within budget`
        : `${missing}; then measure ${service}'s SLI before SRE takes it on: without samples nothing shows it is within budget (§12.5)`,
    );
  }
  const policyName = budget.policy;
  const policy = policyName === null ? undefined : target.errorBudgetPolicies.get(policyName)?.spec;
  if (policyName === null || policy === undefined) {
    return notChecked(
      `${service} has no error budget policy in the target, so nothing hands it back whatever the budget`,
      `Sign an error budget policy for ${service} before SRE takes it on`,
    );
  }
  const rule = policy.handback;
  // SRE on call for the first time: §12.5's takeover rule decides, not only the handback rule.
  const first = !isSreRunModel(from);
  const eligibility = first
    ? takeoverEligibility({ policyName, policy, budgets: budget.periods })
    : null;
  const takeover = eligibility && {
    eligible: eligibility.eligible,
    since: eligibility.since === null ? null : isoOf(eligibility.since),
    reason: eligibility.reason,
  };
  const streak = withinBudgetStreak(budget.periods);
  // The periods each rule looks at: the handback rule's last `outOf`, the takeover rule's last
  // `withinBudgetPeriods`; the figures name all of them with their basis.
  const looked = Math.max(
    rule?.outOf ?? 0,
    first ? (policy.takeover?.withinBudgetPeriods ?? 0) : 0,
  );
  const figures = `budget by period: ${complete
    .slice(-Math.max(looked, 1))
    .map(periodText)
    .join(
      '; ',
    )}; measured from the SLI samples in ${samples} against the ${budget.target}% target over ${budget.window} windows of policy ${policyName}`;
  const handback = [...(underTarget?.timeline ?? [])].reverse().find((t) => t.event === 'handback');
  const backUnderTarget =
    underTarget !== undefined && underTarget.currentRunModel !== underTarget.agreedRunModel;
  const backToday =
    underToday !== undefined && underToday.currentRunModel !== underToday.agreedRunModel;
  if (backUnderTarget || backToday) {
    const today = backToday
      ? ` Today's agreement has already handed it back: it runs ${underToday?.currentRunModel} now.`
      : '';
    const why =
      backUnderTarget && handback
        ? handback.reason
        : `today's error budget policy has handed it back to its developers and not yet returned it (§12.5)`;
    return {
      ...base,
      takeover,
      verdict: 'handed-back',
      reason: `SRE would hand it straight back: ${why}.${today} Basis: ${figures}.`,
      advice: `Fix reliability first: ${keepAsToday(from, backToday)} ${untilTakeover(policyName, policy, streak)}; then move it to ${to} (§12.5)`,
    };
  }
  if (eligibility !== null && !eligibility.eligible) {
    if (policy.takeover === undefined) {
      return {
        ...notChecked(
          `policy ${policyName} sets no takeover rule (takeover.withinBudgetPeriods), so nothing in it says when SRE may take ${service} over`,
          `Add a takeover rule to policy ${policyName} before SRE takes ${service} on: how many periods within budget it needs first`,
        ),
        takeover,
      };
    }
    // What broke the streak: a depleted period needs reliability work, a gap in the samples
    // needs measuring; either way the streak starts again.
    const breaker = complete[complete.length - 1 - streak];
    const firstStep =
      breaker === undefined || breaker.status === 'no-data'
        ? `Measure ${service}'s SLI in every period first`
        : 'Fix reliability first';
    return {
      ...base,
      takeover,
      verdict: 'not-eligible',
      reason: `SRE would not take it over yet: ${eligibility.reason}. Basis: ${figures}.`,
      advice: `${firstStep}: ${keepAsToday(from, false)} ${untilTakeover(policyName, policy, streak)}; then move it to ${to} (§12.5)`,
    };
  }
  if (rule === undefined) {
    return {
      ...notChecked(
        `policy ${policyName} sets no handback rule, so nothing in it hands ${service} back whatever the budget`,
        `Add a handback rule to policy ${policyName} before SRE takes ${service} on`,
      ),
      takeover,
    };
  }
  const recent = complete.slice(-rule.outOf);
  const depleted = recent.filter((p) => p.status === 'depleted');
  // Not handed back yet, but a budget spent now is a handback in the making: say how close.
  const spentNow = current?.status === 'depleted';
  const atRisk = depleted.length > 0 || spentNow;
  const left = rule.depletedPeriods - depleted.length;
  const needed = policy.takeover?.withinBudgetPeriods;
  const takenOver =
    eligibility === null || needed === undefined
      ? ''
      : `within budget for the last ${streak} complete period${streak === 1 ? '' : 's'} in a row, so policy ${policyName}'s takeover rule (${needed}) lets SRE take it over; `;
  return {
    ...base,
    takeover,
    verdict: 'ready',
    advice: atRisk
      ? `At risk: ${depleted.length} of the last ${recent.length} complete period${recent.length === 1 ? '' : 's'} depleted${spentNow ? `, and the current window's budget (${current?.period.label}) is spent: ${pct(current?.consumedShare ?? null)} used` : ''}; ${left} more depleted period${left === 1 ? '' : 's'} of ${rule.outOf} hand${left === 1 ? 's' : ''} it back under policy ${policyName}. Fix reliability first or ${keepAsToday(from, false)} until it is within budget (§12.5)`
      : null,
    reason: `${takenOver}its error budget policy keeps it with SRE on this evidence: depleted in ${depleted.length} of the last ${recent.length} complete period${recent.length === 1 ? '' : 's'}, policy ${policyName} hands it back after ${rule.depletedPeriods} of ${rule.outOf} (§12.5). Basis: ${figures}.`,
  };
}
