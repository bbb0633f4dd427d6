import type { SreLevel } from '../../model/index.ts';

/** What an SRE level is responsible for: one team, a domain, or a business line (§12.10). */
export type CareerScope = 'team' | 'domain' | 'business-line';

export interface CareerLevel {
  readonly level: SreLevel;
  readonly title: string;
  readonly scope: CareerScope;
  readonly scopeDescription: string;
  readonly responsibilities: readonly string[];
  readonly accountability: string;
  /** Minimum years of relevant work experience to be considered (§12.10). */
  readonly minExperienceYears: number;
  readonly relevantExperience: readonly string[];
  readonly remuneration: string;
  /** How many people at this level an organization roughly needs (§12.10.2). */
  readonly headcountGuide: string;
}

/** The SRE career path (§12.10): junior, senior and principal SRE. */
export const CAREER_LADDER: readonly CareerLevel[] = [
  {
    level: 'junior',
    title: 'Junior SRE',
    scope: 'team',
    scopeDescription: 'The services owned by a single development team.',
    responsibilities: [
      'Drive the agreements on SLIs, SLOs and the error budget policy for the team with all necessary stakeholders',
      'Set up monitoring and alerting',
      'Go on call for the services owned by the team',
      'Implement reliability improvements in the services and the tools in use',
    ],
    accountability:
      'The services of the team stay within their SLO and SLA error budgets by error budget period.',
    minExperienceYears: 1,
    relevantExperience: ['software engineering', 'automation', 'operations'],
    remuneration: 'Base SRE salary and agreed on-call compensation.',
    headcountGuide: 'Roughly the number of development teams.',
  },
  {
    level: 'senior',
    title: 'Senior SRE',
    scope: 'domain',
    scopeDescription:
      'The services of an entire domain, typically an organizational unit of the product delivery organization.',
    responsibilities: [
      'All responsibilities of a junior SRE',
      'Drive the SRE community of practice (CoP)',
      'Review the architecture, design and implementation of services within the domain',
      'Shape the technical road map',
      'Support user testing activities from design thinking',
      'Hire junior SREs',
    ],
    accountability: 'The services of the domain stay within their SLO and SLA error budgets.',
    minExperienceYears: 3,
    relevantExperience: ['software engineering', 'operations', 'SRE'],
    remuneration: 'Base SRE salary and agreed on-call compensation.',
    headcountGuide: 'Roughly the number of product domains.',
  },
  {
    level: 'principal',
    title: 'Principal SRE',
    scope: 'business-line',
    scopeDescription:
      'The services of an entire business line: a unit with its own profit and loss statement, or the whole business of a smaller company.',
    responsibilities: [
      'Agree on SLIs, SLOs and error budget policies, and go on call for some services of the business line',
      'Negotiate SLAs with customers and partners',
      'Drive SRE hiring',
      'Drive new practices such as chaos engineering, disaster recovery drills and AIOps',
      'Explore new revenue potential with SRE services (consulting, advisory, transformation), internally and externally',
      'Mentor and coach SREs across all product delivery organizations',
      'Represent reliability as a discipline within and across business lines, at internal and external events',
      'Evolve SRE as a discipline through a network of peers, devising and incubating novel concepts',
    ],
    accountability:
      'The SLA error budgets of all services owned by the business line, and participation in SRE consulting and advisory projects that explore new revenue.',
    minExperienceYears: 5,
    relevantExperience: [
      'SRE',
      'software engineering',
      'automation',
      'operations',
      'team management',
      'engineering management',
      'technical consulting',
      'advisory',
      'innovation management',
    ],
    remuneration: 'Base SRE salary and agreed on-call compensation.',
    headcountGuide: 'Roughly the number of product lines.',
  },
];

/** The ladder entry of a level. */
export function careerLevel(level: SreLevel): CareerLevel {
  const found = CAREER_LADDER.find((l) => l.level === level);
  // The ladder lists every SreLevel; a miss is a bug, not bad input.
  if (!found) throw new Error(`no career level ${level}`);
  return found;
}

/** The level above, or undefined for principal: the top of the ladder (§12.10). */
export function nextLevel(level: SreLevel): SreLevel | undefined {
  return level === 'junior' ? 'senior' : level === 'senior' ? 'principal' : undefined;
}

/** Whether `to` is above `from` on the ladder. */
export function isAbove(to: SreLevel, from: SreLevel): boolean {
  const order = { junior: 0, senior: 1, principal: 2 } as const;
  return order[to] > order[from];
}

/** The transition criteria from junior to senior and from senior to principal (§12.10.2). */
export const TRANSITION_CRITERIA: readonly string[] = [
  'Has performed for more than six months some of the work usually performed by the level sought',
  'Has influenced people beyond their current immediate scope of responsibility',
  'Communication and interpersonal skills connect with a wide range of people and roles on technical topics',
  'Work feedback in the last six months by the line manager and others shows potential for more responsibility and accountability',
  'Actively seeks more responsibility and accountability',
  'For principal SRE: has mentored at least one SRE who gave generally positive feedback about the mentorship',
];
