import {
  isSreRunModel,
  type CompiledModel as Model,
  type Organization,
} from '../../../model/index.ts';
import type { AnnualCostTable, OrganizationFunding } from '../../funding/index.ts';
import { moneyFromMajor, moneyJson, zero } from '../../money/index.ts';
import type { SpectrumAnalysis } from '../../spectrum/analyze-spectrum.ts';
import {
  type ComparedHome,
  PLACEMENT_TABLE,
  SRE_TEAM_HOMES,
} from '../../spectrum/placement-table.ts';
import type { Staffing } from '../../staffing/index.ts';
import type { PlacementOptions } from './plan-document-schema.ts';

type Option = PlacementOptions['options'][number];

const LABELS: Readonly<Record<ComparedHome, string>> = {
  development: 'SRE in the development organization',
  operations: 'SRE in the operations organization',
  sre: 'A dedicated SRE organization',
};

export interface PlacementOptionsInput {
  readonly model: Model;
  readonly analysis: SpectrumAnalysis;
  readonly staffing: Staffing;
  readonly currency: string;
  readonly annualCost: AnnualCostTable;
}

/**
 * Where SRE should sit, the hard-to-change half of the decision (§12.8.2): the three homes of
 * §12.4.4–§12.4.8 and §12.7 side by side for this organization — reporting line, who holds the
 * head count and budget, KPI roots, chargeback, a new director, extra cost, identity and risks —
 * and the one recommended, with why. The rules weigh: the home SRE has today (moving it is
 * what §12.8.2 says is hard to correct), how many SRE teams the organization needs (more than
 * two outgrow a development organization, §12.4.1), SRE running services alone or offering
 * services (a dedicated organization is their hub, §12.4.3), a new director (§12.8.2) and KPIs
 * rooted in incidents (criticized, §12.4.8).
 */
export function placementOptions(input: PlacementOptionsInput): PlacementOptions {
  const { model, analysis, staffing, currency, annualCost } = input;
  const homes = analysis.placements.map((p) => p.home);
  const current = mostCommonHome(homes);
  const sreTeamPeople = analysis.placements.reduce((n, p) => n + p.teamHeadCount, 0);
  const hires = staffing.hiring.reduce((n, h) => n + h.count, 0);
  const teamsNeeded = staffing.sreTeams.needed;
  const runsAlone =
    model.services.size > 0 &&
    [...model.services.values()].some((s) => s.spec.runModel === 'sre-runs-it');
  const offers = model.offerings.size > 0;
  const sreInTarget = analysis.services.some((s) => isSreRunModel(s.recommendation.runModel));
  const options = SRE_TEAM_HOMES.map((home): Option & { score: number } => {
    const org = firstOfType(model, home);
    const row = PLACEMENT_TABLE[home];
    const funding = org ? staffing.funding.find((f) => f.organization === org.name) : undefined;
    const isCurrent = current === home;
    const sres = sreTeamPeople + hires;
    const organizationAfter = afterMove({ funding, isCurrent, sres, sreTeamPeople });
    const limit = funding?.headcountLimit ?? org?.spec.headcountLimit;
    const head = org?.spec.head ? model.people.get(org.spec.head) : undefined;
    const headName = head
      ? (head.spec.displayName ?? head.metadata.displayName ?? head.name)
      : undefined;
    const reasons: string[] = [];
    const risks: string[] = [];
    let score = 0;
    if (isCurrent) {
      score += 2;
      reasons.push(
        'SRE sits here today: where SRE sits is the decision §12.8.2 calls hard to correct, so moving it needs a reason (§12.8.2).',
      );
    }
    const needsDirector = home === 'sre' && sreInTarget && !headName;
    if (home === 'development') {
      if (teamsNeeded > 2) {
        score -= 2;
        reasons.push(
          `The organization needs ${teamsNeeded} SRE teams: with more than two, a development organization should ask whether it is the right home (§12.4.1).`,
        );
        risks.push('More SRE teams than a development organization should host (§12.4.1).');
      } else {
        score += 1;
        reasons.push(
          `${teamsNeeded} SRE team${teamsNeeded === 1 ? '' : 's'} needed: a development organization can host up to two (§12.4.1).`,
        );
      }
      score += 1;
      reasons.push('No new director or VP, and SRE goals stay product-centric (§12.4.5, §12.8.2).');
      risks.push(
        'SRE priorities set by product goals: reliability competes with features in one line (§12.7.1).',
      );
    }
    if (home === 'operations') {
      score -= 1;
      reasons.push(
        'KPIs rooted in incidents (MTTR, incident counts), which the chapter warns do not show the user experience (§12.4.8).',
      );
      risks.push('Operations engineers re-titled as SREs without development skills (§12.4.6).');
      risks.push('KPIs rooted in incidents, not in error budgets (§12.4.8).');
    }
    if (home === 'sre') {
      if (teamsNeeded > 2) {
        score += 1;
        reasons.push(
          `${teamsNeeded} SRE teams needed: a dedicated SRE organization scales them without crowding a development organization (§12.4.1).`,
        );
      }
      if (runsAlone || offers) {
        score += 1;
        reasons.push(
          `${runsAlone ? 'SRE runs services alone' : 'SRE offers services'}: a dedicated SRE organization is the hub for infrastructure, practices and offerings (§12.4.3).`,
        );
      }
      if (needsDirector) {
        score -= 1;
        reasons.push('Needs a new director or VP, who is not named yet (§12.8.2).');
        risks.push(
          'A new director or VP to hire, and whom they report to is still open (§12.8.2, §12.8.3).',
        );
      }
      const positioning = analysis.positioning.find(
        (p) => p.organization === org?.name,
      )?.positioning;
      if (positioning === 'cost-center')
        risks.push('Positioned as a cost center: its budget will be cut every year (§12.8.4).');
    }
    if (!sreInTarget && home !== 'development') {
      score -= 1;
      reasons.push(
        'The target runs no service with an SRE team: a separate home for SRE has little to do yet (§12.4).',
      );
    }
    const fits =
      organizationAfter === null || limit === undefined ? null : organizationAfter <= limit;
    if (fits === false)
      risks.push(
        `${organizationAfter} people against a head count limit of ${limit} in ${org?.name} (§12.4.6).`,
      );
    const extra = needsDirector
      ? moneyFromMajor(annualCost.roles.manager ?? annualCost.roles.default, currency)
      : zero(currency);
    return {
      home,
      label: LABELS[home],
      current: isCurrent,
      recommended: false,
      organization: org?.name ?? null,
      reportingLine: `${row.reportingLine}${headName ? ` (here: ${headName})` : org ? ' (no head named)' : ' (no such organization yet)'}`,
      headCountAndBudget: `${row.headCount}; ${row.budget}`,
      headcount: {
        sres,
        organizationAfter,
        limit: limit ?? null,
        fits,
      },
      kpiRoot: row.kpiRoot,
      exampleKpis: [...row.exampleKpis],
      chargeback: chargebackFlow(model, home, org),
      newDirector: home === 'sre',
      extraCostPerYear: moneyJson(extra),
      identity: `${row.identityAndPride}: ${row.pride}`,
      identityTriangle: { ...row.identityTriangle },
      risks,
      reasons,
      score,
    };
  });
  const order: readonly ComparedHome[] = current
    ? [current, 'sre', 'development', 'operations']
    : ['development', 'sre', 'operations'];
  const best = [...options].sort(
    (a, b) => b.score - a.score || order.indexOf(a.home) - order.indexOf(b.home),
  )[0] as Option & { score: number };
  const why = best.reasons.filter((r) => !r.startsWith('KPIs')).join(' ');
  return {
    current: current ?? null,
    recommended: best.home,
    why,
    options: options.map(({ score: _score, ...o }) => ({
      ...o,
      recommended: o.home === best.home,
    })),
  };
}

function mostCommonHome(homes: readonly string[]): ComparedHome | undefined {
  const counts = new Map<ComparedHome, number>();
  for (const h of homes) {
    if (h === 'development' || h === 'operations' || h === 'sre')
      counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function firstOfType(model: Model, type: ComparedHome): Organization | undefined {
  for (const org of model.organizations.values()) if (org.spec.type === type) return org;
  return undefined;
}

function afterMove(options: {
  readonly funding: OrganizationFunding | undefined;
  readonly isCurrent: boolean;
  readonly sres: number;
  readonly sreTeamPeople: number;
}): number | null {
  const { funding, isCurrent, sres } = options;
  if (!funding) return null;
  // Where SRE sits today the planned head count already holds the SRE teams and the hires.
  return isCurrent ? funding.planned.headcount : funding.current.headcount + sres;
}

function chargebackFlow(model: Model, home: ComparedHome, org: Organization | undefined): string {
  const priced = org
    ? [...model.transferPrices.values()].filter((t) => t.spec.provider === org.name)
    : [];
  const existing =
    priced.length > 0
      ? ` Here: ${priced.map((t) => `${t.name} (${t.spec.hourlyRate} ${t.spec.currency ?? ''}/h to ${t.spec.consumer})`.replace(' /h', '/h')).join(', ')}.`
      : '';
  switch (home) {
    case 'development':
      return 'None: SRE cost is booked in the development organization’s cost center like any team (§12.4.7).';
    case 'operations':
      return `Operations charges development for SRE support hours at a negotiated transfer price, possibly with an SRE infrastructure contribution (§12.4.7).${existing}`;
    case 'sre':
      return `The SRE organization keeps the cost, or charges development at a transfer price, or prices each offering (§12.4.7).${existing}`;
  }
}
