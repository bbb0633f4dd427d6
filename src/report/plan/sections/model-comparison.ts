import { RUN_MODEL_LABELS, SPECTRUM_MODELS } from '../../../model/index.ts';
import { names, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.2.4, §12.2.5: the chapter's verdicts next to this organization's facts. */
export const modelComparisonSection: PlanSection = {
  id: 'model-comparison',
  render: (analysis) => {
    const { criteria, facts } = analysis.comparison;
    const headers = [
      'Criterion',
      ...SPECTRUM_MODELS.map((m) => text(capitalize(RUN_MODEL_LABELS[m]))),
    ];
    const chapterRows = criteria.map((c) => [
      text(c.label),
      ...SPECTRUM_MODELS.map((m) => text(c.verdicts[m])),
    ]);
    const factRows = [
      ['**Here: services**', ...SPECTRUM_MODELS.map((m) => String(facts[m].services.length))],
      ['**Here: owner teams**', ...SPECTRUM_MODELS.map((m) => String(facts[m].teams.length))],
      [
        '**Here: highest targets or demand**',
        ...SPECTRUM_MODELS.map((m) => names(facts[m].highTargetsOrDemand)),
      ],
      [
        '**Here: highest target**',
        ...SPECTRUM_MODELS.map((m) => {
          const t = facts[m].highestTarget;
          return t === null ? '–' : `${t}%`;
        }),
      ],
      [
        '**Here: services at odds with the targets and demand row**',
        ...SPECTRUM_MODELS.map((m) => names(facts[m].misfits)),
      ],
    ];
    return section(
      'The four models compared (§12.2.5)',
      'The first three models cost more but suit the highest targets and demand; "you build it, ops run it" costs less and suits only lower ones. The bold rows are this organization today.',
      table(headers, [...chapterRows, ...factRows]),
    );
  },
};

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
