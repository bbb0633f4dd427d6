import type { CompiledModel, OrganizationType, Team } from '../../model/index.ts';

/** Where an SRE team sits in the product delivery organization (§12.4.1–§12.4.3). */
export type SreTeamHome = Exclude<OrganizationType, 'product-delivery'> | 'product-delivery';

/** The type of the organization an SRE team belongs to. */
export function sreTeamHome(model: CompiledModel, team: Team): SreTeamHome {
  const org = model.organizations.get(team.spec.organization);
  // References are resolved by the loader, so the organization exists.
  return org ? org.spec.type : 'product-delivery';
}

/** Why the MTBF example KPI reads "at least" where the chapter prints "less than" (§12.4.8). */
export const MTBF_NOTE =
  'the chapter prints "less than two weeks", a slip: MTBF should be long, so the KPI is a floor';

export type KpiRoot = 'products-under-development' | 'incidents' | 'reliability-user-experience';

/** KPI roots by placement (§12.4.8, "Example SRE Team KPIs"). */
export const KPI_ROOTS: Readonly<
  Record<'development' | 'operations' | 'sre', { root: KpiRoot; examples: readonly string[] }>
> = {
  development: {
    root: 'products-under-development',
    examples: [
      '97% of customer complaints about product A are not related to reliability',
      'NPS score of at least 75 for product B',
      'Reliability engineering implemented in new product C from the outset',
    ],
  },
  operations: {
    root: 'incidents',
    examples: [
      // The chapter's table prints "MTBF less than two weeks", a slip: a short mean time between
      // failures means frequent failures. The KPI is read as the floor it must be.
      `Mean time between failures (MTBF) of at least two weeks (${MTBF_NOTE})`,
      'Mean time to recovery (MTTR) from an incident is less than a day',
      'Number of incidents is on a decline quarterly',
    ],
  },
  sre: {
    root: 'reliability-user-experience',
    examples: [
      '90% of supported services are within error budget',
      '95% of incidents with supported services consume less than 30% of the monthly error budget',
      '95% of customer complaints for supported services are not related to reliability',
    ],
  },
};
