import { TEAM_TOPOLOGIES } from '../../../engine/spectrum/team-topologies.ts';
import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { type Block, type Inline, joined, mono, monoNames, para } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

const ORGANIZATION_OF_OPTION = { 1: 'development', 2: 'operations', 3: 'sre' } as const;

/** §12.7: which option each model in use is implemented with. */
export const topologySection = blockSection('topology', (analysis) => {
  const { models, sreInfrastructure } = analysis.topology;
  if (models.length === 0) return undefined;
  const rows = models.flatMap((m) =>
    m.options.map((o): Inline[] => {
      let meaning = 'Not stated: give the team a setup, or the service an SRE team.';
      if (o.option !== null && m.runModel === 'you-run-it') {
        meaning = TEAM_TOPOLOGIES.development['you-run-it'][o.option - 1] ?? meaning;
      } else if (o.option !== null) {
        meaning = TEAM_TOPOLOGIES[ORGANIZATION_OF_OPTION[o.option]][m.runModel][0] ?? meaning;
      }
      return [
        [mono(m.runModel), ` (${RUN_MODEL_LABELS[m.runModel]})`],
        o.option === null ? '–' : `Option ${o.option}`,
        monoNames(o.teams),
        String(o.services.length),
        meaning,
      ];
    }),
  );
  const infra: Block =
    sreInfrastructure.length === 0
      ? para('No SRE infrastructure team is modelled.')
      : {
          paragraph: [
            'SRE infrastructure is built by ',
            joined(
              sreInfrastructure.map(
                (i): Inline => [
                  mono(i.team),
                  ` in the ${i.home} organization `,
                  mono(i.organization),
                ],
              ),
              ', ',
            ),
            '.',
          ],
        };
  return {
    title: 'Team topology (§12.7)',
    why: 'Each model can be implemented in up to three ways: in "you build it, you run it" by how a team staffs its on-call, in the SRE team models by the organization the SRE team sits in.',
    blocks: [
      { headers: ['Model', 'Option', 'Teams', 'Services', 'What the option means'], rows },
      infra,
    ],
  };
});
