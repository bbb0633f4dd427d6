import { answeredIf, open, type QuestionCategory } from './question-answer.ts';
import type { QuestionFacts } from './question-facts.ts';

export function decisionMakingQuestions({ model }: QuestionFacts): QuestionCategory {
  return {
    category: 'Decision-making',
    questions: [
      answeredIf(
        'Which organizational decisions should be governed by SRE?',
        [...model.errorBudgetPolicies.values()].map((p) => {
          const covered = [...model.services.values()].filter(
            (s) => s.spec.errorBudgetPolicy === p.name,
          );
          return `Who runs ${covered.map((s) => s.name).join(', ') || 'no service yet'}: governed by error budget policy ${p.name}`;
        }),
        'no error budget policies',
      ),
      answeredIf(
        'Which organizational decisions should be supported by SRE?',
        [...model.offerings.values()].map((o) => `${o.spec.type} (${o.name})`),
        'no SRE offerings (§12.4.3)',
      ),
      open('Which organizational decisions are out of scope for SRE?'),
    ],
  };
}
