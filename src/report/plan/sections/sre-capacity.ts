import { code, names, section, table } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.4.1: how far each SRE team's SREs stretch over the dev teams it supports. */
export const sreCapacitySection: PlanSection = {
  id: 'sre-capacity',
  render: (_model, analysis) => {
    if (analysis.capacities.length === 0) return undefined;
    return section(
      'Shared on-call capacity (§12.4.1)',
      'Each SRE shares the on-call of one development team; teams beyond the number of SREs fall back to running their services alone, so SRE teams must grow with the development teams.',
      table(
        [
          'SRE team',
          'SREs',
          'Supported dev teams',
          'With an SRE',
          'Falling back to you-run-it',
          'Spare SREs',
        ],
        analysis.capacities.map((c) => [
          code(c.team),
          String(c.sres.length),
          String(c.supported.length),
          names(c.covered),
          c.fallback.length === 0 ? '–' : `**${names(c.fallback)}**`,
          String(c.spare),
        ]),
      ),
    );
  },
};
