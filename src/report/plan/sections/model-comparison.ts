import { RUN_MODEL_LABELS, SPECTRUM_MODELS } from '../../../model/index.ts';
import { type Inline, monoNames, strong } from '../blocks.ts';
import { text } from '../markdown.ts';
import { blockSection } from '../plan-section.ts';

/** §12.2.4, §12.2.5: the chapter's verdicts next to this organization's facts. */
export const modelComparisonSection = blockSection('model-comparison', (analysis) => {
  const { criteria, facts } = analysis.comparison;
  const headers = [
    'Criterion',
    ...SPECTRUM_MODELS.map((m) => text(capitalize(RUN_MODEL_LABELS[m]))),
  ];
  const chapterRows = criteria.map((c): Inline[] => [
    c.label,
    ...SPECTRUM_MODELS.map((m) => c.verdicts[m]),
  ]);
  const factRows: Inline[][] = [
    [strong('Here: services'), ...SPECTRUM_MODELS.map((m) => String(facts[m].services.length))],
    [strong('Here: owner teams'), ...SPECTRUM_MODELS.map((m) => String(facts[m].teams.length))],
    [
      strong('Here: highest targets or demand'),
      ...SPECTRUM_MODELS.map((m) => monoNames(facts[m].highTargetsOrDemand)),
    ],
    [
      strong('Here: highest target'),
      ...SPECTRUM_MODELS.map((m) => {
        const t = facts[m].highestTarget;
        return t === null ? '–' : `${t}%`;
      }),
    ],
    [
      strong('Here: services at odds with the targets and demand row'),
      ...SPECTRUM_MODELS.map((m) => monoNames(facts[m].misfits)),
    ],
  ];
  return {
    title: 'The four models compared (§12.2.5)',
    why: 'The first three models cost more but suit the highest targets and demand; "you build it, ops run it" costs less and suits only lower ones. The bold rows are this organization today.',
    blocks: [{ headers, rows: [...chapterRows, ...factRows] }],
  };
});

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
