import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { budgetPercent } from '../plan/sections/error-budgets.ts';
import { CHART_CONFIG, type PlanChart } from './plan-chart.ts';

/** Bars stop here so one burnt-out service does not flatten the others; the text says how far. */
const MAX_PERCENT = 200;
/** More bars than this do not read: the chart shows the services with the most budget used. */
const MAX_SERVICES = 40;

const WITHIN = 'within budget';
const services = (n: number) => `${n} ${n === 1 ? 'service' : 'services'}`;
const DEPLETED = 'depleted';

/**
 * Error budget status per service (§12.5): the share of its error budget each service with SLI
 * samples has used in its current window, against the whole budget. Absent without SLI data
 * (the section says so) or when no service has samples.
 */
export function errorBudgetChart(doc: PlanDocument): PlanChart | undefined {
  const e = doc.errorBudgets;
  if (!e.given) return undefined;
  const measured = e.services
    .flatMap((s) =>
      s.consumedShare === null || (s.status !== 'within' && s.status !== 'depleted')
        ? []
        : [{ s, share: s.consumedShare }],
    )
    .sort((a, b) => b.share - a.share || a.s.name.localeCompare(b.s.name));
  if (measured.length === 0) return undefined;
  const shown = measured.slice(0, MAX_SERVICES);
  const depleted = measured.filter((m) => m.s.status === 'depleted');
  const unmeasured = e.services.filter((s) => !measured.some((m) => m.s === s));
  const handedBack = e.services.filter((s) => s.currentRunModel !== s.agreedRunModel);
  const values = shown.map(({ s, share }) => ({
    service: s.name,
    used: Math.round(share * 1000) / 10,
    status: s.status === 'depleted' ? DEPLETED : WITHIN,
    window: s.period ?? s.window,
    runBy: s.currentRunModel,
  }));
  const title = 'Error budget used per service';
  const highest = Math.max(...values.map((v) => v.used));
  return {
    id: 'error-budgets',
    title,
    description: [
      `As of ${e.asOf}, ${services(measured.length)} with SLI samples: ${depleted.length} of them used more than the whole error budget of the current window.`,
      `Most used: ${shown
        .slice(0, 5)
        .map(({ s, share }) => `${s.name} ${budgetPercent(share)}`)
        .join(', ')}.`,
      unmeasured.length > 0
        ? `Not drawn: ${services(unmeasured.length)} without samples or an availability target.`
        : '',
      handedBack.length > 0
        ? `Run by someone else than agreed now: ${handedBack.map((s) => `${s.name} (${s.currentRunModel})`).join(', ')}.`
        : '',
      highest > MAX_PERCENT ? `Bars stop at ${MAX_PERCENT} %.` : '',
      measured.length > shown.length
        ? `The chart shows the ${shown.length} services that used the most.`
        : '',
    ]
      .filter((t) => t !== '')
      .join(' '),
    section: 'error-budgets',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 420,
      height: { step: 16 },
      config: CHART_CONFIG,
      data: { values },
      layer: [
        {
          mark: { type: 'bar', tooltip: true },
          encoding: {
            y: {
              field: 'service',
              type: 'nominal',
              title: null,
              sort: values.map((v) => v.service),
            },
            x: {
              field: 'used',
              type: 'quantitative',
              title: 'Error budget used in the current window (%)',
              scale: { domain: [0, Math.min(MAX_PERCENT, Math.max(100, highest))], clamp: true },
            },
            color: {
              field: 'status',
              type: 'nominal',
              title: null,
              scale: { domain: [WITHIN, DEPLETED], range: ['#4e79a7', '#e15759'] },
            },
          },
        },
        {
          mark: { type: 'rule', color: '#e15759', strokeDash: [4, 3], aria: false },
          encoding: { x: { datum: 100 } },
        },
      ],
    },
  };
}
