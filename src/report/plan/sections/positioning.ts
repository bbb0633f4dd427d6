import { POSITIONING_TABLE } from '../../../engine/spectrum/positioning.ts';
import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.8.4: how each SRE organization is positioned. */
export const positioningSection: PlanSection = {
  id: 'positioning',
  render: (analysis) => {
    if (analysis.positioning.length === 0) return undefined;
    return section(
      'Positioning of SRE (§12.8.4)',
      'How the business sees SRE decides its budget: a cost center is squeezed every year, while an asset, a partner or an enabler can grow with what it earns or protects.',
      table(
        ['SRE organization', 'Type', 'Focus', 'Strategy', 'What it means'],
        analysis.positioning.map((p) => [
          code(p.organization),
          p.positioning === null ? '**not stated**' : text(POSITIONING_TABLE[p.positioning].label),
          p.focus === null ? '–' : text(p.focus),
          p.strategy === null ? '–' : text(p.strategy),
          text(p.advice),
        ]),
      ),
    );
  },
};
