import type { Organization, Person } from '../../../model/index.ts';
import { roleLabel } from '../../people/role-names.ts';
import { KPI_ROOTS, sreTeamHome } from '../../spectrum/sre-team-home.ts';
import { answered, answeredIf, open, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

export function organizationalQuestions({ model, sres, sreOrgs }: QuestionFacts): QuestionCategory {
  const orgOf = (p: Person): Organization | undefined => {
    const team = p.spec.team === undefined ? undefined : model.teams.get(p.spec.team);
    return team ? model.organizations.get(team.spec.organization) : undefined;
  };
  const sreTeams = [...model.teams.values()].filter(
    (t) => t.spec.type === 'sre' || t.spec.type === 'sre-infrastructure',
  );
  return {
    category: 'Organizational',
    questions: [
      answeredIf(
        'What should be the organizational visibility of SRE?',
        sreOrgs.map(
          (o) =>
            `${describeOrg(o)} ${o.spec.parent ? `reports into ${o.spec.parent}` : 'is a top-level organization'}`,
        ),
        'no SRE organization: SRE is visible through its teams only',
      ),
      answered('Should SRE become a new dedicated organizational unit?', [
        sreOrgs.length > 0
          ? `Yes: ${sreOrgs.map(describeOrg).join(', ')}`
          : 'No: SREs stay in the development or operations organizations',
      ]),
      answeredIf(
        'What are the reporting lines by role in the realm of SRE?',
        [...new Set(sres.map((p) => p.spec.role))].map((role) => {
          const lines = sres
            .filter((p) => p.spec.role === role)
            .map((p) => orgOf(p)?.spec.type ?? 'unknown');
          const counts = [...new Set(lines)].map(
            (l) => `${lines.filter((x) => x === l).length} in ${l}`,
          );
          return `${roleLabel(role ?? 'sre')}: ${counts.join(', ')}`;
        }),
        'no SREs in the model',
      ),
      open('What should be the formal authority by role?'),
      open('What should be the formal power by role?'),
      answeredIf(
        'How do you measure the success of SRE?',
        [
          ...new Set(
            sreTeams.map((t) => {
              const home = sreTeamHome(model, t);
              return home === 'product-delivery' ? undefined : home;
            }),
          ),
        ]
          .filter((h) => h !== undefined)
          .map(
            (home) => `KPIs rooted in ${KPI_ROOTS[home].root} for SRE teams in ${home} (§12.4.8)`,
          ),
        'no SRE teams',
      ),
    ],
  };
}
