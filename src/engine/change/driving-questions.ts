import type { CompiledModel } from '../../model/index.ts';
import { budgetQuestions } from './questions/budget.ts';
import { businessVisionQuestions } from './questions/business-vision.ts';
import { careerQuestions } from './questions/career.ts';
import { decisionMakingQuestions } from './questions/decision-making.ts';
import { leadershipQuestions } from './questions/leadership.ts';
import { organizationalQuestions } from './questions/organizational.ts';
import { planningQuestions } from './questions/planning.ts';
import type { QuestionCategory } from './questions/question-answer.ts';
import { questionFacts } from './questions/question-facts.ts';
import { regulatoryQuestions } from './questions/regulatory.ts';
import { rolesAndResponsibilitiesQuestions } from './questions/roles-and-responsibilities.ts';

export type {
  AnswerSource,
  QuestionAnswer,
  QuestionCategory,
} from './questions/question-answer.ts';

/**
 * The nine categories of questions that drive the SRE organizational structure (the chapter's
 * opening table), each answered from the target model where it can be, and listed as open where
 * it cannot. One file per category in ./questions/.
 */
export function drivingQuestions(model: CompiledModel): readonly QuestionCategory[] {
  const facts = questionFacts(model);
  return [
    rolesAndResponsibilitiesQuestions(facts),
    businessVisionQuestions(facts),
    leadershipQuestions(facts),
    careerQuestions(facts),
    organizationalQuestions(facts),
    budgetQuestions(facts),
    planningQuestions(facts),
    regulatoryQuestions(),
    decisionMakingQuestions(facts),
  ];
}
