import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';

type ServicePlan = PlanDocument['services'][number];

import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.2.2, §12.5, §12.6, §12.8.1: the recommendation for each service, with its reasons. */
export const servicesSection: PlanSection = {
  id: 'services',
  render: (analysis) => {
    if (analysis.services.length === 0) return undefined;
    const changes = analysis.services.filter((s) => s.recommendation.runModel !== s.runModel);
    return section(
      'Recommendation per service (§12.2.2, §12.5, §12.6)',
      'High targets get a team rotation, medium ones a cheaper domain rotation, and only low targets with low demand may be run by operations; SRE shares on-call where it has an SRE for the team, and runs a service alone only under an error budget policy.',
      table(
        [
          'Service',
          'Owner',
          'Target',
          'Demand',
          'Runs today',
          'On call today',
          'Recommended',
          'Rotation',
          'Why',
        ],
        analysis.services.map(row),
      ),
      changes.length === 0
        ? 'Every service keeps its run model.'
        : `${changes.length} service(s) would change model: ${changes.map((s) => code(s.name)).join(', ')}.`,
    );
  },
};

function row(s: ServicePlan): string[] {
  const target =
    s.availabilityTarget === null ? '–' : `${s.availabilityTarget}% (${s.tier ?? '–'})`;
  const changed = s.recommendation.runModel !== s.runModel;
  const interim = s.recommendation.interim;
  const recommended = `${changed ? `**${code(s.recommendation.runModel)}**` : code(s.recommendation.runModel)}${interim === null ? '' : `, ${code(interim)} until its team's SRE joins`}`;
  return [
    code(s.name),
    code(s.owner),
    target,
    s.demand ?? '–',
    code(s.runModel),
    s.rotations.length === 0
      ? '**none**'
      : s.rotations.map((r) => `${code(r.name)} (${r.type})`).join(', '),
    recommended,
    s.recommendation.rotation,
    s.recommendation.reasons.map(text).join(' '),
  ];
}
