import type { TopLevelSpec } from 'vega-lite';
import type { PlanSectionId } from '../../engine/plan/document/section-ids.ts';

/**
 * A chart of the plan: a Vega-Lite spec built from the plan document, with the title and the
 * text alternative a reader without the picture gets (the SVG's `<title>` and `<desc>`). The
 * HTML and PDF render it to static SVG; the web console can feed the same spec to vega-embed.
 */
export interface PlanChart {
  /** Stable id, unique in a document: the figure's anchor is `chart-<id>`. */
  readonly id: string;
  readonly title: string;
  /** The figures of the chart in words: what a screen reader says, what a printout keeps. */
  readonly description: string;
  /** The section the chart illustrates. */
  readonly section: PlanSectionId;
  readonly spec: TopLevelSpec;
}

/** Shared look: fonts a browser has, no chart border, readable labels. */
export const CHART_CONFIG = {
  font: 'system-ui, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 360, orient: 'bottom' },
  title: { fontSize: 13, anchor: 'start' },
} as const;

/** The colours of the run models, the same in every chart (colour-blind safe, Tableau 10). */
const RUN_MODEL_COLOR: Readonly<Record<string, string>> = {
  'you-run-it': '#4e79a7',
  'you-and-sre-run-it': '#59a14f',
  'sre-runs-it': '#f28e2b',
  'ops-runs-it': '#e15759',
  unorganized: '#bab0ac',
};

/** A colour scale for the run models present, in the order of the spectrum. */
export function runModelScale(present: readonly string[]): { domain: string[]; range: string[] } {
  const domain = Object.keys(RUN_MODEL_COLOR).filter((m) => present.includes(m));
  return { domain, range: domain.map((m) => RUN_MODEL_COLOR[m] ?? '#999') };
}

/** "3 you-run-it, 2 sre-runs-it" from counts by run model. */
export function countsText(counts: Partial<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([k, n]) => `${n} ${k}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}
