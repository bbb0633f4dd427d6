import { code, names, section, table } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/**
 * §12.4.1: how far each SRE team's SREs stretch over the dev teams it shares on-call with; SRE
 * teams that run services alone (§12.5) apart, since their SREs are on their own rotations.
 */
export const sreCapacitySection: PlanSection = {
  id: 'sre-capacity',
  render: (analysis) => {
    const { capacities, runningAlone } = analysis;
    if (capacities.length === 0 && runningAlone.length === 0) return undefined;
    const shared =
      capacities.length === 0
        ? ''
        : table(
            [
              'SRE team',
              'SREs',
              'Supported dev teams',
              'With an SRE',
              'Falling back to you-run-it',
              'Spare SREs',
            ],
            capacities.map((c) => [
              code(c.team),
              String(c.sres.length),
              String(c.supported.length),
              names(c.covered),
              c.fallback.length === 0 ? '–' : `**${names(c.fallback)}**`,
              String(c.spare),
            ]),
          );
    const alone =
      runningAlone.length === 0
        ? ''
        : [
            'SRE teams running services alone (`sre-runs-it`, §12.5) share no on-call: their capacity is their rotations, not spare SREs.',
            table(
              ['SRE team', 'SREs', 'Dev teams', 'Services run alone', 'Rotations'],
              runningAlone.map((r) => [
                code(r.team),
                String(r.sres.length),
                names(r.teams),
                names(r.services),
                names(r.rotations),
              ]),
            ),
          ].join('\n\n');
    return section(
      'Shared on-call capacity (§12.4.1)',
      'Each SRE shares the on-call of one development team (`you-and-sre-run-it`, §12.4); teams beyond the number of SREs fall back to running their services alone, so SRE teams must grow with the development teams.',
      shared,
      alone,
    );
  },
};
