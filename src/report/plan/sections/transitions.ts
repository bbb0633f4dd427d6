import { interimSection, interimUntil } from '../../../engine/spectrum/interim-until.ts';
import { TRANSITION_MATRIX } from '../../../engine/spectrum/transitions.ts';
import { RUN_MODELS } from '../../../model/index.ts';
import { mono, para, strong, type TableBlock } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

const VERDICT_TEXT = {
  possible: 'Possible',
  unlikely: 'Unlikely',
  'no-reason': 'No reason',
  none: '–',
};

/** §12.8.1: every change of model in the plan, judged by the chapter's matrix. */
export const transitionsSection = blockSection('transitions', (analysis) => {
  const matrix: TableBlock = {
    headers: ['From → to', ...RUN_MODELS.map(mono)],
    rows: RUN_MODELS.map((from) => [
      mono(from),
      ...RUN_MODELS.map((to) => VERDICT_TEXT[TRANSITION_MATRIX[from][to]]),
    ]),
  };
  return {
    title: 'Changes of model (§12.8.1)',
    why: 'Moving between the three high-cost models is always possible, and can be done service by service; going back to ops running services is unlikely, and back to no organized operations has no reason.',
    blocks: [
      analysis.transitions.length === 0
        ? para('No change of model is planned or recommended.')
        : {
            headers: ['Scope', 'Name', 'From', 'To', 'Verdict (§12.8.1)'],
            rows: analysis.transitions.map((t) => [
              t.scope,
              mono(t.name),
              mono(t.from),
              t.interim === null || t.until === null
                ? mono(t.to)
                : [
                    mono(t.to),
                    '; ',
                    mono(t.interim),
                    ` until ${interimUntil(t.until)} (${interimSection(t.until)})`,
                  ],
              t.verdict === 'possible' ? 'possible' : strong(t.verdict),
            ]),
          },
      para("The chapter's matrix, for reference:"),
      matrix,
    ],
  };
});
