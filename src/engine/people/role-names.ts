import type { PersonRole, SreRole } from '../../model/index.ts';

export interface RoleName {
  readonly name: string;
  readonly explanation: string;
}

/** Current industry roles practicing SRE (§12.9.3). */
export const INDUSTRY_ROLE_NAMES: readonly RoleName[] = [
  {
    name: 'Site Reliability Engineer (SRE)',
    explanation:
      'The original role name introduced and used by Google. Most commonly used role name for people practicing SRE.',
  },
  {
    name: 'DevOps Engineer',
    explanation:
      'A common role name for the people doing operations, implementing deployment infrastructure, and performing deployments. The name originates from the DevOps movement.',
  },
  {
    name: 'Production Engineer',
    explanation:
      'The role name used at Facebook by the people running the services dedicatedly using the "you build it, you and SRE run it" model.',
  },
  { name: 'Reliability Engineer', explanation: 'Similar to site reliability engineer (SRE).' },
  {
    name: 'Cloud Site Reliability Engineer',
    explanation: 'Same as site reliability engineer (SRE).',
  },
];

/** SRE role names (§12.9.3), keyed by the `Person.role` identifier that stands for each. */
export const SRE_ROLE_NAMES: Readonly<Record<SreRole, RoleName>> = {
  sre: {
    name: 'Site Reliability Engineer (SRE)',
    explanation:
      'The natural name when the transformation was driven as an SRE transformation: a person practicing SRE for services.',
  },
  'sre-infrastructure-po': {
    name: 'Site Reliability Infrastructure Product Owner (SRE Infrastructure PO)',
    explanation:
      'The SRE infrastructure can and should be developed as a full-fledged product using product thinking. To do so, a dedicated product owner is required.',
  },
  'infrastructure-sre': {
    name: 'Site Reliability Infrastructure Engineer (Infrastructure SRE)',
    explanation:
      'Software engineers implementing the SRE infrastructure used by the development teams. Their work differs from that of an SRE using the infrastructure in a development team.',
  },
  'platform-sre': {
    name: 'Site Reliability Platform Engineer (Platform SRE)',
    explanation:
      'SREs on the teams developing an explicit domain platform, who face unique operational challenges.',
  },
  'application-sre': {
    name: 'Site Reliability Application Engineer (Application SRE)',
    explanation:
      'SREs on the customer-facing application teams that use a domain platform, with the unique SRE challenges of those applications.',
  },
};

/**
 * Role names in operations that typically do not practice SRE (§12.9.3): not to be considered
 * when naming the SRE role.
 */
export const NON_SRE_OPERATIONS_ROLE_NAMES: readonly string[] = [
  'Production support engineer',
  'Production systems engineer',
  'Technical support engineer',
  'IT administrator',
  'IT support administrator',
  'IT systems administrator',
];

const OTHER_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  developer: 'Developer',
  sre: 'SRE',
  'infrastructure-sre': 'Infrastructure SRE',
  'platform-sre': 'Platform SRE',
  'application-sre': 'Application SRE',
  'sre-infrastructure-po': 'SRE Infrastructure PO',
  'ops-engineer': 'Operations engineer',
  manager: 'Manager',
};

/** A short human label for a role identifier, e.g. `Infrastructure SRE`. */
export function roleLabel(role: PersonRole): string {
  return OTHER_ROLE_LABELS[role];
}
