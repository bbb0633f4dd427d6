import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

const HOME_LABEL: Readonly<Record<string, string>> = {
  development: 'development organization',
  operations: 'operations organization',
  sre: 'dedicated SRE organization',
  'product-delivery': 'product delivery organization itself',
};

/** §12.8.2: the two decisions, kept apart. */
export const decisionDimensionsSection: PlanSection = {
  id: 'decision-dimensions',
  render: (analysis) => {
    const { whoRunsIt, organizational } = analysis.dimensions;
    const counts = analysis.mix.shares
      .map((s) => `${s.services.length} ${code(s.runModel)}`)
      .join(', ');
    const placement =
      organizational.sreTeams.length === 0
        ? 'No SRE team yet.'
        : organizational.sreTeams
            .map((t) => `${code(t.team)} in the ${text(HOME_LABEL[t.home] ?? t.home)}`)
            .join('; ');
    return section(
      'Two decisions (§12.8.2)',
      'Who runs each service is decided per service and is easy to correct later; where SRE sits is decided once for the whole product delivery organization and is hard to correct. Get the second right first.',
      table(
        ['Decision', 'Decided', 'Changed later', 'Today'],
        [
          [
            'Who runs it?',
            'per service',
            'easily',
            `${whoRunsIt.services.length} services: ${counts || 'none'}`,
          ],
          [
            'Where does SRE sit?',
            'once, for the product delivery organization',
            'hardly: it draws the reporting lines of SREs',
            placement,
          ],
        ],
      ),
      `The models: ${Object.entries(RUN_MODEL_LABELS)
        .filter(([id]) => id !== 'unorganized')
        .map(([id, label]) => `${code(id)} is "${label}"`)
        .join('; ')}.`,
    );
  },
};
