import { runChecks } from '../../engine/checks/run-checks.ts';
import {
  displayMoney,
  moneyFromMajor,
  moneyJson,
  multiplyMoney,
} from '../../engine/money/index.ts';
import { coveringRotations } from '../../engine/schedule/covering-rotations.ts';
import { formatInstant, type OnCallAnswer } from '../../engine/schedule/index.ts';
import {
  type TierBasis,
  tierOfService,
  tierThresholds,
} from '../../engine/spectrum/availability-tier.ts';
import { serviceRecommendations } from '../../engine/spectrum/recommend-services.ts';
import type { CompiledModel } from '../../model/index.ts';
import { zoneOf } from '../../report/schedule/schedule-json.ts';

/** Minutes in a budget window; a calendar month is counted as 30 days, said where shown. */
const WINDOW_MINUTES: Readonly<Record<string, number>> = {
  '28d': 28 * 24 * 60,
  '30d': 30 * 24 * 60,
  'calendar-month': 30 * 24 * 60,
};

/** Everything `describe service` says about one service, as data (its JSON). */
export interface ServiceDescription {
  readonly name: string;
  readonly owner: { readonly team: string; readonly organization: string | null };
  readonly domain: string | null;
  readonly runModel: string;
  readonly recommendation: {
    readonly runModel: string;
    readonly rotation: string;
    readonly reasons: readonly string[];
  };
  readonly sreTeam: string | null;
  /** The tier it is run by (`tierOfService`) and where it comes from. */
  readonly tier: string;
  readonly tierBasis: TierBasis;
  readonly availabilityTarget: number | null;
  readonly rotations: readonly {
    readonly name: string;
    readonly type: string;
    readonly coverage: string;
  }[];
  readonly onCall: {
    readonly at: string;
    readonly people: readonly {
      readonly rotation: string;
      readonly person: string;
      readonly until: string;
    }[];
    readonly offDuty: readonly string[];
  };
  readonly budget: {
    readonly policy: string | null;
    readonly window: string | null;
    /** Downtime the target allows per window, in minutes; null without a target. */
    readonly allowedMinutes: number | null;
  };
  readonly cost: {
    readonly revenuePerHour: { readonly amount: string; readonly currency: string } | null;
    /** What the allowed downtime costs in revenue per window, at revenuePerHour. */
    readonly allowedDowntimeRevenue: { readonly amount: string; readonly currency: string } | null;
  };
  readonly findings: readonly {
    readonly code: string;
    readonly severity: string;
    readonly message: string;
    readonly section: string;
  }[];
}

/** One service in one place: owner, run model and why, on call, budget, findings, cost. */
/** Where the tier comes from, beside it: a tier without a target holds until one is set. */
const TIER_FROM: Record<TierBasis, (d: ServiceDescription) => string> = {
  target: (d) => `${d.availabilityTarget} %`,
  demand: () => 'from demand: no availability target yet',
  default: () => 'the default: neither an availability target nor demand',
};

export function describeService(
  model: CompiledModel,
  name: string,
  onCall: OnCallAnswer | undefined,
  at: number,
): ServiceDescription | undefined {
  const service = model.services.get(name);
  if (!service) return undefined;
  const thresholds = tierThresholds(model);
  // The model's one set of recommendations (`model.derive`), the one `plan` and `check` read.
  const recommendation = serviceRecommendations(model).get(name);
  const owner = model.teams.get(service.spec.owner);
  const target = service.spec.availabilityTarget;
  const { tier, basis } = tierOfService(service, thresholds);
  const policy = service.spec.errorBudgetPolicy
    ? model.errorBudgetPolicies.get(service.spec.errorBudgetPolicy)
    : undefined;
  const window = policy?.spec.window ?? null;
  const allowedMinutes =
    target === undefined || window === null
      ? null
      : Math.round((1 - target / 100) * (WINDOW_MINUTES[window] ?? 0) * 10) / 10;
  const revenue = service.spec.revenuePerHour
    ? moneyFromMajor(service.spec.revenuePerHour.amount, service.spec.revenuePerHour.currency)
    : undefined;
  return {
    name,
    owner: { team: service.spec.owner, organization: owner?.spec.organization ?? null },
    domain: service.spec.domain ?? owner?.spec.domain ?? null,
    runModel: service.spec.runModel,
    recommendation: recommendation ?? {
      runModel: service.spec.runModel,
      rotation: 'team',
      reasons: [],
    },
    sreTeam: service.spec.sreTeam ?? null,
    tier,
    tierBasis: basis,
    availabilityTarget: target ?? null,
    rotations: coveringRotations(model, service).map((r) => ({
      name: r.name,
      type: r.spec.type,
      coverage: r.spec.coverage,
    })),
    onCall: {
      at: formatInstant(at),
      people: (onCall?.onCall ?? []).map((o) => ({
        rotation: o.rotation,
        person: o.person,
        until: formatInstant(o.until, zoneOf(model, o.rotation)),
      })),
      offDuty: onCall?.offDuty ?? [],
    },
    budget: { policy: policy?.name ?? null, window, allowedMinutes },
    cost: {
      revenuePerHour: revenue ? moneyJson(revenue) : null,
      allowedDowntimeRevenue:
        revenue && allowedMinutes !== null
          ? moneyJson(multiplyMoney(revenue, allowedMinutes / 60))
          : null,
    },
    findings: runChecks(model)
      .filter((f) => f.subject.kind === 'Service' && f.subject.name === name)
      .map((f) => ({ code: f.code, severity: f.severity, message: f.message, section: f.section })),
  };
}

/** The description as one screen of Markdown. */
export function describeServiceMarkdown(d: ServiceDescription): string {
  const money = (m: { amount: string; currency: string } | null) =>
    m === null ? '–' : displayMoney(moneyFromMajor(Number(m.amount), m.currency));
  const agreed = d.recommendation.runModel === d.runModel;
  const lines = [
    `# Service ${d.name}`,
    '',
    '| | |',
    '|---|---|',
    `| Owner | ${d.owner.team}${d.owner.organization ? ` (${d.owner.organization})` : ''} |`,
    `| Domain | ${d.domain ?? '–'} |`,
    `| Run model | ${d.runModel} |`,
    `| SRE team | ${d.sreTeam ?? '–'} |`,
    `| Tier | ${d.tier} (${TIER_FROM[d.tierBasis](d)}) |`,
    '',
    '## Run model and why',
    '',
    agreed
      ? `Recommended: **${d.recommendation.runModel}**, as agreed, with a ${d.recommendation.rotation} rotation.`
      : `Recommended: **${d.recommendation.runModel}** with a ${d.recommendation.rotation} rotation, not the agreed ${d.runModel}.`,
    '',
    ...d.recommendation.reasons.map((r) => `- ${r}`),
    '',
    `## On call at ${d.onCall.at}`,
    '',
  ];
  if (d.onCall.people.length === 0)
    lines.push('Nobody is on call for this service at this moment.');
  else {
    lines.push('| Order | Rotation | Person | Until |', '|---:|---|---|---|');
    d.onCall.people.forEach((p, i) => {
      lines.push(`| ${i + 1} | ${p.rotation} | ${p.person} | ${p.until} |`);
    });
  }
  const others = d.rotations.filter((r) => !d.onCall.people.some((p) => p.rotation === r.name));
  if (others.length > 0) {
    lines.push(
      '',
      `Also covered by: ${others.map((r) => `${r.name} (${r.type}, ${r.coverage})`).join(', ')}.`,
    );
  }
  lines.push('', '## Error budget', '');
  if (d.budget.allowedMinutes === null) {
    lines.push(
      d.budget.policy === null
        ? 'No error budget policy: nothing decides when SRE takes over or hands back (§12.5).'
        : `Policy ${d.budget.policy}; no availability target, so no budget to spend.`,
    );
  } else {
    lines.push(
      `Policy ${d.budget.policy}: ${d.budget.allowedMinutes} minutes of downtime per ${d.budget.window} window at ${d.availabilityTarget} %${d.budget.window === 'calendar-month' ? ' (a 30-day month)' : ''}.`,
    );
  }
  lines.push('', '## Cost', '');
  lines.push(
    d.cost.revenuePerHour === null
      ? 'No revenue per hour stated: the cost of downtime is unknown.'
      : `Revenue per hour: ${money(d.cost.revenuePerHour)}; the allowed downtime per window is ${money(d.cost.allowedDowntimeRevenue)} of revenue.`,
  );
  lines.push('', '## Findings', '');
  if (d.findings.length === 0) lines.push('No findings.');
  for (const f of d.findings)
    lines.push(`- **${f.severity}** \`${f.code}\`: ${f.message} (${f.section})`);
  return `${lines.join('\n')}\n`;
}
