import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** An SRE team's reporting line: its manager reports to a head or manager shown on the map. */
export interface ReportingLine {
  /** The SRE team, as its card's `data-team`. */
  readonly team: string;
  readonly teamLabel: string;
  readonly manager: string;
  /** Whom the manager reports to: a head (`data-head`) or another team's manager (`data-manager`). */
  readonly to: string;
  readonly toLabel: string;
}

interface Drawn {
  readonly line: ReportingLine;
  readonly d: string;
}

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly drawn: readonly Drawn[];
  /** The lines whose ends were found, in words: what the drawing says, for screen readers. */
  readonly key: string;
}

const EMPTY: Layout = { width: 0, height: 0, drawn: [], key: '' };

/**
 * The reporting lines of the SRE teams drawn over the organization map (§12.3, §12.4.4: whether
 * SRE reports to its own head or into development shows at a glance): a curve from each SRE
 * team's card to the person its manager reports to. The map places the boxes, so the lines are
 * measured from the rendered page and measured again whenever its size changes. The drawing is
 * an image named by the lines it shows; each card also says it in words ("reports to").
 */
export function ReportingLines({
  container,
  lines,
  id,
}: {
  container: RefObject<HTMLElement | null>;
  lines: readonly ReportingLine[];
  id: string;
}) {
  const [layout, setLayout] = useState<Layout>(EMPTY);
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || lines.length === 0) {
      setLayout(EMPTY);
      return;
    }
    const measure = () => {
      const box = root.getBoundingClientRect();
      const drawn = lines.flatMap((line): Drawn[] => {
        const from = root.querySelector(`[data-team="${CSS.escape(line.team)}"]`);
        const to =
          root.querySelector(`[data-head="${CSS.escape(line.to)}"]`) ??
          root.querySelector(`[data-manager="${CSS.escape(line.to)}"]`);
        if (!from || !to) return [];
        const a = from.getBoundingClientRect();
        const b = to.getBoundingClientRect();
        const x1 = a.left - box.left + Math.min(a.width / 2, 48);
        const y1 = a.top - box.top;
        const x2 = b.left - box.left + b.width / 2;
        const below = b.top > a.bottom;
        const y2 = below ? b.top - box.top - 2 : b.bottom - box.top + 2;
        const bend = (y1 + y2) / 2;
        return [
          {
            line,
            d: `M${round(x1)} ${round(y1)} C${round(x1)} ${round(bend)} ${round(x2)} ${round(bend)} ${round(x2)} ${round(y2)}`,
          },
        ];
      });
      const next: Layout = {
        width: Math.ceil(box.width),
        height: Math.ceil(box.height),
        drawn,
        key: drawn.map((d) => d.d).join('|'),
      };
      setLayout((previous) =>
        previous.key === next.key &&
        previous.width === next.width &&
        previous.height === next.height
          ? previous
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [container, lines]);

  if (layout.drawn.length === 0) return null;
  const marker = `${id}-arrow`;
  const label = `Reporting lines: ${layout.drawn
    .map(({ line }) => `${line.teamLabel} (manager ${line.manager}) reports to ${line.toLabel}`)
    .join('; ')}`;
  return (
    <svg
      class="reporting-lines"
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path class="reporting-arrow" d="M0 0 L10 5 L0 10 z" />
        </marker>
      </defs>
      {layout.drawn.map(({ line, d }) => (
        <path
          key={line.team}
          class="reporting-line"
          d={d}
          data-from={line.team}
          data-to={line.to}
          marker-end={`url(#${marker})`}
        />
      ))}
    </svg>
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
