/** Where an answer comes from: the organization's own files, or the chapter's general rule. */
export type AnswerSource = 'model' | 'chapter';

export type QuestionAnswer =
  | {
      readonly question: string;
      readonly status: 'answered';
      readonly source: AnswerSource;
      readonly answer: readonly string[];
    }
  | { readonly question: string; readonly status: 'open'; readonly why: string };

export interface QuestionCategory {
  readonly category: string;
  readonly questions: readonly QuestionAnswer[];
}

const NOT_IN_MODEL = 'not described by the model: decide and record it';

export function answered(
  question: string,
  answer: readonly string[],
  source: AnswerSource = 'model',
): QuestionAnswer {
  return { question, status: 'answered', source, answer };
}

/** A question the model cannot answer, with why (by default: the model does not say). */
export function open(question: string, why = NOT_IN_MODEL): QuestionAnswer {
  return { question, status: 'open', why };
}

/** Answered from the model when there is something to say, open otherwise. */
export function answeredIf(
  question: string,
  answer: readonly string[],
  why?: string,
): QuestionAnswer {
  return answer.length > 0 ? answered(question, answer) : open(question, why);
}
