import { CAREER_LADDER } from '../../people/career-ladder.ts';
import { personReadiness } from '../../people/readiness.ts';
import { plural } from '../plural.ts';
import { answered, open, type QuestionCategory } from './question-answer.ts';
import type { QuestionFacts } from './question-facts.ts';

export function careerQuestions({ model, people, sres }: QuestionFacts): QuestionCategory {
  return {
    category: 'Career',
    questions: [
      answered(
        'What are the career paths by role in the realm of SRE?',
        CAREER_LADDER.map(
          (l) =>
            `${l.title} (${l.scope}, at least ${plural(l.minExperienceYears, 'year')}): ${sres.filter((p) => p.spec.level === l.level).length} today`,
        ),
      ),
      open('How do you attract people to SRE from inside and outside the organization?'),
      answered('How do you switch to an SRE career from another role?', [
        'Practice SRE on real products before the role is assigned (§12.9.4)',
        ...people
          .map((p) => personReadiness(model, p))
          .filter((r) => r.track === 'candidate')
          .map((r) =>
            r.next === null
              ? `Candidate ${r.person}: ${r.notes.join('; ')}`
              : `Candidate ${r.person}: criteria for junior SRE ${r.next.verdict}`,
          ),
      ]),
    ],
  };
}
