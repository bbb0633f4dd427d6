import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { interimUntil } from '../../../engine/spectrum/interim-until.ts';
import { type Inline, mono, monoNames, para, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';
import { targetCell } from '../target-cell.ts';

type ServicePlan = PlanDocument['services'][number];

/** §12.2.2, §12.5, §12.6, §12.8.1: the recommendation for each service, with its reasons. */
export const servicesSection = blockSection('services', (analysis) => {
  if (analysis.services.length === 0) return undefined;
  const changes = analysis.services.filter((s) => s.recommendation.runModel !== s.runModel);
  return {
    title: 'Recommendation per service (§12.2.2, §12.5, §12.6)',
    why: 'High targets get a team rotation, medium ones a cheaper domain rotation, and only low targets with low demand may be run by operations; SRE shares on-call where it has an SRE for the team, and runs a service alone only under an error budget policy.',
    blocks: [
      {
        headers: [
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
        rows: analysis.services.map(row),
      },
      para(
        changes.length === 0
          ? 'Every service keeps its run model.'
          : [
              `${changes.length} service(s) would change model: `,
              monoNames(changes.map((s) => s.name)),
              '.',
            ],
      ),
    ],
  };
});

function row(s: ServicePlan): Inline[] {
  const target = targetCell(s);
  const changed = s.recommendation.runModel !== s.runModel;
  const { interim, until } = s.recommendation;
  const model = mono(s.recommendation.runModel);
  return [
    mono(s.name),
    mono(s.owner),
    target,
    s.demand ?? '–',
    mono(s.runModel),
    s.rotations.length === 0
      ? strong('none')
      : s.rotations.flatMap((r, i) => [i === 0 ? '' : ', ', mono(r.name), ` (${r.type})`]),
    [
      changed ? strong(model) : model,
      interim === null || until === null
        ? ''
        : [', ', mono(interim), ` until ${interimUntil(until)}`],
    ],
    s.recommendation.rotation,
    s.recommendation.reasons.join(' '),
  ];
}
