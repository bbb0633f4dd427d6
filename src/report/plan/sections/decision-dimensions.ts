import { plural } from '../../../engine/change/plural.ts';
import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { type Inline, joined, mono, para } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

const HOME_LABEL: Readonly<Record<string, string>> = {
  development: 'development organization',
  operations: 'operations organization',
  sre: 'dedicated SRE organization',
  'product-delivery': 'product delivery organization itself',
};

/** §12.8.2: the two decisions, kept apart. */
export const decisionDimensionsSection = blockSection('decision-dimensions', (analysis) => {
  const { whoRunsIt, organizational } = analysis.dimensions;
  const counts = joined(
    analysis.mix.shares.map((s): Inline => [`${s.services.length} `, mono(s.runModel)]),
    ', ',
  );
  const placement: Inline =
    organizational.sreTeams.length === 0
      ? 'No SRE team yet.'
      : joined(
          organizational.sreTeams.map(
            (t): Inline => [mono(t.team), ` in the ${HOME_LABEL[t.home] ?? t.home}`],
          ),
          '; ',
        );
  return {
    title: 'Two decisions (§12.8.2)',
    why: 'Who runs each service is decided per service and is easy to correct later; where SRE sits is decided once for the whole product delivery organization and is hard to correct. Get the second right first.',
    blocks: [
      {
        headers: ['Decision', 'Decided', 'Changed later', 'Today'],
        rows: [
          [
            'Who runs it?',
            'per service',
            'easily',
            [
              `${plural(whoRunsIt.services.length, 'service')}: `,
              analysis.mix.shares.length > 0 ? counts : 'none',
            ],
          ],
          [
            'Where does SRE sit?',
            'once, for the product delivery organization',
            'hardly: it draws the reporting lines of SREs',
            placement,
          ],
        ],
      },
      para([
        'The models: ',
        joined(
          Object.entries(RUN_MODEL_LABELS)
            .filter(([id]) => id !== 'unorganized')
            .map(([id, label]): Inline => [mono(id), ` is "${label}"`]),
          '; ',
        ),
        '.',
      ]),
    ],
  };
});
