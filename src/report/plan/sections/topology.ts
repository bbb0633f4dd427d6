import { TEAM_TOPOLOGIES } from '../../../engine/spectrum/team-topologies.ts';
import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { code, names, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

const ORGANIZATION_OF_OPTION = { 1: 'development', 2: 'operations', 3: 'sre' } as const;

/** §12.7: which option each model in use is implemented with. */
export const topologySection: PlanSection = {
  id: 'topology',
  render: (analysis) => {
    const { models, sreInfrastructure } = analysis.topology;
    if (models.length === 0) return undefined;
    const rows = models.flatMap((m) =>
      m.options.map((o) => {
        let meaning = 'Not stated: give the team a setup, or the service an SRE team.';
        if (o.option !== null && m.runModel === 'you-run-it') {
          meaning = TEAM_TOPOLOGIES.development['you-run-it'][o.option - 1] ?? meaning;
        } else if (o.option !== null) {
          meaning = TEAM_TOPOLOGIES[ORGANIZATION_OF_OPTION[o.option]][m.runModel][0] ?? meaning;
        }
        return [
          `${code(m.runModel)} (${text(RUN_MODEL_LABELS[m.runModel])})`,
          o.option === null ? '–' : `Option ${o.option}`,
          names(o.teams),
          String(o.services.length),
          text(meaning),
        ];
      }),
    );
    const infra =
      sreInfrastructure.length === 0
        ? 'No SRE infrastructure team is modelled.'
        : `SRE infrastructure is built by ${sreInfrastructure
            .map(
              (i) => `${code(i.team)} in the ${text(i.home)} organization ${code(i.organization)}`,
            )
            .join(', ')}.`;
    return section(
      'Team topology (§12.7)',
      'Each model can be implemented in up to three ways: in "you build it, you run it" by how a team staffs its on-call, in the SRE team models by the organization the SRE team sits in.',
      table(['Model', 'Option', 'Teams', 'Services', 'What the option means'], rows),
      infra,
    );
  },
};
