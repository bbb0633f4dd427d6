import { open, type QuestionCategory } from './question-answer.ts';

/** The model does not describe regulation: every question is open. */
export function regulatoryQuestions(): QuestionCategory {
  return {
    category: 'Regulatory',
    questions: [
      open('How formal is the SRE practice?'),
      open('Can SRE be used for audit purposes?'),
      open('Does SRE help fulfill regulations for software operations?'),
    ],
  };
}
