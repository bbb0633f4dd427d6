import { mono, para, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/** The findings of every check. */
export const checksSection = blockSection('checks', (analysis) => ({
  title: 'Findings',
  why: 'What breaks a rule of the chapter (errors), risks it (warnings) or costs more than needed (infos); silence one for an entity with the annotation whorunsit/ignore.',
  blocks: [
    analysis.checks.length === 0
      ? para('No findings.')
      : {
          headers: ['Severity', 'Code', 'About', 'Finding', '§'],
          rows: analysis.checks.map((f) => [
            f.severity === 'error' ? strong('error') : f.severity,
            mono(f.code),
            [`${f.subject.kind} `, mono(f.subject.name)],
            f.message,
            f.section,
          ]),
        },
  ],
}));
