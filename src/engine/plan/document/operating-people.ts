import type { CompiledModel as Model, OrganizationType, Person } from '../../../model/index.ts';
import {
  buildsSreInfrastructure,
  homeOrganization,
  isSreTeamInNameOnly,
  practicesSreOnServices,
  worksForOutsideCompany,
} from '../../../model/index.ts';

/** The three groups of people the operating model pays for, besides the developers. */
export type OperatingGroup = 'sre' | 'sre-infrastructure' | 'operations';

/**
 * Who the cost of the operating model pays for (issue #13: salaries plus on-call plus SRE
 * infrastructure): people practicing SRE on services, with the managers of SRE teams; the SRE
 * infrastructure team (§12.4.3); operations engineers and the managers of operations and
 * thin-layer teams (§12.2, §12.6). One rule for heads: the head of an organization of type `sre`
 * counts with the SREs and the head of one of type `operations` with the operations engineers
 * (§12.4.4, §12.4.6: each is in that organization's head count and budget), a head of several by
 * the one they count in (`homeOrganization`: the topmost); the heads of
 * development organizations are not counted. Developers build the services and are not counted,
 * though their on-call pay is (it is in the on-call cost). People of another company (a vendor, a
 * managed-service provider: `worksForOutsideCompany`) are in no group: the company pays their
 * company's contract, not their salaries (`outsideContracts`).
 */
export function operatingGroup(model: Model, person: Person): OperatingGroup | undefined {
  if (worksForOutsideCompany(model, person.name)) return undefined;
  const role = person.spec.role;
  const team = person.spec.team ? model.teams.get(person.spec.team) : undefined;
  if (buildsSreInfrastructure(role)) return 'sre-infrastructure';
  if (team?.spec.type === 'sre-infrastructure' && role !== 'developer') return 'sre-infrastructure';
  // An SRE team in name only is the operations team it is (§12.4.6, §12.9.4): its people and
  // its manager are paid as operations, as the design and the head count count them.
  if (team !== undefined && isSreTeamInNameOnly(model, team)) return 'operations';
  if (practicesSreOnServices(role)) return 'sre';
  if (role === 'ops-engineer') return 'operations';
  if (team?.spec.type === 'sre') return 'sre';
  if (team?.spec.type === 'operations' || team?.spec.type === 'thin-layer') return 'operations';
  if (role === 'manager' && team === undefined) return HEADS[headedType(model, person)];
  return undefined;
}

/** The line the head of an organization of each type counts in, if any. */
const HEADS: Readonly<Record<OrganizationType | 'none', OperatingGroup | undefined>> = {
  sre: 'sre',
  operations: 'operations',
  development: undefined,
  'product-delivery': undefined,
  none: undefined,
};

/**
 * The type of the organization a head counts in: the one `homeOrganization` places them in (the
 * topmost they head), the rule head count and funding count them by. A CTO who heads the company
 * and holds its SRE organization too is the company's head, not a head of SRE the operating
 * model pays for; counted in the SRE line, her salary was an SRE cost the staffing head count of
 * that organization did not include.
 */
function headedType(model: Model, person: Person): OrganizationType | 'none' {
  const home = homeOrganization(model, person.name);
  if (home?.by !== 'head') return 'none';
  return model.organizations.get(home.organization)?.spec.type ?? 'none';
}

/** The people of each operating group, in model order. */
export function operatingPeople(model: Model): Readonly<Record<OperatingGroup, readonly Person[]>> {
  const out: Record<OperatingGroup, Person[]> = {
    sre: [],
    'sre-infrastructure': [],
    operations: [],
  };
  for (const person of model.people.values()) {
    const group = operatingGroup(model, person);
    if (group) out[group].push(person);
  }
  return out;
}
