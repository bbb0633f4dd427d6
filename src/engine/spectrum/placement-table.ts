import { KPI_ROOTS, type KpiRoot } from './sre-team-home.ts';

/** The three axes of the SRE identity triangle (§12.7.2). */
export type IdentityAxis = 'product' | 'incidents' | 'reliability-user-experience';

/**
 * Where a home puts the SREs in the identity triangle (§12.7.2): the axis that scores highest
 * there, and what that means. The chapter: in combination, the SREs' identity should encompass
 * the product, incidents and the reliability user experience; the organization they are in sets
 * which scores highest.
 */
export interface IdentityTriangle {
  readonly highest: IdentityAxis;
  readonly focus: string;
}

/** The three homes of an SRE team the chapter compares (§12.4.1–§12.4.3). */
export const SRE_TEAM_HOMES = ['development', 'operations', 'sre'] as const;
export type ComparedHome = (typeof SRE_TEAM_HOMES)[number];

/** What the placement of an SRE team implies, per the chapter. */
export interface PlacementRow {
  readonly placement: string;
  readonly reportingLine: string;
  readonly incentives: string;
  readonly headCount: string;
  readonly budget: string;
  readonly costAccounting: string;
  readonly kpis: string;
  readonly kpiRoot: KpiRoot;
  readonly exampleKpis: readonly string[];
  readonly goals: string;
  readonly identityAndPride: string;
  readonly pride: string;
  readonly identityTriangle: IdentityTriangle;
  readonly scalability: string;
}

/**
 * "Ways of Running the 'You Build It, You and SRE Run It' Model" (§12.4.4), with the goals and
 * pride of §12.4.5 ("SRE Team Identity and Pride") and the KPI roots of §12.4.8.
 */
export const PLACEMENT_TABLE: Readonly<Record<ComparedHome, PlacementRow>> = {
  development: {
    placement: 'SRE team within development organization',
    reportingLine: 'Development manager -> Head of Development',
    incentives: "Aligned with the development organization's goals",
    headCount: "Part of the development organization's head count",
    budget: "Part of the development organization's budget",
    costAccounting: 'Cost accounting within the development organization',
    kpis: 'Set by the development organization',
    kpiRoot: KPI_ROOTS.development.root,
    exampleKpis: KPI_ROOTS.development.examples,
    goals: 'Product-centric and product-specific',
    identityAndPride: 'Might be product-specific',
    pride: 'The reliability of the specific products being delivered',
    identityTriangle: {
      highest: 'product',
      focus:
        'Product-centric: the product comes first; its reliability user experience and incidents matter within the scope of the product the SREs work on',
    },
    scalability: 'Scale the number of SRE teams',
  },
  operations: {
    placement: 'SRE team within operations organization',
    reportingLine: 'Operations manager -> Head of operations',
    incentives: "Aligned with the operations organization's goals",
    headCount: "Part of the operations organization's head count",
    budget: "Part of the operation's budget",
    costAccounting:
      'Cost accounting within the operations organization or cross-organizational cost accounting',
    kpis: 'Set by the operations organization',
    kpiRoot: KPI_ROOTS.operations.root,
    exampleKpis: KPI_ROOTS.operations.examples,
    goals: 'Operational terms, such as time to recover from incidents',
    identityAndPride: 'Might be incident-specific',
    pride: 'The very low number of high-profile incidents of the products they support',
    identityTriangle: {
      highest: 'incidents',
      focus:
        'Incident-centric: incidents come first, across the products supported; the products and their reliability user experience are seen through their incidents',
    },
    scalability: 'Scale the number of SRE teams',
  },
  sre: {
    placement: 'SRE Team in a dedicated SRE Organization',
    reportingLine: 'Head of SRE',
    incentives: "Aligned with the SRE organization's goals",
    headCount: "SRE organization's own head count",
    budget: "SRE organization's own budget",
    costAccounting:
      'Cost accounting within the SRE organization or cross-organizational cost accounting or by service offered',
    kpis: 'Set by the SRE organization',
    kpiRoot: KPI_ROOTS.sre.root,
    exampleKpis: KPI_ROOTS.sre.examples,
    goals: 'SRE terms, such as error budget depletion',
    identityAndPride: 'Might be specific to user experience in terms of reliability',
    pride: 'The reliability user experience while the services are within their error budgets',
    identityTriangle: {
      highest: 'reliability-user-experience',
      focus:
        'Reliability user experience-centric: how reliable the services feel to their users comes first, measured by error budgets across the products; products and incidents matter as they affect it',
    },
    scalability: 'Scale the number of SRE teams',
  },
};
