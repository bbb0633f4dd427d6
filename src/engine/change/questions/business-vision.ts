import { POSITIONING_FOCUS } from '../positioning.ts';
import { answeredIf, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

export function businessVisionQuestions({ model, sreOrgs }: QuestionFacts): QuestionCategory {
  const pd = [...model.organizations.values()].find(
    (o) => o.spec.type === 'product-delivery' && o.spec.parent === undefined,
  );
  return {
    category: 'Business Vision',
    questions: [
      answeredIf(
        'What are the long-term business goals with SRE?',
        sreOrgs
          .filter((o) => o.spec.positioning !== undefined)
          .map((o) => {
            const p = POSITIONING_FOCUS[o.spec.positioning ?? 'enabler'];
            return `${describeOrg(o)}: SRE as ${p.label}, focused on ${p.focus} (§12.8.4)`;
          }),
        'no SRE organization has a positioning (§12.8.4)',
      ),
      answeredIf(
        'What is the long-term vision for the SRE transformation?',
        pd?.spec.targetModel
          ? [
              `${describeOrg(pd)} targets ${pd.spec.targetModel}${pd.spec.currentModel ? ` (today ${pd.spec.currentModel})` : ''}`,
            ]
          : [],
        'the product delivery organization has no targetModel',
      ),
      answeredIf(
        'Is ROI expected for SRE activities?',
        sreOrgs
          .filter((o) => o.spec.positioning !== undefined)
          .map((o) =>
            o.spec.positioning === 'cost-center'
              ? `${describeOrg(o)} is a cost center: no, the expectation is cost reduction`
              : `Yes: ${describeOrg(o)} is positioned as ${POSITIONING_FOCUS[o.spec.positioning ?? 'enabler'].label}, with the strategy "${POSITIONING_FOCUS[o.spec.positioning ?? 'enabler'].strategy}" (§12.8.4)`,
          ),
        'no SRE organization has a positioning (§12.8.4)',
      ),
    ],
  };
}
