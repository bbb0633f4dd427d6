import {
  isSreTeamInNameOnly,
  type CompiledModel as Model,
  type Organization,
  organizationTree,
} from '../../../model/index.ts';
import type { AnnualCostTable } from '../../funding/index.ts';
import { moneyFromMajor, moneyJson, zero } from '../../money/index.ts';
import type { SpectrumAnalysis } from '../../spectrum/analyze-spectrum.ts';
import { newDirector } from '../../spectrum/new-director.ts';
import { type ComparedHome, PLACEMENT_TABLE } from '../../spectrum/placement-table.ts';
import { type SreHomeScore, sreHome, sreTeamPeople } from '../../spectrum/sre-home.ts';
import { sreTeamHome } from '../../spectrum/sre-team-home.ts';
import type { Staffing } from '../../staffing/index.ts';
import { placementLimits } from './placement-limits.ts';
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
 * and the one recommended, with why. The recommendation is `sreHome`'s, the rule the hiring list
 * and the funding follow too: the head count shown for each home is today's, the hires and the
 * SRE team people who would move in, which is what funding plans for the recommended one.
 */
export function placementOptions(input: PlacementOptionsInput): PlacementOptions {
  const { model, analysis, staffing, currency, annualCost } = input;
  const choice = sreHome(model);
  // An SRE team in name only moves to no home (§12.4.6, §12.9.4): its people are not SREs and
  // stay where they are, so no option counts them.
  const teams = model.index
    .teamsOfType('sre')
    .filter((t) => !isSreTeamInNameOnly(model, t))
    .map((t) => ({
      organization: t.spec.organization,
      home: sreTeamHome(model, t),
      people: sreTeamPeople(model, t).length,
    }));
  const sreTeamPeopleCount = teams.reduce((n, t) => n + t.people, 0);
  const hires = staffing.hiring.reduce((n, h) => n + h.count, 0);
  const sres = sreTeamPeopleCount + hires;
  // The SRE organizations whose head heads an organization above them too (`newDirector`).
  const headsAbove = new Set(
    newDirector(model)
      .organizations.filter((o) => o.head !== undefined && o.headHeads !== undefined)
      .map((o) => o.organization),
  );
  const options = choice.homes.map((weighed): Option => {
    const { home, organization: org, head: headName } = weighed;
    const row = PLACEMENT_TABLE[home];
    const funding = org ? staffing.funding.find((f) => f.organization === org.name) : undefined;
    // Today's head count, the hires, its open positions funded as themselves and the SRE team
    // people who would move in: what funding plans for the recommended home, and what it would
    // plan for the others.
    const tree = org ? organizationTree(model, org) : new Set<string>();
    // Only SRE teams of another home move in (`sreHome`'s moves): an SRE team that sits in
    // another organization of this home stays there. streaming-media's three product lines
    // each have their SRE team; counting two of them into the third said 31 people against its
    // limit of 22.
    const movingIn = teams
      .filter((t) => t.home !== home && !tree.has(t.organization))
      .reduce((n, t) => n + t.people, 0);
    const organizationAfter = funding
      ? funding.current.headcount + hires + funding.openPositions.length + movingIn
      : null;
    const limit = funding?.headcountLimit ?? org?.spec.headcountLimit;
    const risks = [...weighed.risks];
    if (home === 'sre') {
      const positioning = analysis.positioning.find(
        (p) => p.organization === org?.name,
      )?.positioning;
      if (positioning === 'cost-center')
        risks.push('Positioned as a cost center: its budget will be cut every year (§12.8.4).');
    }
    const fits =
      organizationAfter === null || limit === undefined ? null : organizationAfter <= limit;
    if (fits === false)
      risks.push(
        `${organizationAfter} people against a head count limit of ${limit} in ${org?.name} (§12.4.6).`,
      );
    const extra = weighed.needsDirector
      ? moneyFromMajor(annualCost.roles.manager ?? annualCost.roles.default, currency)
      : zero(currency);
    return {
      home,
      label: LABELS[home],
      current: weighed.current,
      recommended: home === choice.recommended,
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
      // Said from the organization, never from the extra cost: startup has no SRE organization,
      // and its option read "yes, in place" beside "no such organization yet".
      // A head who heads the organization above too (telecom-carrier's CTO) is no director or VP
      // of SRE's own: the plan's director decision asks whether SRE gets one (§12.8.2), and the
      // table read "yes, in place" beside it.
      director:
        home !== 'sre'
          ? 'not-needed'
          : weighed.needsDirector
            ? 'to-hire'
            : headName && org && headsAbove.has(org.name)
              ? 'head-above'
              : headName
                ? 'in-place'
                : 'head-unnamed',
      extraCostPerYear: moneyJson(extra),
      identity: `${row.identityAndPride}: ${row.pride}`,
      identityTriangle: { ...row.identityTriangle },
      risks,
      reasons: [...weighed.reasons],
    };
  });
  const best = choice.homes.find((h) => h.home === choice.recommended) as SreHomeScore;
  const limits = placementLimits(options);
  const why = [
    ...best.reasons.filter((r) => !r.startsWith('KPIs')),
    ...(limits ? [limits] : []),
  ].join(' ');
  return {
    current: choice.current ?? null,
    recommended: choice.recommended,
    why,
    options,
  };
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
