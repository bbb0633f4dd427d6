import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** The findings of every check. */
export const checksSection: PlanSection = {
  id: 'checks',
  render: (analysis) =>
    section(
      'Findings',
      'What breaks a rule of the chapter (errors), risks it (warnings) or costs more than needed (infos); silence one for an entity with the annotation whorunsit/ignore.',
      analysis.checks.length === 0
        ? 'No findings.'
        : table(
            ['Severity', 'Code', 'About', 'Finding', '§'],
            analysis.checks.map((f) => [
              f.severity === 'error' ? '**error**' : f.severity,
              code(f.code),
              `${f.subject.kind} ${code(f.subject.name)}`,
              text(f.message),
              text(f.section),
            ]),
          ),
    ),
};
