import { day, percent, when } from '../format.ts';
import { RUN_MODEL_SHORT, type RunModel } from '../run-models.ts';

export interface BurnDownPeriod {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly complete: boolean;
  readonly points: readonly { readonly at: string; readonly remaining: number | null }[];
}

export interface Handover {
  readonly id: number;
  readonly at: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export interface AlertMark {
  readonly id: number;
  readonly name: string;
  readonly startsAt: string;
}

const WIDTH = 800;
const HEIGHT = 260;
const LEFT = 52;
const RIGHT = 12;
const TOP = 30;
const BOTTOM = 30;

/** What the chart says in words: each period's end, and each change of who runs the service. */
export function burnDownSummary(
  periods: readonly BurnDownPeriod[],
  handovers: readonly Handover[],
): string {
  const parts = periods.map((p) => {
    const last = [...p.points].reverse().find((x) => x.remaining !== null)?.remaining ?? null;
    const left = last === null ? 'no data' : last < 0 ? 'overspent' : `${percent(last)} left`;
    return `${p.label}${p.complete ? '' : ' (current)'}: ${left}`;
  });
  const moves = handovers.map(
    (h) =>
      `${day(h.at)}: ${RUN_MODEL_SHORT[h.from as RunModel] ?? h.from} → ${RUN_MODEL_SHORT[h.to as RunModel] ?? h.to}`,
  );
  return [...parts, ...moves].join('; ');
}

/**
 * The error budget burn-down over the last periods (§12.5): the share of each period's budget
 * left as it is spent, zero marked, with the handovers (why SRE handed the service back, when it
 * came back) and the alerts drawn where they happened. Plain SVG: no chart library to load.
 */
export function BurnDownChart(props: {
  periods: readonly BurnDownPeriod[];
  handovers: readonly Handover[];
  alerts: readonly AlertMark[];
  title: string;
}) {
  const { periods, handovers, alerts, title } = props;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return null;
  const t0 = Date.parse(first.start);
  const t1 = Date.parse(last.end);
  const values = periods.flatMap((p) => p.points.map((x) => x.remaining ?? 1));
  // Overspending is drawn down to one whole budget below zero; further is clipped (and said).
  const low = Math.max(-1, Math.min(0, ...values));
  const x = (iso: string) => LEFT + ((Date.parse(iso) - t0) / (t1 - t0)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number) =>
    TOP + ((1 - Math.max(low, Math.min(1, v))) / (1 - low)) * (HEIGHT - TOP - BOTTOM);
  const inRange = (iso: string) => {
    const t = Date.parse(iso);
    return t >= t0 && t <= t1;
  };
  const ticks = low < 0 ? [1, 0.5, 0, low] : [1, 0.5, 0];

  return (
    <svg
      class="burn-down"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="burn-title burn-desc"
    >
      <title id="burn-title">{title}</title>
      <desc id="burn-desc">{burnDownSummary(periods, handovers)}</desc>
      {ticks.map((v) => (
        <g key={v} class={v === 0 ? 'axis zero' : 'axis'}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} />
          <text x={LEFT - 6} y={y(v) + 4} text-anchor="end">
            {v === low && low < 0 ? `${percent(v)}↓` : percent(v)}
          </text>
        </g>
      ))}
      {periods.map((p) => (
        <g key={p.label} class="period">
          <line class="boundary" x1={x(p.start)} x2={x(p.start)} y1={TOP} y2={HEIGHT - BOTTOM} />
          <text x={(x(p.start) + x(p.end)) / 2} y={HEIGHT - 10} text-anchor="middle">
            {day(p.start)}
            {p.complete ? '' : ' (now)'}
          </text>
          <path class="line" d={pathOf(p, x, y)} />
        </g>
      ))}
      {alerts
        .filter((a) => inRange(a.startsAt))
        .map((a) => (
          <g key={`alert-${a.id}`} class="alert-mark">
            <title>{`${a.name} fired ${when(a.startsAt)}`}</title>
            <path d={`M${x(a.startsAt)},${TOP - 2} l-5,-8 h10 z`} />
          </g>
        ))}
      {handovers
        .filter((h) => inRange(h.at))
        .map((h) => (
          <g key={`handover-${h.id}`} class={`handover-mark to-${h.to}`} data-handover={h.to}>
            <title>{`${when(h.at)}: ${h.reason}`}</title>
            <line x1={x(h.at)} x2={x(h.at)} y1={TOP - 14} y2={HEIGHT - BOTTOM} />
            <text x={x(h.at) + 4} y={TOP - 16}>
              {`→ ${RUN_MODEL_SHORT[h.to as RunModel] ?? h.to}`}
            </text>
          </g>
        ))}
    </svg>
  );
}

function pathOf(p: BurnDownPeriod, x: (iso: string) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (const point of p.points) {
    if (point.remaining === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(point.at).toFixed(1)},${y(point.remaining).toFixed(1)}`;
    pen = true;
  }
  return d;
}
