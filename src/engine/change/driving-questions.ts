import type { Model, Organization, Person } from '../../model/index.ts';
import { CAREER_LADDER } from '../people/career-ladder.ts';
import { personReadiness } from '../people/readiness.ts';
import { isSreEngineerRole, roleLabel } from '../people/role-names.ts';
import { SRE_RESPONSIBILITIES, SRE_SKILLS } from '../people/what-makes-an-sre.ts';
import { KPI_ROOTS, sreTeamHome } from '../spectrum/sre-team-home.ts';
import { displayNameOf, organizationPeople } from './organization-members.ts';
import { plural } from './plural.ts';
import { POSITIONING_FOCUS } from './positioning.ts';

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

function answered(
  question: string,
  answer: readonly string[],
  source: AnswerSource = 'model',
): QuestionAnswer {
  return { question, status: 'answered', source, answer };
}

function open(question: string, why = NOT_IN_MODEL): QuestionAnswer {
  return { question, status: 'open', why };
}

function answeredIf(question: string, answer: readonly string[], why?: string): QuestionAnswer {
  return answer.length > 0 ? answered(question, answer) : open(question, why);
}

function money(amount: number, currency: string): string {
  return `${new Intl.NumberFormat('en-US').format(amount)} ${currency}`;
}

/**
 * The nine categories of questions that drive the SRE organizational structure (the chapter's
 * opening table), each answered from the target model where it can be, and listed as open where
 * it cannot.
 */
export function drivingQuestions(model: Model): readonly QuestionCategory[] {
  const people = [...model.people.values()].filter((p) => !p.spec.openPosition);
  const openPositions = [...model.people.values()].filter((p) => p.spec.openPosition);
  const sreOrgs = [...model.organizations.values()].filter((o) => o.spec.type === 'sre');
  const sres = people.filter((p) => isSreEngineerRole(p.spec.role));
  const orgOf = (p: Person): Organization | undefined => {
    const team = p.spec.team === undefined ? undefined : model.teams.get(p.spec.team);
    return team ? model.organizations.get(team.spec.organization) : undefined;
  };
  const roles = [...new Set(people.map((p) => p.spec.role).filter((r) => r !== undefined))];
  const onRotation = people.filter((p) => p.spec.role === 'developer' && p.spec.onCall === true);
  const sreTeams = [...model.teams.values()].filter(
    (t) => t.spec.type === 'sre' || t.spec.type === 'sre-infrastructure',
  );
  const policies = [...model.errorBudgetPolicies.values()];
  const pd = [...model.organizations.values()].find(
    (o) => o.spec.type === 'product-delivery' && o.spec.parent === undefined,
  );
  const describeOrg = (o: Organization) => o.metadata.displayName ?? o.name;

  return [
    {
      category: 'Roles and Responsibilities',
      questions: [
        answered(
          'What are the responsibilities in the realm of SRE?',
          [
            `${plural(SRE_RESPONSIBILITIES.length, 'responsibility')} of "What Makes an SRE" (§12.9.2)`,
          ],
          'chapter',
        ),
        answeredIf('What are the roles in the realm of SRE?', [
          ...roles
            .filter((r) => isSreEngineerRole(r) || r === 'sre-infrastructure-po')
            .map(
              (r) =>
                `${roleLabel(r)}: ${people
                  .filter((p) => p.spec.role === r)
                  .map((p) => p.name)
                  .join(', ')}`,
            ),
          ...(onRotation.length > 0
            ? [`Developers practicing SRE on rotation (§12.9.5): ${onRotation.length}`]
            : []),
        ]),
        answered(
          'What are the necessary skills by role?',
          [
            `${plural(SRE_SKILLS.length, 'skill')} of "What Makes an SRE" (§12.9.2), the same for every SRE role`,
          ],
          'chapter',
        ),
      ],
    },
    {
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
    },
    {
      category: 'Leadership',
      questions: [
        answeredIf(
          'What kind of leadership is needed for SRE?',
          [...model.organizations.values()]
            .filter((o) => o.spec.head !== undefined)
            .map(
              (o) =>
                `${describeOrg(o)} (${o.spec.type}): ${displayNameOf(model, o.spec.head ?? '')}`,
            ),
        ),
        answeredIf('Is business/product/technical leadership needed?', [
          ...people
            .filter((p) => p.spec.role === 'sre-infrastructure-po')
            .map(
              (p) =>
                `Product leadership for the SRE infrastructure: ${displayNameOf(model, p.name)}`,
            ),
          ...sres
            .filter((p) => p.spec.level === 'principal')
            .map(
              (p) =>
                `Technical leadership across the business line: ${displayNameOf(model, p.name)} (principal SRE)`,
            ),
        ]),
        answered(
          'Is a new C-level leader needed?',
          sreOrgs.length > 0
            ? sreOrgs.map(
                (o) =>
                  `A new director or VP heads ${describeOrg(o)} (§12.8.2): ${o.spec.head ? displayNameOf(model, o.spec.head) : 'not named yet'}`,
              )
            : ['No: without an SRE organization no new SRE director or VP is needed (§12.8.2)'],
        ),
      ],
    },
    {
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
            .map(
              (r) =>
                `Candidate ${r.person}: criteria for junior SRE ${r.next?.verdict ?? 'unknown'}`,
            ),
        ]),
      ],
    },
    {
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
    },
    {
      category: 'Budget',
      questions: [
        answeredIf(
          'Should SRE get its own dedicated budget?',
          sreOrgs
            .filter((o) => o.spec.budget)
            .map(
              (o) =>
                `${describeOrg(o)}: ${money(o.spec.budget?.amount ?? 0, o.spec.budget?.currency ?? '')} per ${o.spec.budget?.period}`,
            ),
          sreOrgs.length === 0
            ? 'no SRE organization to hold a budget'
            : 'the SRE organization has no budget',
        ),
        answeredIf(
          'Who should be responsible for the budget?',
          [...model.organizations.values()]
            .filter((o) => o.spec.budget && o.spec.head)
            .map((o) => `${describeOrg(o)}: ${displayNameOf(model, o.spec.head ?? '')}`),
        ),
        answeredIf(
          'Who should be responsible for budget distribution?',
          [...model.transferPrices.values()].map(
            (t) =>
              `${t.spec.provider} charges ${t.spec.consumer} ${t.spec.hourlyRate} ${t.spec.currency} per SRE support hour (§12.4.7)`,
          ),
          'no transfer prices',
        ),
        open('What are the salaries by role and location in the realm of SRE?'),
      ],
    },
    {
      category: 'Planning',
      questions: [
        answeredIf('How many people by role would be needed in the next one to three years?', [
          ...[...model.organizations.values()]
            .filter((o) => o.spec.headcountLimit !== undefined)
            .map(
              (o) =>
                `${describeOrg(o)}: head count ${o.spec.headcountLimit}, ${organizationPeople(model, o).filter((p) => !p.spec.openPosition).length} in place`,
            ),
          ...[...new Set(openPositions.map((p) => p.spec.role))].map(
            (role) =>
              `Open ${role ? roleLabel(role) : 'role not set'} positions: ${openPositions.filter((p) => p.spec.role === role).length}`,
          ),
        ]),
        answeredIf(
          'Where in the world would the people need to be hired?',
          [
            ...new Set(
              openPositions
                .map((p) => p.spec.location ?? p.spec.timezone)
                .filter((l) => l !== undefined),
            ),
          ].map((l) => `Open positions in ${l}`),
          openPositions.length === 0
            ? 'no open positions'
            : 'open positions have no location or timezone',
        ),
        open('Is fully remote work acceptable by role?'),
      ],
    },
    {
      category: 'Regulatory',
      questions: [
        open('How formal is the SRE practice?'),
        open('Can SRE be used for audit purposes?'),
        open('Does SRE help fulfill regulations for software operations?'),
      ],
    },
    {
      category: 'Decision-making',
      questions: [
        answeredIf(
          'Which organizational decisions should be governed by SRE?',
          policies.map((p) => {
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
    },
  ];
}
