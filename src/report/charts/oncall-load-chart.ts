import { plural } from '../../engine/change/plural.ts';
import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { MAX_ON_CALL_HOURS_PER_WEEK } from '../../engine/staffing/index.ts';
import { CHART_CONFIG, type PlanChart } from './plan-chart.ts';

/** The most a person should be on call, a quarter of a 168-hour week (§12.6): staffing's line. */
const LIMIT_HOURS = MAX_ON_CALL_HOURS_PER_WEEK;
/** More bars than this do not read: the chart shows the most loaded people. */
const MAX_PEOPLE = 40;

/** On-call hours a week per person over all their rotations, against the quarter limit. */
export function onCallLoadChart(doc: PlanDocument): PlanChart | undefined {
  if (doc.onCallLoad.length === 0) return undefined;
  const sorted = [...doc.onCallLoad].sort(
    (a, b) => b.hoursPerWeek - a.hoursPerWeek || a.person.localeCompare(b.person),
  );
  const shown = sorted.slice(0, MAX_PEOPLE);
  const over = sorted.filter((l) => l.hoursPerWeek > LIMIT_HOURS);
  const title = 'On-call hours a week per person';
  const values = shown.map((l) => ({
    person: l.person,
    hoursPerWeek: l.hoursPerWeek,
    load: l.hoursPerWeek > LIMIT_HOURS ? 'over a quarter of their time' : 'within the limit',
  }));
  return {
    id: 'oncall-load',
    title,
    description: `${plural(doc.onCallLoad.length, 'person')} ${doc.onCallLoad.length === 1 ? 'is' : 'are'} on call; ${over.length} of them more than ${LIMIT_HOURS} hours a week (a quarter of their time). Most loaded: ${shown
      .slice(0, 5)
      .map((l) => `${l.person} ${l.hoursPerWeek} h`)
      .join(
        ', ',
      )}.${sorted.length > shown.length ? ` The chart shows the ${shown.length} most loaded.` : ''}`,
    section: 'oncall-load',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 420,
      height: { step: 14 },
      config: CHART_CONFIG,
      data: { values },
      layer: [
        {
          mark: { type: 'bar', tooltip: true },
          encoding: {
            y: { field: 'person', type: 'nominal', title: null, sort: shown.map((l) => l.person) },
            x: { field: 'hoursPerWeek', type: 'quantitative', title: 'Hours a week' },
            color: {
              field: 'load',
              type: 'nominal',
              title: null,
              scale: {
                domain: ['within the limit', 'over a quarter of their time'],
                range: ['#4e79a7', '#e15759'],
              },
            },
          },
        },
        {
          mark: { type: 'rule', color: '#e15759', strokeDash: [4, 3], aria: false },
          encoding: { x: { datum: LIMIT_HOURS } },
        },
      ],
    },
  };
}
