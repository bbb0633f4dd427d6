import { POSITIONING_TABLE } from '../../../engine/spectrum/positioning.ts';
import { mono, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/** §12.8.4: how each SRE organization is positioned. */
export const positioningSection = blockSection('positioning', (analysis) => {
  if (analysis.positioning.length === 0) return undefined;
  return {
    title: 'Positioning of SRE (§12.8.4)',
    why: 'How the business sees SRE decides its budget: a cost center is squeezed every year, while an asset, a partner or an enabler can grow with what it earns or protects.',
    blocks: [
      {
        headers: ['SRE organization', 'Type', 'Focus', 'Strategy', 'What it means'],
        rows: analysis.positioning.map((p) => [
          mono(p.organization),
          p.positioning === null ? strong('not stated') : POSITIONING_TABLE[p.positioning].label,
          p.focus === null ? '–' : p.focus,
          p.strategy === null ? '–' : p.strategy,
          p.advice,
        ]),
      },
    ],
  };
});
